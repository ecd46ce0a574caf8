package org.backcrack.acoustics.detect;

/**
 * A second-order Butterworth high-pass (RBJ cookbook, Q = 1/√2). Its numerator is b0·(1 − 2z⁻¹ + z⁻²), so
 * y = b0·(x − 2x₁ + x₂) − a1·y₁ − a2·y₂.
 *
 * @param b0 numerator gain
 * @param a1 first feedback coefficient
 * @param a2 second feedback coefficient
 */
public record HighPass(double b0, double a1, double a2) {
    /** The filter with this corner (kept below 0.45 of the sample rate) at this sample rate. */
    public static HighPass of(double cornerHz, int sampleRate) {
        double w0 = 2 * Math.PI * Math.min(cornerHz, 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w0) / (2 * Math.sqrt(0.5));
        double cos = Math.cos(w0);
        double a0 = 1 + alpha;
        return new HighPass((1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** The energy of the filtered samples from rest, summed in frames of {@code hop} samples. */
    public double[] frameEnergies(Impulse x, int hop) {
        int frames = x.length() / hop;
        double[] e = new double[frames];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int k = 0; k < frames * hop; k++) {
            double v = x.sample(k);
            double y = b0 * (v - 2 * x1 + x2) - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = v;
            y2 = y1;
            y1 = y;
            e[k / hop] += y * y;
        }
        return e;
    }
}
