package org.backcrack.acoustics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransientDetectorTest {
    /** Damped 400 Hz pops at known times over noise, with hum, a DC offset and slow rumble. */
    static float[] signal(int rate, double[] pops, double noise, boolean hum, double dc, boolean clip) {
        int n = rate * 4;
        float[] x = new float[n];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double v = noise * (rng.nextDouble() * 2 - 1) + dc + 0.2 * Math.sin(2 * Math.PI * 1.5 * t);
            if (hum) {
                v += 0.05 * Math.sin(2 * Math.PI * 50 * t);
            }
            for (double p : pops) {
                double d = t - p;
                if (d >= 0 && d < 0.03) {
                    v += 0.5 * Math.exp(-d / 0.0015) * Math.sin(2 * Math.PI * 400 * d);
                }
            }
            x[i] = (float) (clip ? Math.max(-0.3, Math.min(0.3, v)) : v);
        }
        return x;
    }

    @ParameterizedTest
    @CsvSource({
        "48000, 0.001, false, 0.0, false",
        "16000, 0.003, true, 0.3, false",
        "96000, 0.001, true, -0.2, true",
        "22050, 0.01, false, 0.0, false"
    })
    void detector_findsEveryPop_despiteHumDcRumbleAndClipping(
            int rate, double noise, boolean hum, double dc, boolean clip) {
        double[] pops = {0.5, 1.0, 1.02, 2.0, 3.1};
        float[] x = signal(rate, pops, noise, hum, dc, clip);
        TransientDetector d = new TransientDetector(rate, TransientDetector.Settings.defaults());
        // Fed in odd-sized blocks, as a reader would.
        for (int i = 0; i < x.length; i += 777) {
            float[] block = java.util.Arrays.copyOfRange(x, i, Math.min(x.length, i + 777));
            d.accept(block, block.length);
        }
        List<Impulse> found = d.finish();
        assertThat(found).hasSize(pops.length);
        for (int i = 0; i < pops.length; i++) {
            assertThat(found.get(i).onset()).isCloseTo(pops[i], within(0.003));
            assertThat(found.get(i).duration()).isLessThan(0.03);
        }
    }

    @ParameterizedTest
    @CsvSource({"48000", "8000"})
    void detector_steadyNoiseAndHumAlone_findsNothing(int rate) {
        float[] x = signal(rate, new double[0], 0.01, true, 0.1, false);
        TransientDetector d = new TransientDetector(rate, TransientDetector.Settings.defaults());
        d.accept(x, x.length);
        assertThat(d.finish().size()).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"48000", "16000"})
    void detector_popSplitFromTheNextOne_keepsItsOwnPeak(int rate) {
        // A quiet pop, and a loud one 12 ms later while the first still rings: two transients.
        int n = rate;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double v = 0;
            for (double[] pop : new double[][] {{0.5, 0.1}, {0.512, 0.6}}) {
                double d = t - pop[0];
                if (d >= 0 && d < 0.03) {
                    v += pop[1] * Math.exp(-d / 0.004) * Math.sin(2 * Math.PI * 400 * d);
                }
            }
            x[i] = (float) v;
        }
        TransientDetector d = new TransientDetector(rate, TransientDetector.Settings.defaults());
        d.accept(x, n);
        List<Impulse> found = d.finish();
        assertThat(found).hasSize(2);
        Impulse first = found.get(0);
        assertThat(first.peakTime()).isLessThan(first.offset());
        assertThat(first.peak()).isBetween(0.05, 0.15);
        assertThat(found.get(1).peak()).isGreaterThan(0.3);
    }

    @ParameterizedTest
    @CsvSource({"48000", "8000"})
    void detector_envelope_coversTheStreamAndRisesWithASound(int rate) {
        float[] x = signal(rate, new double[] {2.0}, 0.001, false, 0, false);
        TransientDetector d = new TransientDetector(rate, TransientDetector.Settings.defaults());
        d.accept(x, x.length);
        float[] env = d.envelope();
        double step = d.envelopeStepSeconds();
        assertThat(env.length * step).isCloseTo(4.0, within(2 * step));
        int at = (int) (2.0 / step);
        assertThat(env[at] - env[(int) (1.5 / step)]).isGreaterThan(20);
    }

    @org.junit.jupiter.api.Test
    void detector_quietLowSoundInAnEightBitFileAtHighRate_isNotTakenForDigitalSilence() {
        // A 100 Hz snap five 8-bit steps high at 96 kHz: the quantised samples change only every few
        // dozen samples, but they do change; digital silence around it does not.
        int rate = 96_000;
        float[] x = new float[rate];
        for (int i = 0; i < x.length; i++) {
            double d = (double) i / rate - 0.5;
            double v = d >= 0 && d < 0.05 ? 5.0 / 128 * Math.exp(-d / 0.01) * Math.sin(2 * Math.PI * 100 * d) : 0;
            x[i] = (float) (Math.round(v * 128) / 128.0);
        }
        TransientDetector d = new TransientDetector(rate, TransientDetector.Settings.defaults());
        d.accept(x, x.length);
        List<Impulse> found = d.finish();
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).onset()).isCloseTo(0.5, within(0.005));
    }

    @Test
    void aDetectorStartingPartWay_startsOnAWholeFloorBlock_andHasNoStateToCompareWhileItSeedsItsFloor() {
        TransientDetector.Settings settings = TransientDetector.Settings.defaults();
        assertThat(TransientDetector.alignment(48000)).isEqualTo(960);
        assertThat(TransientDetector.alignment(8000)).isEqualTo(320);
        assertThatThrownBy(() -> TransientDetector.startingAt(48000, settings, 961))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransientDetector.startingAt(48000, settings, -960))
                .isInstanceOf(IllegalArgumentException.class);
        TransientDetector later = TransientDetector.startingAt(48000, settings, 960 * 100);
        assertThat(later.position()).isEqualTo(96_000);
        assertThat(later.blockPhase()).isZero();
        assertThat(TransientDetector.startingAt(48000, settings, 960, 7).blockPhase())
                .isEqualTo(7);
        assertThatThrownBy(() -> TransientDetector.startingAt(48000, settings, 960, 20))
                .isInstanceOf(IllegalArgumentException.class);
        // Digital silence after the warm-up: each stuck frame is left out of its block, shifting the blocks by one.
        TransientDetector stuck = new TransientDetector(8000, settings);
        float[] noise = signal(8000, new double[0], 0.001, false, 0, false);
        stuck.accept(noise, 8000);
        assertThat(stuck.blockPhase()).isZero();
        stuck.accept(new float[16 * 7], 16 * 7);
        assertThat(stuck.blockPhase()).isEqualTo(7);
        float[] x = signal(48000, new double[] {3.0}, 0.001, false, 0, false);
        later.accept(x, 960);
        assertThat(later.checkpoint()).as("still seeding its floor").isNull();
        later.accept(java.util.Arrays.copyOfRange(x, 960, 48_000), 48_000 - 960);
        assertThat(later.checkpoint()).isNotNull();
        later.accept(java.util.Arrays.copyOfRange(x, 48_000, x.length), x.length - 48_000);
        // Its transients are timed from the stream's start.
        assertThat(later.finish())
                .singleElement()
                .satisfies(p -> assertThat(p.onset()).isCloseTo(2.0 + 3.0, within(0.003)));
    }

    @Test
    void aDetectorStartedLater_becomesTheSame_onlyOnceItsFloorHasMetTheOthers_notWhenItsFiltersHave() {
        int rate = 8000;
        TransientDetector.Settings settings = TransientDetector.Settings.defaults();
        long start = TransientDetector.alignment(rate) * 250; // 10 s
        float[] x = new float[rate * 40];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.001 * (rng.nextDouble() * 2 - 1));
        }
        // A loud stretch just where the later detector seeds its floor: its floor starts 60 dB too high.
        for (int i = (int) start + 100; i < start + rate * 3 / 10; i++) {
            x[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        TransientDetector first = new TransientDetector(rate, settings);
        TransientDetector later = TransientDetector.startingAt(rate, settings, start);
        first.accept(java.util.Arrays.copyOf(x, (int) start), (int) start);
        long filtersSince = -1;
        boolean differedWithSameFilters = false;
        long sameFrom = -1;
        int step = (int) TransientDetector.alignment(rate) * 5;
        for (int at = (int) start; at + step <= x.length && sameFrom < 0; at += step) {
            float[] block = java.util.Arrays.copyOfRange(x, at, at + step);
            first.accept(block, step);
            later.accept(block, step);
            TransientDetector.Checkpoint theirs = later.checkpoint();
            if (theirs == null) {
                continue;
            }
            if (filtersSince < 0 && first.sameFiltersAs(theirs)) {
                filtersSince = first.position();
            }
            boolean same = first.sameFutureAs(theirs, filtersSince);
            if (same) {
                sameFrom = first.position();
            } else if (filtersSince >= 0
                    && first.position() - filtersSince >= first.memory()
                    && !theirs.inEvent()
                    && first.checkpoint() != null
                    && !first.checkpoint().inEvent()) {
                differedWithSameFilters = true;
            }
        }
        assertThat(filtersSince)
                .as("the filters forget their start within a second")
                .isBetween(start, start + rate);
        assertThat(differedWithSameFilters).as("the floors had not met yet").isTrue();
        assertThat(sameFrom).as("and then they do").isGreaterThan(filtersSince + first.memory());
    }
}
