package org.backcrack.physics;

import org.backcrack.core.ErrorKey;

/** The kinds of bad input the physics module reports: scenario files and scenarios too costly to simulate. */
public enum PhysicsError implements ErrorKey {
    SCENARIO_BAD_JSON("scenario.bad_json", "the scenario is not valid JSON, or not a JSON object"),
    SCENARIO_INVALID(
            "scenario.invalid",
            "a scenario field is unknown, of the wrong type or outside its physical range "
                    + "(every problem is listed, the first one's JSON path is the field)"),
    SIMULATE_TOO_COSTLY(
            "simulate.too_costly",
            "the scenario asks for more scenario time, recorded time or samples "
                    + "than this simulation budget allows");

    private final String key;
    private final String meaning;

    PhysicsError(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
