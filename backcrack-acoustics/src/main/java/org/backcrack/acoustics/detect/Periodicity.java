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
    /** The averaged-down signal of the last call: {@code x[i]} is the sum of original samples from {@code xStart + i·factor}. */
    private final double[] x;
    /** Original sample at which {@link #x} starts, or -1 before the first call. */
    private long xStart = -1;
    /** The ring {@link #x} was read from. */
    private float[] xRing;
    /** Correlation at each lag from {@link #minLag}, scratch. */
    private final double[] correlation;

    public Periodicity(int sampleRate) {
        this.factor = Math.max(1, (int) Math.round(sampleRate / (double) TARGET_RATE));
        double rate = sampleRate / (double) factor;
        this.window = Math.max(8, (int) Math.round(WINDOW_SECONDS * rate));
        this.minLag = Math.max(1, (int) Math.round(MIN_LAG_SECONDS * rate));
        this.maxLag = Math.max(minLag + 1, (int) Math.round(MAX_LAG_SECONDS * rate));
        this.x = new double[window + maxLag];
        this.correlation = new double[maxLag - minLag + 1];
    }

    /** Samples of the original signal the measure reads back from its end. */
    public int span() {
        return x.length * factor;
    }

    /**
     * The periodicity, in [0, 1], of the {@link #span()} samples that end just before {@code end} in a ring
     * buffer whose sample {@code s} is at index {@code s % ring.length}; 0 when fewer samples exist.
     *
     * <p>The detector asks for windows 10 or 20 ms apart that overlap by more than half; the averaged-down
     * samples the last call computed for the same original samples are kept, not summed again (the same sums
     * in the same order, so the same values). So a ring holds one stream, whose sample {@code s} does not
     * change once written, for as long as it is measured; another ring starts afresh.
     */
    public double of(float[] ring, long end) {
        long start = end - span();
        if (start < 0 || span() > ring.length) {
            return 0;
        }
        long shift = start - xStart;
        int kept = 0;
        if (ring == xRing && xStart >= 0 && shift >= 0 && shift % factor == 0 && shift / factor < x.length) {
            kept = x.length - (int) (shift / factor);
            System.arraycopy(x, x.length - kept, x, 0, kept);
        }
        xStart = start;
        xRing = ring;
        int pos = (int) ((start + (long) kept * factor) % ring.length);
        for (int i = kept; i < x.length; i++) {
            double sum = 0;
            for (int k = 0; k < factor; k++) {
                sum += ring[pos];
                if (++pos == ring.length) {
                    pos = 0;
                }
            }
            x[i] = sum;
        }
        return of(x, window, minLag, maxLag, correlation);
    }

    /**
     * The largest normalised autocorrelation of {@code x[0, window)} with {@code x[τ, τ + window)}; {@code r}
     * is scratch for the correlation at each lag.
     *
     * <p>Each lag's sum {@code Σ x[n]·x[n+τ]} is taken in order of {@code n}, one addition after another: that
     * chain of dependent additions, not the arithmetic, was the cost (four cycles per term). Eight lags are
     * summed side by side, eight independent chains, so the processor overlaps them; each sum is still the
     * same additions in the same order, so the result is the same to the last bit.
     */
    static double of(double[] x, int window, int minLag, int maxLag, double[] r) {
        double e0 = 0;
        for (int n = 0; n < window; n++) {
            e0 += x[n] * x[n];
        }
        if (e0 <= 0) {
            return 0;
        }
        int lag = minLag;
        for (; lag + 7 <= maxLag; lag += 8) {
            double r0 = 0;
            double r1 = 0;
            double r2 = 0;
            double r3 = 0;
            double r4 = 0;
            double r5 = 0;
            double r6 = 0;
            double r7 = 0;
            for (int n = 0; n < window; n++) {
                double xn = x[n];
                int k = n + lag;
                r0 += xn * x[k];
                r1 += xn * x[k + 1];
                r2 += xn * x[k + 2];
                r3 += xn * x[k + 3];
                r4 += xn * x[k + 4];
                r5 += xn * x[k + 5];
                r6 += xn * x[k + 6];
                r7 += xn * x[k + 7];
            }
            int j = lag - minLag;
            r[j] = r0;
            r[j + 1] = r1;
            r[j + 2] = r2;
            r[j + 3] = r3;
            r[j + 4] = r4;
            r[j + 5] = r5;
            r[j + 6] = r6;
            r[j + 7] = r7;
        }
        for (; lag <= maxLag; lag++) {
            double r0 = 0;
            for (int n = 0; n < window; n++) {
                r0 += x[n] * x[n + lag];
            }
            r[lag - minLag] = r0;
        }
        // Energy of the lagged window, slid along as the lag grows.
        double eLag = 0;
        for (int n = minLag; n < minLag + window; n++) {
            eLag += x[n] * x[n];
        }
        double best = 0;
        for (lag = minLag; lag <= maxLag; lag++) {
            // A lag that anticorrelates cannot raise the best above 0: no square root and division for it
            // (NaN is not skipped, so a NaN still propagates as before).
            if (eLag > 0 && !(r[lag - minLag] <= 0)) {
                best = Math.max(best, r[lag - minLag] / Math.sqrt(e0 * eLag));
            }
            if (lag < maxLag) {
                eLag += x[lag + window] * x[lag + window] - x[lag] * x[lag];
            }
        }
        return Math.max(0, Math.min(1, best));
    }
}
