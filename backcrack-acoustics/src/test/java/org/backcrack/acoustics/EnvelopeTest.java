package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    /**
     * 10 ms steps: noise at -60 dB, a grating train from 1.0 to 2.5 s whose quiet clicks lift every other step
     * to -48 dB and the ones between to -56 dB.
     */
    private static Envelope train() {
        float[] db = new float[600];
        Arrays.fill(db, -60);
        for (int k = 100; k < 250; k++) {
            db[k] = k % 2 == 0 ? -48 : -56;
        }
        return new Envelope(db, 0.01);
    }

    @Test
    void extend_reachesWhereTheTrainFallsBackToTheNoise() {
        // Only the loud middle clicks were found, 1.6 to 2.1 s.
        double[] span = train().extend(1.6, 2.1);
        assertThat(span[0]).isCloseTo(1.0, within(0.04));
        assertThat(span[1]).isCloseTo(2.5, within(0.04));
    }

    @Test
    void extend_isBoundedAndNeverShrinks() {
        // A long train, 8.3 to 11.2 s, of which only 9.5 to 10.0 s was found.
        float[] db = new float[2000];
        for (int k = 0; k < db.length; k++) {
            db[k] = k >= 830 && k < 1120 ? (k % 2 == 0 ? -46 : -54) : -60;
        }
        double[] span = new Envelope(db, 0.01).extend(9.5, 10.0);
        assertThat(span[0]).isCloseTo(9.5 - Envelope.MAX_EXTENSION, within(0.02));
        assertThat(span[1]).isCloseTo(10.0 + Envelope.MAX_EXTENSION, within(0.02));
        double[] quiet = train().extend(4.0, 4.2);
        assertThat(quiet).containsExactly(4.0, 4.2);
    }

    @Test
    void extend_stopsAtSteadyNoise_thatAPhonesGainControlPumpsUpAroundALoudSound() {
        // Noise at -60 dB (±0.4 dB), a train of quiet clicks from 1.5 to 2.5 s (found: 1.8 to 2.2 s), a loud
        // pop at 3.0 s after which the gain control ducks the noise to -80 dB for 1.5 s and lets it back up.
        // The ducked stretch pulls the local noise level down to -80 dB, so the steady noise at -60 dB on
        // either side of the train stands 20 dB above it; but it is steady, and the train ends where it does.
        float[] db = new float[600];
        for (int k = 0; k < db.length; k++) {
            db[k] = -60 + (k % 2 == 0 ? 0.4f : -0.4f);
        }
        for (int k = 150; k < 250; k++) {
            db[k] = k % 2 == 0 ? -48 : -56;
        }
        db[300] = -20;
        for (int k = 301; k < 450; k++) {
            db[k] = -80 + (k % 2 == 0 ? 0.4f : -0.4f);
        }
        for (int k = 450; k < 480; k++) {
            db[k] = -80 + 20f * (k - 450) / 30;
        }
        double[] span = new Envelope(db, 0.01).extend(1.8, 2.2);
        assertThat(span[0]).isCloseTo(1.5, within(0.06));
        assertThat(span[1]).isCloseTo(2.5, within(0.06));
    }

    @Test
    void extend_withoutSteps_keepsTheClicksSpan() {
        assertThat(new Envelope(new float[0], 0.01).extend(1, 2)).containsExactly(1, 2);
    }

    @Test
    void quietRun_findsThePauseBetweenTrains_notAGapFilledWithQuietClicks() {
        float[] db = new float[600];
        Arrays.fill(db, -60);
        for (int k = 100; k < 200; k++) {
            db[k] = -50;
        }
        for (int k = 210; k < 300; k++) {
            db[k] = -50; // 100 ms after the first train: a pause, then a second train
        }
        for (int k = 300; k < 312; k++) {
            db[k] = k % 2 == 0 ? -55 : -60; // clicks too quiet to be transients still lift every other step
        }
        for (int k = 312; k < 400; k++) {
            db[k] = -50;
        }
        Envelope e = new Envelope(db, 0.01);
        assertThat(e.quietRun(1.95, 2.15)).isCloseTo(0.1, within(0.011));
        assertThat(e.quietRun(2.95, 3.15)).isLessThan(Analyzer.QUIET_PAUSE);
        assertThat(e.quietRun(3.0, 2.0)).isZero();
        assertThat(new Envelope(new float[0], 0.01).quietRun(0, 1)).isZero();
    }

    /** 10 ms steps of noise at -60 dB (its hum periodic), with loud periodic steps where {@code periodic} says. */
    private static Envelope periodic(int[][] loudPeriodic) {
        float[] db = new float[400];
        byte[] p = new byte[400];
        Arrays.fill(db, -60);
        Arrays.fill(p, (byte) 90);
        for (int[] span : loudPeriodic) {
            for (int k = span[0]; k < span[1]; k++) {
                db[k] = -30;
                p[k] = 95;
            }
        }
        return new Envelope(db, 0.01, p);
    }

    @Test
    void inPeriodicSound_aConsonantBetweenVowels_aToneStrike_butNotHumNorAThudsRinging() {
        // Vowels 1.00-1.10 s and 1.20-1.35 s; a transient at 1.12-1.15 s between them.
        assertThat(periodic(new int[][] {{100, 110}, {120, 135}}).inPeriodicSound(1.12, 1.15, 0.3))
                .isTrue();
        // A chime: its strike at 2.00 s, then 300 ms of tone.
        assertThat(periodic(new int[][] {{200, 230}}).inPeriodicSound(2.0, 2.01, 0.3))
                .isTrue();
        // Periodic hum at the noise level is not a sound; a thud ringing for 30 ms is not a sustained one.
        assertThat(periodic(new int[0][]).inPeriodicSound(2.0, 2.01, 0.3)).isFalse();
        assertThat(periodic(new int[][] {{200, 203}}).inPeriodicSound(2.0, 2.03, 0.3))
                .isFalse();
        // Periodic only on one side, briefly: not inside a periodic sound.
        assertThat(periodic(new int[][] {{190, 196}}).inPeriodicSound(2.0, 2.01, 0.3))
                .isFalse();
        assertThat(new Envelope(new float[0], 0.01).inPeriodicSound(1, 1.01, 0.3))
                .isFalse();
    }

    @Test
    void periodicShare_countsLoudPeriodicStepsAroundATime_onlyStepsThatExist() {
        Envelope e = periodic(new int[][] {{0, 50}});
        assertThat(e.periodicShare(0.0)).isCloseTo(1.0, within(0.05));
        assertThat(e.periodicShare(3.0)).isZero();
    }

    @Test
    void periodicLevel_isTheLoudestPeriodicSoundAroundATransient_notItsOwnRinging() {
        // Vowels at -30 dB from 1.00 to 1.10 s; a transient at 1.20-1.23 s.
        assertThat(periodic(new int[][] {{100, 110}}).periodicLevel(1.20, 1.23)).isEqualTo(-30.0);
        // Periodic only over the transient's own steps: nothing around it.
        assertThat(periodic(new int[][] {{120, 124}}).periodicLevel(1.20, 1.23)).isEqualTo(Double.NEGATIVE_INFINITY);
        // Hum at the noise level is not a sound.
        assertThat(periodic(new int[0][]).periodicLevel(1.20, 1.23)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void meanStepChange_isTheAverageJumpBetweenSteps() {
        float[] db = new float[100];
        java.util.Arrays.fill(db, -40);
        for (int k = 50; k < 100; k += 2) {
            db[k] = -36;
        }
        Envelope e = new Envelope(db, 0.01);
        // Steady: no change. Alternating by 4 dB: 4 dB a step. Half and half: about 2.
        assertThat(e.meanStepChange(0.0, 0.49)).isZero();
        assertThat(e.meanStepChange(0.5, 0.99)).isEqualTo(4.0);
        assertThat(e.meanStepChange(0.25, 0.75)).isBetween(1.8, 2.2);
        // Fewer than two steps: nothing to compare.
        assertThat(e.meanStepChange(0.3, 0.305)).isZero();
    }

    @Test
    void levelBefore_isTheMedianOfTheTenthOfASecondBefore_notTheStepTheSoundStartsIn() {
        // Noise rising 0.1 dB a step, a click's own step at 2.00 s and one loud step among those before it.
        float[] db = new float[400];
        for (int k = 0; k < db.length; k++) {
            db[k] = -80 + 0.1f * k;
        }
        db[200] = -10;
        db[195] = -5;
        Envelope e = new Envelope(db, 0.01);
        // Steps 189..198: their median is halfway between steps 193 and 194 (the loud one replaced step 195).
        assertThat(e.levelBefore(2.003)).isCloseTo(-80 + 0.1 * 193.5, within(1e-4));
        // Right at the start there is nothing before; just after it, the steps there are.
        assertThat(e.levelBefore(0.005)).isNaN();
        assertThat(e.levelBefore(0.03)).isCloseTo(-80 + 0.1 * 0.5, within(1e-4));
        // Past the end, the last steps.
        assertThat(e.levelBefore(10)).isCloseTo(-80 + 0.1 * 393.5, within(1e-4));
    }
}
