package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    /** 10 ms steps: noise at -60 dB, a grating train lifting it to -52 dB from 1.0 to 2.5 s. */
    private static Envelope train() {
        float[] db = new float[600];
        Arrays.fill(db, -60);
        for (int k = 100; k < 250; k++) {
            db[k] = -52 + (k % 3);
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
            db[k] = k >= 830 && k < 1120 ? -50 : -60;
        }
        double[] span = new Envelope(db, 0.01).extend(9.5, 10.0);
        assertThat(span[0]).isCloseTo(9.5 - Envelope.MAX_EXTENSION, within(0.02));
        assertThat(span[1]).isCloseTo(10.0 + Envelope.MAX_EXTENSION, within(0.02));
        double[] quiet = train().extend(4.0, 4.2);
        assertThat(quiet).containsExactly(4.0, 4.2);
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
}
