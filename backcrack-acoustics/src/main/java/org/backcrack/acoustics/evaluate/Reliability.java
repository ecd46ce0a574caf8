package org.backcrack.acoustics.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * How well the confidence the analyzer reports matches how often it is right: each reported event (with its
 * most probable class, whatever the threshold) is right when it matches a reference event of that class
 * one to one within the evaluation's collars. A reliability table in ten bins of confidence, and the
 * expected calibration error: the bins' gaps between mean confidence and the share right, weighted by how
 * many events fall in each (Guo et al. 2017).
 */
public final class Reliability {
    /** Bins of confidence, each [k/10, (k+1)/10). */
    public static final int BINS = 10;

    private final int[] count = new int[BINS];
    private final int[] right = new int[BINS];
    private final double[] confidence = new double[BINS];

    /**
     * Adds one recording.
     *
     * @param estimate the analyzer's events with their classes (found with a confidence threshold of 0)
     */
    public void add(List<SoundEvent> reference, List<DetectedEvent> estimate, Collars collars) {
        boolean[] ok = right(reference, estimate, collars);
        for (int j = 0; j < estimate.size(); j++) {
            if (estimate.get(j).soundClass() == null) {
                continue;
            }
            int bin = Math.min(BINS - 1, (int) (estimate.get(j).confidence() * BINS));
            count[bin]++;
            right[bin] += ok[j] ? 1 : 0;
            confidence[bin] += estimate.get(j).confidence();
        }
    }

    /**
     * Whether each estimated event is right: matched one to one to a reference event of its class within the
     * collars (false for an unclassified one). What the calibration map is fitted to predict.
     */
    public static boolean[] right(List<SoundEvent> reference, List<DetectedEvent> estimate, Collars collars) {
        boolean[] out = new boolean[estimate.size()];
        for (SoundClass c : SoundClass.values()) {
            List<SoundEvent> ref =
                    reference.stream().filter(e -> e.soundClass() == c).toList();
            List<Integer> est = new ArrayList<>();
            for (int j = 0; j < estimate.size(); j++) {
                if (estimate.get(j).soundClass() == c) {
                    est.add(j);
                }
            }
            for (int[] p : EventEvaluation.match(
                    ref,
                    est.stream()
                            .map(j -> new SoundEvent(
                                    estimate.get(j).onset(), estimate.get(j).offset(), c))
                            .toList(),
                    collars)) {
                out[est.get(p[1])] = true;
            }
        }
        return out;
    }

    /** One row of the table: the bin's range, events, their mean confidence and the share right. */
    public record Bin(double from, double to, int events, double meanConfidence, double shareRight) {}

    public List<Bin> table() {
        List<Bin> out = new ArrayList<>();
        for (int k = 0; k < BINS; k++) {
            out.add(new Bin(
                    k / (double) BINS,
                    (k + 1) / (double) BINS,
                    count[k],
                    count[k] == 0 ? Double.NaN : confidence[k] / count[k],
                    count[k] == 0 ? Double.NaN : right[k] / (double) count[k]));
        }
        return out;
    }

    /** Expected calibration error over the ten bins; 0 with no events. */
    public double expectedCalibrationError() {
        int total = 0;
        double sum = 0;
        for (int k = 0; k < BINS; k++) {
            total += count[k];
            if (count[k] > 0) {
                sum += Math.abs(confidence[k] - right[k]);
            }
        }
        return total == 0 ? 0 : sum / total;
    }
}
