package org.backcrack.physics.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * What picks the sound up, with its pass band (second-order high- and low-pass corners).
 *
 * <p>An air microphone hears the sound after it has crossed the skin into air: the pressure transmission
 * coefficient from tissue (Z ≈ 1.54 MRayl) into air (Z ≈ 415 Rayl) is 2·Z_air/(Z_air + Z_tissue) ≈ 5.4·10⁻⁴
 * (−65 dB), then it spreads spherically from the skin. Contact sensors sit on the skin and take the
 * vibration directly: an accelerometer flat to about 5 kHz, a piezo disc roughly 100 Hz–3 kHz.
 */
public enum Sensor {
    AIR_MICROPHONE("air_microphone", 50, 15_000, 2 * 415 / (415 + 1.54e6)),
    CONTACT_ACCELEROMETER("contact_accelerometer", 20, 5_000, 1),
    PIEZO("piezo", 100, 3_000, 1);

    private final String id;
    private final double highPassHz;
    private final double lowPassHz;
    private final double transmission;

    Sensor(String id, double highPassHz, double lowPassHz, double transmission) {
        this.id = id;
        this.highPassHz = highPassHz;
        this.lowPassHz = lowPassHz;
        this.transmission = transmission;
    }

    public String id() {
        return id;
    }

    public double highPassHz() {
        return highPassHz;
    }

    public double lowPassHz() {
        return lowPassHz;
    }

    /** Pressure transmission into the sensor's medium. */
    public double transmission() {
        return transmission;
    }

    public boolean inAir() {
        return this == AIR_MICROPHONE;
    }

    public static Optional<Sensor> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
