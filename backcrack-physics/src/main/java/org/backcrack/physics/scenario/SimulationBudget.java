package org.backcrack.physics.scenario;

import java.util.Locale;
import org.backcrack.core.InputException;
import org.backcrack.physics.PhysicsError;

/**
 * How much simulation one request may ask for, checked from the scenario's {@link Simulator.Plan} before any
 * work: the physics steps through the whole movement (a day of repetitions is days of work) and the recording
 * holds every sample in memory. Scenario files are input like any other: a 65-byte scenario with every field
 * in range can still ask for days of work, so the budget bounds the product, not each field.
 *
 * @param maxScenarioSeconds longest movement simulated, in seconds of scenario time
 * @param maxRecordedSeconds longest recording made
 * @param maxSamples         most samples (duration x rate x channels) in the recording
 */
public record SimulationBudget(double maxScenarioSeconds, double maxRecordedSeconds, long maxSamples) {
    /** The command line: up to four hours of movement, 30 minutes recorded, 120 M samples (480 MB of floats). */
    public static final SimulationBudget COMMAND_LINE = new SimulationBudget(4 * 3600, 1800, 120_000_000L);
    /** The web app: up to ten minutes of movement, two minutes recorded, 24 M samples (96 MB of floats). */
    public static final SimulationBudget WEB = new SimulationBudget(600, 120, 24_000_000L);

    public void check(Simulator.Plan plan) {
        if (plan.scenarioSeconds() > maxScenarioSeconds) {
            throw refuse(String.format(
                    Locale.ROOT,
                    "the movement runs for %.0f s of scenario time; at most %.0f s are "
                            + "simulated here. Use fewer repetitions or a shorter 'interval_s'",
                    plan.scenarioSeconds(),
                    maxScenarioSeconds));
        }
        if (plan.recordedSeconds() > maxRecordedSeconds) {
            throw refuse(String.format(
                    Locale.ROOT,
                    "the recording would last %.0f s; at most %.0f s are made here. "
                            + "Use fewer repetitions, or 'window_s' to record only around each one",
                    plan.recordedSeconds(),
                    maxRecordedSeconds));
        }
        if (plan.samples() > maxSamples) {
            throw refuse(String.format(
                    Locale.ROOT,
                    "the recording would hold %d samples; at most %d are made here. "
                            + "Use a lower sample rate, one channel, or a shorter recording",
                    plan.samples(),
                    maxSamples));
        }
    }

    private static InputException refuse(String why) {
        return new InputException(PhysicsError.SIMULATE_TOO_COSTLY, "scenario", why + ".");
    }
}
