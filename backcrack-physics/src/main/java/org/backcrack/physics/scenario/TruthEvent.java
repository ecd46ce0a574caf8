package org.backcrack.physics.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backcrack.core.Mechanism;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * A joint sound the simulation made, with the physics behind it.
 *
 * @param onset        recording time of the start, s
 * @param offset       recording time of the end, s
 * @param soundClass   what an analyzer should call it
 * @param mechanism    the mechanism that made it
 * @param source       which joint or tissue
 * @param scenarioTime when it happened in the scenario, s (differs from onset when windows are cut)
 * @param quantities   physical quantities in SI units, by name
 */
public record TruthEvent(
        double onset,
        double offset,
        SoundClass soundClass,
        Mechanism mechanism,
        String source,
        double scenarioTime,
        Map<String, Double> quantities) {
    public TruthEvent {
        // Insertion order is kept, so the truth file lists the quantities the same way on every run.
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }

    public SoundEvent asSoundEvent() {
        return new SoundEvent(onset, offset, soundClass);
    }
}
