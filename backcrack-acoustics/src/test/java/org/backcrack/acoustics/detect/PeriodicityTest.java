package org.backcrack.acoustics.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodicityTest {
    private static double measure(int fs, java.util.function.IntToDoubleFunction signal) {
        Periodicity p = new Periodicity(fs);
        float[] ring = new float[p.span() * 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = (float) signal.applyAsDouble(i);
        }
        return p.of(ring, ring.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 22050, 44100, 48000, 96000})
    void voiceAndToneArePeriodic_noiseAndAPopAreNot(int fs) {
        // A voice: a 120 Hz glottal pulse train through a 700 Hz resonance (a vowel's first formant).
        double[] state = new double[2];
        double r = Math.exp(-Math.PI * 100.0 / fs);
        double c = 2 * r * Math.cos(2 * Math.PI * 700 / fs);
        double voice = measure(fs, i -> {
            double x = i % Math.round(fs / 120.0) == 0 ? 1 : 0;
            double y = x + c * state[0] - r * r * state[1];
            state[1] = state[0];
            state[0] = y;
            return y;
        });
        assertThat(voice).isGreaterThan(0.8);
        assertThat(measure(fs, i -> Math.sin(2 * Math.PI * 1500 * i / fs))).isGreaterThan(0.8);
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(measure(fs, i -> rng.nextGaussian())).isLessThan(0.3);
        // A pop: one heavily damped ringing (Q = 1) at 400 Hz over a little noise.
        SplittableRandom rng2 = new SplittableRandom(2);
        int at = (int) (0.01 * fs);
        double tau = 1 / (Math.PI * 400);
        assertThat(measure(
                        fs,
                        i -> 0.01 * rng2.nextGaussian()
                                + (i < at
                                        ? 0
                                        : Math.exp(-(i - at) / (tau * fs))
                                                * Math.sin(2 * Math.PI * 400 * (i - at) / fs))))
                .isLessThan(0.6);
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 48000})
    void silenceAndTooShortAStream_areNotPeriodic(int fs) {
        Periodicity p = new Periodicity(fs);
        assertThat(p.of(new float[p.span()], p.span())).isZero();
        assertThat(p.of(new float[p.span()], p.span() - 1)).isZero();
    }
}
