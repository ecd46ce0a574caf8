package org.backcrack.acoustics;

import java.util.List;
import java.util.Map;

/**
 * What the analyzer found in a recording.
 *
 * @param duration   seconds analysed
 * @param sampleRate Hz
 * @param events     joint sounds in time order (unclassified ones included, with a null class)
 * @param counts     events per class id, plus {@code unclassified}
 * @param patterns   plain-language patterns across events (bursts, repetition, trains)
 * @param rejected   transients judged not to be joint sounds (speech, rustle, taps, beeps, noise)
 */
public record AnalyzerResult(
        double duration,
        int sampleRate,
        List<DetectedEvent> events,
        Map<String, Integer> counts,
        List<String> patterns,
        int rejected) {
    public AnalyzerResult {
        events = List.copyOf(events);
        counts = Map.copyOf(counts);
        patterns = List.copyOf(patterns);
    }

    /** Events of one class, in time order. */
    public int count(org.backcrack.core.SoundClass c) {
        return counts.getOrDefault(c.id(), 0);
    }

    /**
     * Whether at least three snaps come on a regular beat (missed cycles allowed): the signature of a
     * tendon catching with the movement cycle, which cavitation, with its refractory period, cannot do.
     */
    public boolean snapsRepeatRegularly() {
        return Patterns.regular(events.stream()
                .filter(e -> e.soundClass() == org.backcrack.core.SoundClass.SOFT_TISSUE_SNAP)
                .map(DetectedEvent::onset)
                .toList());
    }
}
