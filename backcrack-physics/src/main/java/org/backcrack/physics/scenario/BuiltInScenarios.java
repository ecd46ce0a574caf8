package org.backcrack.physics.scenario;

import java.util.List;
import java.util.Optional;
import org.backcrack.physics.joint.SpineRegion;
import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.motion.MovementType;
import org.backcrack.physics.record.RecordingSettings;
import org.backcrack.physics.record.Sensor;

/** The named scenarios of {@code backcrack simulate --list}, one for each story of the seed. */
public final class BuiltInScenarios {
    private BuiltInScenarios() {}

    private static RecordingSettings air() {
        return RecordingSettings.defaults();
    }

    private static RecordingSettings skin() {
        return new RecordingSettings(
                Sensor.CONTACT_ACCELEROMETER, 0.1, 0.03, 48_000, "pcm_s24", 1, 30, null, false, 0, 6, List.of(), null);
    }

    public static List<Scenario> all() {
        return List.of(
                new Scenario(
                        "stretch_after_sitting",
                        "Reaching up after three hours at a desk: the stiff first stretch pops, the next ones less.",
                        new Person(35, 0, 0, 0.3, 3, 0.3),
                        SpineRegion.LOWER_BACK,
                        new Movement(MovementType.STRETCH, 30, 60, 3, 6, "right"),
                        null,
                        air(),
                        1),
                new Scenario(
                        "morning_twist",
                        "Turning the upper body on waking after a night still: a few pops on the side turned to.",
                        new Person(40, 0, 0, 0.2, 8, 0),
                        SpineRegion.LOWER_BACK,
                        new Movement(MovementType.TWIST, 30, 90, 2, 4, "right"),
                        null,
                        air(),
                        2),
                new Scenario(
                        "refractory_twist",
                        "The same neck turn at 0, 1, 5, 30 and 90 minutes: a joint that popped stays silent until"
                                + " its gas has dissolved.",
                        new Person(30, 0, 0, 0.2, 0, 0),
                        SpineRegion.NECK,
                        new Movement(MovementType.TWIST, 40, 120, 5, 0, "left"),
                        new double[] {0.3, 60, 300, 1800, 5400},
                        new RecordingSettings(
                                Sensor.AIR_MICROPHONE,
                                0.1,
                                0.03,
                                48_000,
                                "pcm_s16",
                                1,
                                30,
                                null,
                                false,
                                0,
                                6,
                                List.of(),
                                1.5),
                        3),
                new Scenario(
                        "lumbar_manipulation",
                        "A side-posture lumbar thrust (high velocity, low amplitude): several pops within about"
                                + " 100 ms, recorded with an accelerometer on the skin.",
                        new Person(38, 0, 0, 0.3, 0, 0),
                        SpineRegion.LOWER_BACK,
                        new Movement(MovementType.THRUST, 15, 150, 1, 0, "right"),
                        null,
                        skin(),
                        4),
                new Scenario(
                        "neck_manipulation",
                        "A cervical (C1-2 level style) thrust: pops on both sides within the thrust.",
                        new Person(32, 0, 0, 0.3, 0, 0),
                        SpineRegion.NECK,
                        new Movement(MovementType.THRUST, 12, 160, 1, 0, "right"),
                        null,
                        skin(),
                        5),
                new Scenario(
                        "snapping_tendon",
                        "Tight muscles, the same movement eight times: a dull snap on almost every repetition,"
                                + " no refractory period.",
                        new Person(25, 0, 0, 0.9, 0, 0.5),
                        SpineRegion.UPPER_BACK,
                        new Movement(MovementType.FLEX_EXTEND, 30, 60, 8, 1.9, "right"),
                        null,
                        air(),
                        6),
                new Scenario(
                        "osteoarthritis_bend",
                        "A 72-year-old with facet osteoarthritis and bone spurs bending forward: grating trains on"
                                + " every bend.",
                        new Person(72, 3, 2, 0.4, 0, 0),
                        SpineRegion.LOWER_BACK,
                        new Movement(MovementType.BEND, 40, 40, 4, 4.5, "right"),
                        null,
                        skin(),
                        7));
    }

    public static Optional<Scenario> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
