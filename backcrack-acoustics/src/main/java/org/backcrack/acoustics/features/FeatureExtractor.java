package org.backcrack.acoustics.features;

import org.backcrack.acoustics.detect.Impulse;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/** Computes {@link EventFeatures} of an impulse from its samples (Hann-windowed FFT, zero-padded). */
public final class FeatureExtractor {
    /** At most this much of an event is analysed for its spectrum, s: its attack says what it is. */
    private static final double SPECTRUM_WINDOW = 0.02;
    private static final int MAX_SPECTRUM_SAMPLES = 1024;

    private FeatureExtractor() {
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
        // Spectrum of up to 20 ms (at most 1024 samples) around the peak, zero-padded to 2048 points, transformed
        // in place (no Complex objects: this runs for every transient).
        int len = Math.min(length, Math.min(MAX_SPECTRUM_SAMPLES, (int) (SPECTRUM_WINDOW * rate)));
        int n = Math.max(256, Integer.highestOneBit(Math.max(1, len - 1)) << 2);
        double[][] ri = new double[2][n];
        double[] x = ri[0];
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
        FastFourierTransformer.transformInPlace(ri, DftNormalization.STANDARD, TransformType.FORWARD);
        double df = rate / (double) n;
        double total = 0;
        double weighted = 0;
        double best = -1;
        double bestF = 0;
        double logSum = 0;
        int bins = 0;
        for (int k = 1; k < n / 2; k++) {
            double f = k * df;
            if (f < 40) {
                continue;
            }
            double p = ri[0][k] * ri[0][k] + ri[1][k] * ri[1][k];
            total += p;
            weighted += p * f;
            logSum += Math.log(p + 1e-30);
            bins++;
            if (p > best) {
                best = p;
                bestF = f;
            }
        }
        double centroid = total > 0 ? weighted / total : 0;
        double var = 0;
        for (int k = 1; k < n / 2; k++) {
            double f = k * df;
            if (f < 40) {
                continue;
            }
            double p = ri[0][k] * ri[0][k] + ri[1][k] * ri[1][k];
            var += p * (f - centroid) * (f - centroid);
        }
        double bandwidth = total > 0 ? Math.sqrt(var / total) : 0;
        double flatness = bins > 0 && total > 0 ? Math.exp(logSum / bins) / (total / bins) : 0;
        return new EventFeatures(peakDb, snr, rise, decay, bestF, centroid, bandwidth, Math.min(1, flatness), 1);
    }
}
