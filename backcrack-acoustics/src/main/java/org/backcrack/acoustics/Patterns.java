package org.backcrack.acoustics;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.core.SoundClass;

/** Patterns across events, in plain words: the signatures the mechanisms leave over time. */
final class Patterns {
    /** Pops this close together belong to one burst, s (a manipulation thrust: 1–5 pops within ~150 ms). */
    static final double BURST = 0.15;

    private Patterns() {
    }

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
            out.add(String.format("%d pop%s in %d burst%s (largest: %d within %.0f ms): gas cavitation in facet joints",
                    pops.size(), pops.size() == 1 ? "" : "s", bursts, bursts == 1 ? "" : "s", largest, BURST * 1000));
        }
        List<Double> snaps = onsets(events, SoundClass.SOFT_TISSUE_SNAP);
        if (snaps.size() >= 3) {
            double[] gaps = new double[snaps.size() - 1];
            double mean = 0;
            for (int i = 1; i < snaps.size(); i++) {
                gaps[i - 1] = snaps.get(i) - snaps.get(i - 1);
                mean += gaps[i - 1] / gaps.length;
            }
            double var = 0;
            for (double g : gaps) {
                var += (g - mean) * (g - mean) / gaps.length;
            }
            boolean regular = Math.sqrt(var) < 0.3 * mean;
            out.add(String.format("%d snaps%s: a tendon or ligament catching on bone", snaps.size(),
                    regular ? String.format(", regularly every %.1f s (with the movement)", mean) : ""));
        } else if (!snaps.isEmpty()) {
            out.add(snaps.size() + " snap" + (snaps.size() == 1 ? "" : "s") + ": a tendon or ligament catching on bone");
        }
        List<DetectedEvent> trains = events.stream().filter(e -> e.soundClass() == SoundClass.CREPITUS).toList();
        if (!trains.isEmpty()) {
            int clicks = trains.stream().mapToInt(e -> e.features().subClicks()).sum();
            out.add(String.format("%d grating train%s (%d clicks): rough cartilage or bone spurs (crepitus)",
                    trains.size(), trains.size() == 1 ? "" : "s", clicks));
        }
        return out;
    }

    private static List<Double> onsets(List<DetectedEvent> events, SoundClass c) {
        return events.stream().filter(e -> e.soundClass() == c).map(DetectedEvent::onset).toList();
    }
}
