package org.backcrack.acoustics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.complex.Complex;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealSpectrumTest {
    @ParameterizedTest
    @ValueSource(ints = {4, 8, 256, 2048})
    void power_equalsTheFullComplexTransform(int n) {
        SplittableRandom rng = new SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() * 2 - 1;
        }
        Complex[] full = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        double[] power = RealSpectrum.power(x.clone());
        assertThat(power).hasSize(n / 2);
        for (int k = 0; k < n / 2; k++) {
            double expected = full[k].getReal() * full[k].getReal() + full[k].getImaginary() * full[k].getImaginary();
            assertThat(power[k]).isCloseTo(expected, within(1e-9 * (1 + expected)));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 6, 100})
    void power_rejectsLengthsThatAreNotPowersOfTwo(int n) {
        assertThatThrownBy(() -> RealSpectrum.power(new double[n])).hasMessageContaining("power of two");
    }
}
