package org.backcrack.acoustics.features;

import java.util.Arrays;
import org.backcrack.acoustics.detect.Impulse;

/** Computes {@link EventFeatures} of an impulse from its samples (Hann-windowed FFT, zero-padded). */
public final class FeatureExtractor {
    /** At most this much of an event is analysed for its spectrum, s: its attack says what it is. */
    private static final double SPECTRUM_WINDOW = 0.02;

    private static final int MAX_SPECTRUM_SAMPLES = 1024;

    /** Per thread, per transform length (by log2): the windowed samples, the transform's rows, the power. */
    private static final ThreadLocal<Work[]> WORK = ThreadLocal.withInitial(() -> new Work[31]);

    private record Work(double[] x, double[][] z, double[] power) {
        Work(int n) {
            this(new double[n], new double[2][n / 2], new double[n / 2]);
        }
    }

    private FeatureExtractor() {}

    private static Work workspace(int n) {
        Work[] all = WORK.get();
        int log = Integer.numberOfTrailingZeros(n);
        if (all[log] == null) {
            all[log] = new Work(n);
        }
        return all[log];
    }

    public static EventFeatures of(Impulse imp) {
        int length = imp.length();
        int rate = imp.sampleRate();
        double peak = imp.peak();
        double peakDb = 20 * Math.log10(peak + 1e-12);
        double snr = 20 * Math.log10(peak + 1e-12) - imp.floorDb();
        int peakIndex = (int) Math.round((imp.peakTime() - imp.onset()) * rate);
        peakIndex = Math.max(0, Math.min(length - 1, peakIndex));
        double limit = peak * 0.1; // -20 dB
        int last = peakIndex;
        for (int i = peakIndex; i < length; i++) {
            if (Math.abs(imp.sample(i)) >= limit) {
                last = i;
            }
        }
        double rise = peakIndex / (double) rate;
        double decay = (last - peakIndex) / (double) rate;
        // Spectrum of up to 20 ms (at most 1024 samples) around the peak, zero-padded to the next power of two
        // (at least 256 points). The power spectrum comes from a half-length complex transform (no Complex
        // objects: this runs for every transient).
        int len = Math.min(length, Math.min(MAX_SPECTRUM_SAMPLES, (int) (SPECTRUM_WINDOW * rate)));
        int n = Math.max(256, Integer.highestOneBit(Math.max(1, len - 1)) << 1);
        Work work = workspace(n);
        double[] x = work.x();
        Arrays.fill(x, len, n, 0);
        int start = Math.max(0, Math.min(peakIndex - len / 4, length - len));
        // Hann window; its cosine by rotation rather than a Math.cos per sample.
        double step = 2 * Math.PI / Math.max(1, len - 1);
        double cs = Math.cos(step);
        double sn = Math.sin(step);
        double c = 1;
        double si = 0;
        for (int i = 0; i < len; i++) {
            x[i] = imp.sample(start + i) * (0.5 - 0.5 * c);
            double nc = c * cs - si * sn;
            si = si * cs + c * sn;
            c = nc;
        }
        double[] power = RealSpectrum.power(x, n, work.z(), work.power());
        double df = rate / (double) n;
        double total = 0;
        double weighted = 0;
        double best = -1;
        int bestK = 0;
        // The flatness needs the mean log power: a running product, its binary exponent taken out as it
        // goes, is one logarithm instead of one per bin.
        double product = 1;
        long exponent = 0;
        int bins = 0;
        int firstBin = (int) Math.ceil(40 / df);
        for (int k = Math.max(1, firstBin); k < n / 2; k++) {
            double f = k * df;
            double p = power[k];
            total += p;
            weighted += p * f;
            product *= p + 1e-30;
            if ((++bins & 7) == 0) {
                int e = Math.getExponent(product);
                exponent += e;
                product = Math.scalb(product, -e);
            }
            if (p > best) {
                best = p;
                bestK = k;
            }
        }
        double logSum = Math.log(product) + exponent * Math.log(2);
        // The dominant frequency between bins: the vertex of a parabola through the log power of the peak bin
        // and its neighbours (the spectrum is sampled only as finely as the transform is long).
        double bestF = bestK * df;
        if (bestK > Math.max(1, firstBin) && bestK + 1 < n / 2) {
            double l = Math.log(power[bestK - 1] + 1e-30);
            double m = Math.log(power[bestK] + 1e-30);
            double r = Math.log(power[bestK + 1] + 1e-30);
            double den = l - 2 * m + r;
            if (den < 0) {
                bestF = (bestK + 0.5 * (l - r) / den) * df;
            }
        }
        double centroid = total > 0 ? weighted / total : 0;
        double var = 0;
        for (int k = Math.max(1, firstBin); k < n / 2; k++) {
            double d = k * df - centroid;
            var += power[k] * d * d;
        }
        double bandwidth = total > 0 ? Math.sqrt(var / total) : 0;
        double flatness = bins > 0 && total > 0 ? Math.exp(logSum / bins) / (total / bins) : 0;
        return new EventFeatures(peakDb, snr, rise, decay, bestF, centroid, bandwidth, Math.min(1, flatness), 1);
    }
}
