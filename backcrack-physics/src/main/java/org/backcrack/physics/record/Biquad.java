package org.backcrack.physics.record;

/**
 * A second-order IIR section (Audio EQ Cookbook, R. Bristow-Johnson), run in place over a signal. The band-pass
 * has unity gain at its centre, so a pressure at that frequency keeps its amplitude in pascals.
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

    public static Biquad lowPass(double f, double sampleRate) {
        double w = 2 * Math.PI * Math.min(f, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w) / (2 * Math.sqrt(0.5));
        double c = Math.cos(w);
        return new Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    public static Biquad highPass(double f, double sampleRate) {
        double w = 2 * Math.PI * f / sampleRate;
        double alpha = Math.sin(w) / (2 * Math.sqrt(0.5));
        double c = Math.cos(w);
        return new Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    public static Biquad bandPass(double f, double q, double sampleRate) {
        double w = 2 * Math.PI * Math.min(f, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        return new Biquad(alpha, 0, -alpha, 1 + alpha, -2 * Math.cos(w), 1 - alpha);
    }

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
}
