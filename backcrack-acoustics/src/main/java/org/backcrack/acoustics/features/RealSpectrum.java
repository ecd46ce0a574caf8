package org.backcrack.acoustics.features;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * The power spectrum of a real signal from one complex FFT of half its length (Hipparchus), the standard
 * packing: even samples as the real part, odd ones as the imaginary part, then one pass that separates the
 * two halves' spectra. Half the work of transforming the real signal with zero imaginary parts, same numbers.
 */
final class RealSpectrum {
    /** Twiddle factors e^(-2πik/n), k &lt; n/2, per power-of-two n (by its log2), made once. */
    private static final AtomicReferenceArray<double[][]> TWIDDLES = new AtomicReferenceArray<>(31);

    private RealSpectrum() {}

    /**
     * @param x real samples; the length a power of two, at least 4
     * @return |X[k]|² for k in [0, n/2), unnormalised (X[k] = Σ x[j] e^(-2πijk/n))
     */
    static double[] power(double[] x) {
        return power(x, x.length, new double[2][x.length / 2], new double[x.length / 2]);
    }

    /**
     * The same into caller-owned arrays (this runs once per transient; no garbage).
     *
     * @param x   real samples, the first {@code n} used
     * @param n   a power of two, at least 4
     * @param z   work space, two rows (real, imaginary) of exactly n/2
     * @param out receives |X[k]|² for k in [0, n/2)
     * @return out
     */
    static double[] power(double[] x, int n, double[][] z, double[] out) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("length must be a power of two >= 4, was " + n);
        }
        int h = n / 2;
        double[] zr = z[0];
        double[] zi = z[1];
        for (int j = 0; j < h; j++) {
            zr[j] = x[2 * j];
            zi[j] = x[2 * j + 1];
        }
        FastFourierTransformer.transformInPlace(z, DftNormalization.STANDARD, TransformType.FORWARD);
        double[][] w = twiddles(n);
        for (int k = 0; k < h; k++) {
            int m = k == 0 ? 0 : h - k;
            // Even part E = (Z[k] + conj Z[m]) / 2, odd part O = (Z[k] - conj Z[m]) / 2i; X = E + w·O.
            double er = (zr[k] + zr[m]) / 2;
            double ei = (zi[k] - zi[m]) / 2;
            double or = (zi[k] + zi[m]) / 2;
            double oi = -(zr[k] - zr[m]) / 2;
            double wr = w[0][k];
            double wi = w[1][k];
            double re = er + wr * or - wi * oi;
            double im = ei + wr * oi + wi * or;
            out[k] = re * re + im * im;
        }
        return out;
    }

    private static double[][] twiddles(int n) {
        int log = Integer.numberOfTrailingZeros(n);
        double[][] w = TWIDDLES.get(log);
        if (w == null) {
            w = new double[2][n / 2];
            for (int k = 0; k < n / 2; k++) {
                w[0][k] = Math.cos(-2 * Math.PI * k / n);
                w[1][k] = Math.sin(-2 * Math.PI * k / n);
            }
            TWIDDLES.compareAndSet(log, null, w);
        }
        return w;
    }
}
