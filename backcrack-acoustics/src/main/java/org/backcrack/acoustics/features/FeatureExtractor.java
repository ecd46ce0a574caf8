package org.backcrack.acoustics.features;

import org.backcrack.acoustics.detect.Impulse;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;
import org.hipparchus.complex.Complex;

/** Computes {@link EventFeatures} of an impulse from its samples (Hann-windowed FFT, zero-padded). */
public final class FeatureExtractor {
    private static final FastFourierTransformer FFT = new FastFourierTransformer(DftNormalization.STANDARD);
    /** At most this much of an event is analysed for its spectrum, s: long events are distractors anyway. */
    private static final double SPECTRUM_WINDOW = 0.05;

    private FeatureExtractor() {
    }

    public static EventFeatures of(Impulse imp) {
        float[] s = imp.samples();
        int rate = imp.sampleRate();
        double peak = imp.peak();
        double peakDb = 20 * Math.log10(peak + 1e-12);
        double snr = 20 * Math.log10(peak + 1e-12) - imp.floorDb();
        int peakIndex = (int) Math.round((imp.peakTime() - imp.onset()) * rate);
        peakIndex = Math.max(0, Math.min(s.length - 1, peakIndex));
        double limit = peak * 0.1; // -20 dB
        int last = peakIndex;
        for (int i = peakIndex; i < s.length; i++) {
            if (Math.abs(s[i]) >= limit) {
                last = i;
            }
        }
        double rise = peakIndex / (double) rate;
        double decay = (last - peakIndex) / (double) rate;
        // Spectrum of up to 50 ms around the start of the event.
        int len = Math.min(s.length, (int) (SPECTRUM_WINDOW * rate));
        int n = Integer.highestOneBit(Math.max(64, len * 2 - 1)) << 1;
        double[] x = new double[n];
        int start = Math.max(0, Math.min(peakIndex - len / 4, s.length - len));
        for (int i = 0; i < len; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / Math.max(1, len - 1));
            x[i] = s[start + i] * w;
        }
        Complex[] spec = FFT.transform(x, TransformType.FORWARD);
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
            double p = spec[k].getReal() * spec[k].getReal() + spec[k].getImaginary() * spec[k].getImaginary();
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
            double p = spec[k].getReal() * spec[k].getReal() + spec[k].getImaginary() * spec[k].getImaginary();
            var += p * (f - centroid) * (f - centroid);
        }
        double bandwidth = total > 0 ? Math.sqrt(var / total) : 0;
        double flatness = bins > 0 && total > 0 ? Math.exp(logSum / bins) / (total / bins) : 0;
        return new EventFeatures(peakDb, snr, rise, decay, bestF, centroid, bandwidth, Math.min(1, flatness), 1);
    }
}
