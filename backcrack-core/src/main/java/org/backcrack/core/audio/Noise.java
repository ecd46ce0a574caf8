package org.backcrack.core.audio;

import java.util.SplittableRandom;

/** Random noise for simulated recordings and for tests of the analyzer: Gaussian white and pink. */
public final class Noise {
    private Noise() {}

    /** A standard normal deviate (Box–Muller; one uniform pair per deviate, so the stream is reproducible). */
    public static double gaussian(SplittableRandom rng) {
        double u = Math.max(1e-300, rng.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** Pink noise by Paul Kellet's economy filter of white noise (±0.5 dB from 9 Hz to Nyquist at 44.1 kHz). */
    public static double[] pink(int n, SplittableRandom rng) {
        double[] y = new double[n];
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < n; i++) {
            double w = gaussian(rng);
            b0 = 0.99765 * b0 + w * 0.0990460;
            b1 = 0.96300 * b1 + w * 0.2965164;
            b2 = 0.57000 * b2 + w * 1.0526913;
            y[i] = b0 + b1 + b2 + w * 0.1848;
        }
        return y;
    }

    /** Root mean square of {@code x}; 0 for an empty array. */
    public static double rms(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s / Math.max(1, x.length));
    }
}
