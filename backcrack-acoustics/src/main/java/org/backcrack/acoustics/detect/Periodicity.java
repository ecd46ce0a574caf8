package org.backcrack.acoustics.detect;

/**
 * How periodic the last few tens of milliseconds of a signal are: the largest normalised autocorrelation
 * at a lag of {@link #MIN_LAG_SECONDS} to {@link #MAX_LAG_SECONDS} (a fundamental of about 65–400 Hz, the
 * range of human voices; a higher tone is periodic at a multiple of its period in the same range).
 *
 * <p>Why: joint sounds are impulsive or noisy — a pop rings for about 5 ms (Dunning 2013), a tendon's
 * thud for tens of milliseconds, a grating train is irregular clicks — while voices, chimes, alarms and
 * music are periodic for hundreds of milliseconds. The signal is first averaged down to about 8 kHz (a
 * boxcar of {@code fs/8000} samples), which keeps voices' fundamentals and their first formants and makes
 * the measure cost about 25,000 multiply-adds per call at any sample rate.
 *
 * <p>The normalised autocorrelation {@code Σ x[n]·x[n+τ] / √(Σ x[n]² · Σ x[n+τ]²)} over a window of
 * {@link #WINDOW_SECONDS} is 1 for a perfectly periodic signal and near 0 for noise.
 */
public final class Periodicity {
    /** AnalyzerResult window, s. */
    public static final double WINDOW_SECONDS = 0.03;
    /** Shortest lag, s (400 Hz). */
    public static final double MIN_LAG_SECONDS = 0.0025;
    /** Longest lag, s (about 67 Hz). */
    public static final double MAX_LAG_SECONDS = 0.015;
    /** Target rate of the averaged-down signal, Hz. */
    static final int TARGET_RATE = 4000;

    private final int factor;
    private final int window;
    private final int minLag;
    private final int maxLag;
    private final double[] x;

    public Periodicity(int sampleRate) {
        this.factor = Math.max(1, (int) Math.round(sampleRate / (double) TARGET_RATE));
        double rate = sampleRate / (double) factor;
        this.window = Math.max(8, (int) Math.round(WINDOW_SECONDS * rate));
        this.minLag = Math.max(1, (int) Math.round(MIN_LAG_SECONDS * rate));
        this.maxLag = Math.max(minLag + 1, (int) Math.round(MAX_LAG_SECONDS * rate));
        this.x = new double[window + maxLag];
    }

    /** Samples of the original signal the measure reads back from its end. */
    public int span() {
        return x.length * factor;
    }

    /**
     * The periodicity, in [0, 1], of the {@link #span()} samples that end just before {@code end} in a ring
     * buffer whose sample {@code s} is at index {@code s % ring.length}; 0 when fewer samples exist.
     */
    public double of(float[] ring, long end) {
        long start = end - span();
        if (start < 0 || span() > ring.length) {
            return 0;
        }
        int pos = (int) (start % ring.length);
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int k = 0; k < factor; k++) {
                sum += ring[pos];
                if (++pos == ring.length) {
                    pos = 0;
                }
            }
            x[i] = sum;
        }
        return of(x, window, minLag, maxLag);
    }

    /** The largest normalised autocorrelation of {@code x[0, window)} with {@code x[τ, τ + window)}. */
    static double of(double[] x, int window, int minLag, int maxLag) {
        double e0 = 0;
        for (int n = 0; n < window; n++) {
            e0 += x[n] * x[n];
        }
        if (e0 <= 0) {
            return 0;
        }
        // Energy of the lagged window, slid along as the lag grows.
        double eLag = 0;
        for (int n = minLag; n < minLag + window; n++) {
            eLag += x[n] * x[n];
        }
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double r = 0;
            for (int n = 0; n < window; n++) {
                r += x[n] * x[n + lag];
            }
            if (eLag > 0) {
                best = Math.max(best, r / Math.sqrt(e0 * eLag));
            }
            if (lag < maxLag) {
                eLag += x[lag + window] * x[lag + window] - x[lag] * x[lag];
            }
        }
        return Math.max(0, Math.min(1, best));
    }
}
