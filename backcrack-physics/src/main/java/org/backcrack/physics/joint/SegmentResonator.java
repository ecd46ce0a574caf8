package org.backcrack.physics.joint;

/**
 * The ringing of a vertebral segment excited by a joint event: a second-order band-pass with unity gain
 * at its centre frequency (the constant-peak-gain biquad of the Audio EQ Cookbook, R. Bristow-Johnson),
 * so a pressure at the mode passes with its amplitude in pascals unchanged.
 */
final class SegmentResonator {
    private SegmentResonator() {
    }

    static double[] ring(double[] input, double sampleRate, double frequency, double q) {
        double w0 = 2 * Math.PI * frequency / sampleRate;
        double alpha = Math.sin(w0) / (2 * q);
        double a0 = 1 + alpha;
        double b0 = alpha / a0;
        double b2 = -alpha / a0;
        double a1 = -2 * Math.cos(w0) / a0;
        double a2 = (1 - alpha) / a0;
        double[] out = new double[input.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < input.length; i++) {
            double x = input[i];
            double y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
            out[i] = y;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
        }
        return out;
    }
}
