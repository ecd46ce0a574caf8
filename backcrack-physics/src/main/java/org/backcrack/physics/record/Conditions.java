package org.backcrack.physics.record;

import java.util.SplittableRandom;
import org.backcrack.core.audio.Noise;
import org.backcrack.core.dsp.Biquad;
import org.hipparchus.complex.Complex;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * Recording conditions as families ({@code org.backcrack.physics.family.Families}): what a phone, a lossy codec or a room does to the sound after the
 * sensor. ({@code clipped} and {@code contact} are settings of the recording chain itself: the loudest
 * sound driven past full scale, an accelerometer or piezo on the skin; {@code plain} leaves the chain as it
 * is.)
 *
 * <ul>
 *   <li>{@code phone}: a phone's voice path — a fourth-order high-pass at 100–200 Hz (against wind and
 *       handling noise), a band limit at 3.4–8 kHz, and automatic gain control (attack 5 ms, release
 *       0.3–0.8 s, up to +30 dB) that lifts the quiet stretches and holds the loud ones down;
 *   <li>{@code codec}: transform-codec artefacts — 50%-overlapped sine-windowed frames of 11–16 ms (the power
 *       of two under 21 ms) whose
 *       spectral lines under a masking threshold 25–45 dB below the frame's strongest are dropped, the rest
 *       quantised in 1.5–4 dB steps, everything above 7–16 kHz cut (spectral holes, pre-echo before
 *       attacks, a band limit, as in MP3, AAC and Opus at low bit rates);
 *   <li>{@code reverb}: a room — convolution with exponentially decaying noise (RT60 0.2–0.8 s), the
 *       direct sound 0–10 dB above the reverberant.
 * </ul>
 */
public final class Conditions {
    private Conditions() {}

    /** Applies the condition to every channel, in place. */
    public static void apply(String condition, double[][] channels, int fs, SplittableRandom rng) {
        switch (condition) {
            case "phone" -> {
                double hp = uniform(rng, 100, 200);
                double lp = uniform(rng, 3400, 8000);
                double release = uniform(rng, 0.3, 0.8);
                for (double[] x : channels) {
                    Biquad.highPass(hp, fs).apply(x);
                    Biquad.highPass(hp, fs).apply(x);
                    if (lp < 0.45 * fs) {
                        Biquad.lowPass(lp, fs).apply(x);
                        Biquad.lowPass(lp, fs).apply(x);
                    }
                    automaticGain(x, fs, release);
                }
            }
            case "codec" -> {
                double mask = uniform(rng, 25, 45);
                double step = uniform(rng, 1.5, 4);
                double cut = uniform(rng, 7000, 16000);
                for (double[] x : channels) {
                    codec(x, fs, mask, step, cut);
                }
            }
            case "reverb" -> {
                double rt60 = uniform(rng, 0.2, 0.8);
                double drr = uniform(rng, 0, 10);
                double[] ir = new double[(int) (rt60 * fs)];
                for (int i = 0; i < ir.length; i++) {
                    ir[i] = Noise.gaussian(rng) * Math.pow(10, -3.0 * i / ir.length);
                }
                for (double[] x : channels) {
                    reverb(x, ir, drr);
                }
            }
            case "plain", "clipped", "contact" -> {}
            default -> throw new IllegalArgumentException("not a condition family: " + condition);
        }
    }

    private static void automaticGain(double[] x, int fs, double release) {
        double attack = Math.exp(-1 / (0.005 * fs));
        double decay = Math.exp(-1 / (release * fs));
        double peak = 0;
        for (double v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        if (peak == 0) {
            return;
        }
        double target = 0.3 * peak;
        double env = 0;
        double maxGain = Math.pow(10, 30 / 20.0);
        for (int i = 0; i < x.length; i++) {
            double a = Math.abs(x[i]);
            env = a > env ? attack * env + (1 - attack) * a : decay * env + (1 - decay) * a;
            double gain = Math.min(maxGain, target / Math.max(env, 1e-12 * peak));
            x[i] *= Math.min(gain, maxGain);
        }
    }

    private static void codec(double[] x, int fs, double maskDb, double stepDb, double cutHz) {
        int frame = Integer.highestOneBit(Math.max(64, (int) (0.021 * fs)));
        int hop = frame / 2;
        double[] window = new double[frame];
        for (int i = 0; i < frame; i++) {
            window[i] = Math.sin(Math.PI * (i + 0.5) / frame);
        }
        double[] out = new double[x.length + frame];
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        double mask = Math.pow(10, -maskDb / 20);
        int cutBin = (int) (cutHz / fs * frame);
        double[] buffer = new double[frame];
        for (int start = -hop; start < x.length; start += hop) {
            for (int i = 0; i < frame; i++) {
                int k = start + i;
                buffer[i] = k >= 0 && k < x.length ? x[k] * window[i] : 0;
            }
            Complex[] spectrum = fft.transform(buffer, TransformType.FORWARD);
            double strongest = 0;
            for (Complex c : spectrum) {
                strongest = Math.max(strongest, c.norm());
            }
            for (int b = 0; b < spectrum.length; b++) {
                int freqBin = Math.min(b, frame - b);
                double m = spectrum[b].norm();
                if (m < mask * strongest || freqBin > cutBin || m == 0) {
                    spectrum[b] = Complex.ZERO;
                } else {
                    double db = 20 * Math.log10(m);
                    double q = Math.round(db / stepDb) * stepDb;
                    spectrum[b] = spectrum[b].multiply(Math.pow(10, q / 20) / m);
                }
            }
            Complex[] back = fft.transform(spectrum, TransformType.INVERSE);
            for (int i = 0; i < frame; i++) {
                int k = start + i;
                if (k >= 0 && k < x.length) {
                    out[k] += back[i].getReal() * window[i];
                }
            }
        }
        System.arraycopy(out, 0, x, 0, x.length);
    }

    private static void reverb(double[] x, double[] ir, double drrDb) {
        double irEnergy = 0;
        for (double v : ir) {
            irEnergy += v * v;
        }
        double wet = Math.pow(10, -drrDb / 20) / Math.sqrt(Math.max(irEnergy, 1e-30));
        int block = Integer.highestOneBit(Math.max(1024, ir.length)) * 2;
        int size = block * 2;
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        double[] padded = new double[size];
        System.arraycopy(ir, 0, padded, 0, ir.length);
        Complex[] h = fft.transform(padded, TransformType.FORWARD);
        double[] out = new double[x.length + size];
        for (int start = 0; start < x.length; start += block) {
            double[] seg = new double[size];
            System.arraycopy(x, start, seg, 0, Math.min(block, x.length - start));
            Complex[] s = fft.transform(seg, TransformType.FORWARD);
            for (int i = 0; i < size; i++) {
                s[i] = s[i].multiply(h[i]);
            }
            Complex[] y = fft.transform(s, TransformType.INVERSE);
            for (int i = 0; i < size && start + i < out.length; i++) {
                out[start + i] += y[i].getReal();
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] += wet * out[i];
        }
    }

    private static double uniform(SplittableRandom rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }
}
