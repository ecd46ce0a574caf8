package org.backcrack.core.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BiquadTest {
    private static double gainAt(Biquad f, double hz, double rate) {
        double[] x = new double[(int) rate];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * hz * i / rate);
        }
        f.apply(x);
        double peak = 0;
        for (int i = x.length / 2; i < x.length; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        return peak;
    }

    @Test
    void bandPass_hasUnityGainAtItsCentre() {
        assertThat(gainAt(Biquad.bandPass(1000, 3, 48_000), 1000, 48_000)).isCloseTo(1, within(1e-3));
        assertThat(gainAt(Biquad.bandPass(1000, 3, 48_000), 10_000, 48_000)).isLessThan(0.1);
    }

    @Test
    void highAndLowPass_areButterworth_3dbDownAtTheCorner() {
        double half = Math.sqrt(0.5);
        assertThat(gainAt(Biquad.highPass(500, 48_000), 500, 48_000)).isCloseTo(half, within(1e-3));
        assertThat(gainAt(Biquad.lowPass(500, 48_000), 500, 48_000)).isCloseTo(half, within(1e-3));
        assertThat(gainAt(Biquad.highPass(500, 48_000), 50, 48_000)).isLessThan(0.02);
        assertThat(gainAt(Biquad.lowPass(500, 48_000), 5000, 48_000)).isLessThan(0.02);
    }

    @Test
    void highPass_numeratorIsExactlyB0Times1Minus2zPlusZ2() {
        // The analyzer's detector relies on this to compute b0·(x − 2x₁ + x₂).
        for (double f : new double[] {20, 150, 500, 3000}) {
            Biquad hp = Biquad.highPass(f, 44_100);
            assertThat(hp.b1()).isEqualTo(-2 * hp.b0());
            assertThat(hp.b2()).isEqualTo(hp.b0());
        }
    }

    @Test
    void energy_isTheSumOfSquaresOfWhatApplyGives() {
        float[] x = new float[1000];
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.37) + (i % 17 == 0 ? 1 : 0);
            d[i] = x[i];
        }
        Biquad f = Biquad.normalized(0.98, -1.96, 0.98, -1.95, 0.96);
        f.apply(d);
        double sum = 0;
        for (double v : d) {
            sum += v * v;
        }
        assertThat(f.energy(x)).isEqualTo(sum);
    }
}
