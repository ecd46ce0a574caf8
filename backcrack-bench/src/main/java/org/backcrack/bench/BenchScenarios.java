package org.backcrack.bench;

import java.util.List;
import org.backcrack.physics.joint.SpineRegion;
import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.motion.MovementType;
import org.backcrack.physics.record.RecordingSettings;
import org.backcrack.physics.record.Sensor;
import org.backcrack.physics.scenario.Person;
import org.backcrack.physics.scenario.Scenario;

/**
 * The scenario the benchmarks share: a stiff person twisting the lower back 15 times, about 60 seconds at
 * 48 kHz, 16-bit mono through an air microphone, with speech, rustle, taps and beeps as distractors.
 */
public final class BenchScenarios {
    private BenchScenarios() {}

    /**
     * @param name  the scenario's name
     * @param snrDb event-to-noise ratio of the recording, dB
     */
    public static Scenario sixtySecondTwist(String name, double snrDb) {
        return new Scenario(
                name,
                "",
                new Person(60, 2, 1, 0.8, 2, 0.3),
                SpineRegion.LOWER_BACK,
                new Movement(MovementType.TWIST, 30, 90, 15, 4, "right"),
                null,
                new RecordingSettings(
                        Sensor.AIR_MICROPHONE,
                        0.1,
                        0.04,
                        48_000,
                        "pcm_s16",
                        1,
                        snrDb,
                        null,
                        false,
                        0,
                        6,
                        List.of("speech", "rustle", "tap", "beep"),
                        null),
                11);
    }
}
