package org.backcrack.acoustics;

import org.hipparchus.util.KthSelector;

/**
 * A recording's energy in short steps (dB re full scale), as the {@link
 * org.backcrack.acoustics.detect.TransientDetector} measured it. A grating train at a poor signal-to-noise
 * ratio shows only its loudest clicks as transients, but its many quiet clicks still lift the energy
 * averaged over tens of milliseconds above the noise: the envelope says where the train really starts and
 * ends, and a stretch of it back at the noise is the pause between two trains.
 *
 * @param db          energy per step, dB
 * @param stepSeconds seconds per step
 */
public record Envelope(float[] db, double stepSeconds) {
    /** Averaging window for the extension, s (a few clicks at the sparse start of a train). */
    static final double SMOOTH_SECONDS = 0.05;
    /** Energy above the local noise that still counts as the train, dB. */
    static final double ABOVE_DB = 3;
    /** Furthest a train is extended at either end, s. */
    static final double MAX_EXTENSION = 1.0;
    /** Span around a train whose quieter steps give the local noise level, s. */
    static final double NOISE_SPAN = 3;
    /** Percentile of the steps around a train taken as the noise level. */
    static final double NOISE_PERCENTILE = 0.2;

    public Envelope {
        db = db.clone();
    }

    /**
     * The span of a train of clicks from {@code onset} to {@code offset}, s, widened to where the smoothed
     * envelope stays {@link #ABOVE_DB} above the local noise level, by at most {@link #MAX_EXTENSION} each way.
     */
    public double[] extend(double onset, double offset) {
        int n = db.length;
        int first = (int) Math.floor(onset / stepSeconds);
        int last = (int) Math.ceil(offset / stepSeconds);
        if (n == 0 || first >= n) {
            return new double[] {onset, offset};
        }
        last = Math.min(n - 1, last);
        double limit = noiseLimit(first, last);
        int half = Math.max(0, (int) Math.round(SMOOTH_SECONDS / stepSeconds / 2));
        int max = (int) Math.round(MAX_EXTENSION / stepSeconds);
        int k = first;
        while (k - 1 >= 0 && first - (k - 1) <= max && smoothed(k - 1, half) >= limit) {
            k--;
        }
        int m = last;
        while (m + 1 < n && (m + 1) - last <= max && smoothed(m + 1, half) >= limit) {
            m++;
        }
        return new double[] {k < first ? Math.min(onset, k * stepSeconds) : onset,
                m > last ? Math.max(offset, (m + 1) * stepSeconds) : offset};
    }

    /** The longest run of steps inside [from, to] whose energy stays below the local noise level + ABOVE_DB, s. */
    public double quietRun(double from, double to) {
        int n = db.length;
        int first = (int) Math.ceil(from / stepSeconds);
        int last = Math.min(n, (int) Math.floor(to / stepSeconds));
        if (first >= last) {
            return 0;
        }
        double limit = noiseLimit(first, last);
        int best = 0;
        int run = 0;
        for (int k = first; k < last; k++) {
            run = db[k] < limit ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best * stepSeconds;
    }

    /** The local noise level around steps first to last, plus {@link #ABOVE_DB}. */
    private double noiseLimit(int first, int last) {
        int span = (int) Math.round(NOISE_SPAN / stepSeconds);
        int lo = Math.max(0, first - span);
        int hi = Math.min(db.length, last + span);
        double[] around = new double[hi - lo];
        for (int i = lo; i < hi; i++) {
            around[i - lo] = db[i];
        }
        // Quickselect: the percentile without sorting the whole neighbourhood.
        return new KthSelector().select(around, null, (int) (NOISE_PERCENTILE * (around.length - 1))) + ABOVE_DB;
    }

    private double smoothed(int k, int half) {
        double sum = 0;
        int count = 0;
        for (int i = Math.max(0, k - half); i <= Math.min(db.length - 1, k + half); i++) {
            sum += Math.pow(10, db[i] / 10);
            count++;
        }
        return 10 * Math.log10(sum / count);
    }
}
