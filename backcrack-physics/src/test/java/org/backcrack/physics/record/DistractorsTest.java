package org.backcrack.physics.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.complex.Complex;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;
import org.junit.jupiter.api.Test;

class DistractorsTest {
    private static final int FS = 48_000;

    @Test
    void aChimeRingsAtOnePitchForTensOfCycles_aJointSoundForAFew() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            double[] chime = Distractors.chime(0.15 + 0.85 * rng.nextDouble(), FS, rng);
            // A damped partial's half-power width is f / Q; the chime's Q is 30 or more, its length at least 0.15 s.
            assertThat(relativeWidth(chime)).as("seed %d", seed).isLessThan(1 / 12.0);
        }
        // The same measure of a pop that rings with a Q of 4 (the burst family's highest): far wider.
        double[] pop = new double[FS / 10];
        for (int i = 0; i < pop.length; i++) {
            double t = (double) i / FS;
            pop[i] = Math.exp(-t * Math.PI * 800 / 4) * Math.sin(2 * Math.PI * 800 * t);
        }
        assertThat(relativeWidth(pop)).isGreaterThan(1 / 6.0);
    }

    /** The half-power width of the strongest spectral peak over its frequency (1 / Q for one damped partial). */
    private static double relativeWidth(double[] x) {
        int n = 1 << 18;
        Complex[] c = new FastFourierTransformer(DftNormalization.STANDARD)
                .transform(Arrays.copyOf(x, n), TransformType.FORWARD);
        double[] power = new double[n / 2];
        int peak = 1;
        for (int k = 1; k < power.length; k++) {
            power[k] = c[k].norm() * c[k].norm();
            peak = power[k] > power[peak] ? k : peak;
        }
        int left = peak;
        while (left > 1 && power[left - 1] >= power[peak] / 2) {
            left--;
        }
        int right = peak;
        while (right < power.length - 1 && power[right + 1] >= power[peak] / 2) {
            right++;
        }
        return (right - left + 1) / (double) peak;
    }
}
