package org.backcrack.physics;

import java.util.Objects;

/**
 * The sound one physical event radiates, as acoustic pressure at {@link #REFERENCE_DISTANCE} from its
 * source inside the body, before tissue, air and sensor shape it. Every mechanism model produces these;
 * the recording chain ({@code org.backcrack.physics.record}) mixes, propagates and samples them.
 *
 * @param onset      seconds from the start of the scenario to the first sample of {@code pressure}
 * @param sampleRate samples per second of {@code pressure}
 * @param pressure   acoustic pressure in pascals (copied in and out)
 */
public record Emission(double onset, double sampleRate, double[] pressure) {
    /** Distance from the source at which {@link #pressure} is given: 1 cm, in metres. */
    public static final double REFERENCE_DISTANCE = 0.01;

    public Emission {
        if (!(onset >= 0) || Double.isInfinite(onset)) {
            throw new IllegalArgumentException("onset must be a finite time >= 0 s, was " + onset);
        }
        if (!(sampleRate >= 1_000 && sampleRate <= 1_000_000)) {
            throw new IllegalArgumentException("sampleRate must be in 1 kHz..1 MHz, was " + sampleRate);
        }
        pressure = Objects.requireNonNull(pressure, "pressure").clone();
    }

    @Override
    public double[] pressure() {
        return pressure.clone();
    }

    /** Number of samples. */
    public int length() {
        return pressure.length;
    }

    /** Time of the last sample plus one sample period, in seconds. */
    public double end() {
        return onset + pressure.length / sampleRate;
    }

    /** Largest absolute pressure, Pa. */
    public double peakPressure() {
        double peak = 0;
        for (double p : pressure) {
            peak = Math.max(peak, Math.abs(p));
        }
        return peak;
    }
}
