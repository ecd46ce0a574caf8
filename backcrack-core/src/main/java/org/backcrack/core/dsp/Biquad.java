package org.backcrack.core.dsp;

/**
 * A second-order IIR section (Audio EQ Cookbook, R. Bristow-Johnson): its coefficients, normalised by a0,
 * and the direct-form run over a signal from rest. The simulator's microphones, tissue and distractors, the
 * analyzer's detector and the benchmark's peer all take their filters from here.
 *
 * <p>The band-pass has unity gain at its centre, so a pressure at that frequency keeps its amplitude in
 * pascals. The high-pass (Butterworth, Q = 1/√2) has the numerator b0·(1 − 2z⁻¹ + z⁻²): {@code b1 = -2·b0}
 * and {@code b2 = b0} exactly, which the analyzer's hot loops use to save multiplications.
 */
public final class Biquad {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    /** A section with these coefficients, already divided by a0. */
    public static Biquad normalized(double b0, double b1, double b2, double a1, double a2) {
        return new Biquad(b0, b1, b2, 1, a1, a2);
    }

    /** Butterworth low-pass (Q = 1/√2); the corner is kept below 0.45 of the sample rate. */
    public static Biquad lowPass(double f, double sampleRate) {
        double w = 2 * Math.PI * Math.min(f, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w) / (2 * Math.sqrt(0.5));
        double c = Math.cos(w);
        return new Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    /** Butterworth high-pass (Q = 1/√2); the corner is kept below 0.45 of the sample rate. */
    public static Biquad highPass(double f, double sampleRate) {
        double w = 2 * Math.PI * Math.min(f, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w) / (2 * Math.sqrt(0.5));
        double c = Math.cos(w);
        return new Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    /** Band-pass with unity gain at its centre {@code f} (kept below 0.45 of the sample rate) and quality q. */
    public static Biquad bandPass(double f, double q, double sampleRate) {
        double w = 2 * Math.PI * Math.min(f, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        return new Biquad(alpha, 0, -alpha, 1 + alpha, -2 * Math.cos(w), 1 - alpha);
    }

    public double b0() {
        return b0;
    }

    public double b1() {
        return b1;
    }

    public double b2() {
        return b2;
    }

    public double a1() {
        return a1;
    }

    public double a2() {
        return a2;
    }

    /** Filters {@code x} in place, from rest (direct form I). */
    public void apply(double[] x) {
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double in = x[i];
            double y = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = y;
            x[i] = y;
        }
    }

    /** The energy (sum of squares) of {@code x} filtered from rest, direct form I; {@code x} is not changed. */
    public double energy(float[] x) {
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        double acc = 0;
        for (float v : x) {
            double y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = v;
            y2 = y1;
            y1 = y;
            acc += y * y;
        }
        return acc;
    }
}
