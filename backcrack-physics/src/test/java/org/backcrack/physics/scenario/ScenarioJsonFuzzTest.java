package org.backcrack.physics.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.backcrack.core.InputException;

/**
 * Coverage-guided fuzzing of the scenario file reader and the simulation budget (Jazzer): any text is a scenario
 * whose plan is within a small budget (then it is simulated), a scenario refused by the budget, or an
 * {@link InputException}; never another exception, never unbounded work. Committed inputs run as regression
 * tests in every build; {@code .ci/run} fuzzes.
 */
class ScenarioJsonFuzzTest {
    /** Small enough that a fuzzing run simulates thousands of scenarios a minute. */
    private static final SimulationBudget SMALL = new SimulationBudget(30, 5, 500_000);

    @FuzzTest(maxDuration = "60s")
    void anyText_isAScenarioWithinBudget_orAClearError(String text) {
        if (text == null) {
            return; // Jazzer passes null as one of its inputs
        }
        try {
            Scenario s = ScenarioJson.read(text, "fuzz.json");
            Simulator.run(s, SMALL);
        } catch (InputException expected) {
            // bad field, unknown key, or over the budget: the accepted outcomes
        }
    }
}
