package org.backcrack.acoustics;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.core.SoundClass;

/** Patterns across events, in plain words: the signatures the mechanisms leave over time. */
final class Patterns {
    /** Pops this close together belong to one burst, s (a manipulation thrust: 1–5 pops within ~150 ms). */
    static final double BURST = 0.15;

    private Patterns() {}

    static List<String> of(List<DetectedEvent> events) {
        List<String> out = new ArrayList<>();
        List<Double> pops = onsets(events, SoundClass.CAVITATION);
        int bursts = 0;
        int largest = 0;
        for (int i = 0; i < pops.size(); ) {
            int j = i + 1;
            while (j < pops.size() && pops.get(j) - pops.get(i) <= BURST) {
                j++;
            }
            bursts++;
            largest = Math.max(largest, j - i);
            i = j;
        }
        if (!pops.isEmpty()) {
            out.add(String.format(
                    "%d pop%s in %d burst%s (largest: %d within %.0f ms): gas cavitation in facet joints",
                    pops.size(), pops.size() == 1 ? "" : "s", bursts, bursts == 1 ? "" : "s", largest, BURST * 1000));
        }
        List<Double> snaps = onsets(events, SoundClass.SOFT_TISSUE_SNAP);
        if (snaps.size() >= 3) {
            out.add(snaps.size() + " snaps" + (regular(snaps) ? ", on a regular beat (with the movement)" : "")
                    + ": a tendon or ligament catching on bone");
        } else if (!snaps.isEmpty()) {
            out.add(snaps.size() + " snap" + (snaps.size() == 1 ? "" : "s")
                    + ": a tendon or ligament catching on bone");
        }
        List<DetectedEvent> trains = events.stream()
                .filter(e -> e.soundClass() == SoundClass.CREPITUS)
                .toList();
        if (!trains.isEmpty()) {
            int clicks = trains.stream().mapToInt(e -> e.features().subClicks()).sum();
            out.add(String.format(
                    "%d grating train%s (%d clicks): rough cartilage or bone spurs (crepitus)",
                    trains.size(), trains.size() == 1 ? "" : "s", clicks));
        }
        return out;
    }

    /**
     * At least three onsets on a regular beat: every gap is within 20% of a whole number of the median gap
     * (a movement cycle that did not snap leaves a double gap, still on the beat).
     */
    static boolean regular(List<Double> onsets) {
        if (onsets.size() < 3) {
            return false;
        }
        double[] gaps = new double[onsets.size() - 1];
        for (int i = 1; i < onsets.size(); i++) {
            gaps[i - 1] = onsets.get(i) - onsets.get(i - 1);
        }
        double[] sorted = gaps.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (median <= 0.2) {
            return false;
        }
        for (double g : gaps) {
            double cycles = g / median;
            if (Math.round(cycles) < 1 || Math.abs(cycles - Math.round(cycles)) > 0.2) {
                return false;
            }
        }
        return true;
    }

    private static List<Double> onsets(List<DetectedEvent> events, SoundClass c) {
        return events.stream()
                .filter(e -> e.soundClass() == c)
                .map(DetectedEvent::onset)
                .toList();
    }
}
