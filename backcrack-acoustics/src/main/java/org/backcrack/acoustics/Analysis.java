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
public record Analysis(double duration, int sampleRate, List<DetectedEvent> events, Map<String, Integer> counts,
        List<String> patterns, int rejected) {
    public Analysis {
        events = List.copyOf(events);
        counts = Map.copyOf(counts);
        patterns = List.copyOf(patterns);
    }
}
