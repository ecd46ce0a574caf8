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

    /** The measure as defined, summed lag by lag and averaged down afresh: what the fast one must equal. */
    private static double reference(int fs, float[] ring, long end) {
        int factor = Math.max(1, (int) Math.round(fs / (double) Periodicity.TARGET_RATE));
        double rate = fs / (double) factor;
        int window = Math.max(8, (int) Math.round(Periodicity.WINDOW_SECONDS * rate));
        int minLag = Math.max(1, (int) Math.round(Periodicity.MIN_LAG_SECONDS * rate));
        int maxLag = Math.max(minLag + 1, (int) Math.round(Periodicity.MAX_LAG_SECONDS * rate));
        double[] x = new double[window + maxLag];
        long start = end - (long) x.length * factor;
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int k = 0; k < factor; k++) {
                sum += ring[(int) ((start + (long) i * factor + k) % ring.length)];
            }
            x[i] = sum;
        }
        double e0 = 0;
        for (int n = 0; n < window; n++) {
            e0 += x[n] * x[n];
        }
        if (e0 <= 0) {
            return 0;
        }
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double r = 0;
            double eLag = 0;
            for (int n = 0; n < window; n++) {
                r += x[n] * x[n + lag];
            }
            for (int n = minLag; n < minLag + window; n++) {
                eLag += x[n] * x[n];
            }
            for (int l = minLag; l < lag; l++) {
                eLag += x[l + window] * x[l + window] - x[l] * x[l];
            }
            if (eLag > 0) {
                best = Math.max(best, r / Math.sqrt(e0 * eLag));
            }
        }
        return Math.max(0, Math.min(1, best));
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 22050, 44100, 48000, 96000})
    void successiveOverlappingWindows_equalTheDefinition_toTheBit(int fs) {
        // A vowel-like tone that comes and goes over noise, in a ring that wraps, measured as the detector does:
        // windows 10 or 20 ms apart (kept averages reused), now and then a jump, a step back, another ring.
        Periodicity p = new Periodicity(fs);
        float[] ring = new float[p.span() * 3 + 17];
        SplittableRandom rng = new SplittableRandom(5);
        int step = Math.max(16, fs / 1000) * 10;
        long written = 0;
        int checked = 0;
        for (long end = 2L * p.span();
                end < 40L * p.span();
                end += step * (rng.nextInt(5) == 0 ? 7 : 1 + rng.nextInt(2))) {
            for (; written < end; written++) {
                double t = written / (double) fs;
                double tone = Math.sin(t * 3) > 0 ? Math.sin(2 * Math.PI * 180 * t) * Math.sin(t * 3) : 0;
                ring[(int) (written % ring.length)] = (float) (tone + 0.05 * rng.nextGaussian());
            }
            long at = rng.nextInt(9) == 0 ? end - step : end;
            assertThat(p.of(ring, at)).isEqualTo(reference(fs, ring, at));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        float[] other = ring.clone();
        other[(int) ((written - 1) % other.length)] += 0.5f;
        assertThat(p.of(other, written)).isEqualTo(reference(fs, other, written));
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 48000})
    void silenceAndTooShortAStream_areNotPeriodic(int fs) {
        Periodicity p = new Periodicity(fs);
        assertThat(p.of(new float[p.span()], p.span())).isZero();
        assertThat(p.of(new float[p.span()], p.span() - 1)).isZero();
    }
}
