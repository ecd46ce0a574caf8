package org.backcrack.acoustics.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.junit.jupiter.api.Test;

class EventEvaluationTest {
    static SoundEvent e(double on, double off, SoundClass c) {
        return new SoundEvent(on, off, c);
    }

    @Test
    void of_handComputedExample() {
        List<SoundEvent> ref = List.of(
                e(1.000, 1.005, SoundClass.CAVITATION),
                e(1.050, 1.055, SoundClass.CAVITATION),
                e(2.000, 2.040, SoundClass.SOFT_TISSUE_SNAP),
                e(3.000, 5.000, SoundClass.CREPITUS));
        List<SoundEvent> est = List.of(
                e(1.020, 1.030, SoundClass.CAVITATION), // matches the first pop (20 ms)
                e(1.100, 1.110, SoundClass.CAVITATION), // 50 ms after the second: no
                e(2.010, 2.050, SoundClass.CAVITATION), // the snap, but the wrong class
                e(3.200, 5.900, SoundClass.CREPITUS)); // onset 200 ms, offset 900 ms <= max(250, 1000)
        EventEvaluation ev = EventEvaluation.of(ref, est, Collars.standard());
        assertThat(ev.scores(SoundClass.CAVITATION)).isEqualTo(new Scores(1, 2, 1));
        assertThat(ev.scores(SoundClass.SOFT_TISSUE_SNAP)).isEqualTo(new Scores(0, 0, 1));
        assertThat(ev.scores(SoundClass.CREPITUS)).isEqualTo(new Scores(1, 0, 0));
        assertThat(ev.overall()).isEqualTo(new Scores(2, 2, 2));
        assertThat(ev.overall().f1()).isCloseTo(0.5, within(1e-12));
        assertThat(ev.classAgnostic()).isEqualTo(new Scores(3, 1, 1));
        assertThat(ev.confusion().get("soft_tissue_snap").get("cavitation")).isEqualTo(1);
        assertThat(ev.confusion().get("cavitation").get("none")).isEqualTo(1);
        assertThat(ev.confusion().get("none").get("cavitation")).isEqualTo(1);
    }

    @Test
    void of_oneToOne_twoEstimatesCannotShareOneReference() {
        List<SoundEvent> ref = List.of(e(1.0, 1.01, SoundClass.CAVITATION));
        List<SoundEvent> est = List.of(e(0.99, 1.0, SoundClass.CAVITATION), e(1.01, 1.02, SoundClass.CAVITATION));
        assertThat(EventEvaluation.of(ref, est, Collars.standard()).overall()).isEqualTo(new Scores(1, 1, 0));
    }

    @Test
    void of_maximumMatching_notGreedy() {
        // Greedy matching of the first reference to the nearest estimate would leave the second unmatched.
        List<SoundEvent> ref = List.of(e(1.000, 1.01, SoundClass.CAVITATION), e(1.040, 1.05, SoundClass.CAVITATION));
        List<SoundEvent> est = List.of(e(1.015, 1.02, SoundClass.CAVITATION), e(0.975, 0.98, SoundClass.CAVITATION));
        assertThat(EventEvaluation.of(ref, est, Collars.standard()).overall()).isEqualTo(new Scores(2, 0, 0));
    }

    @Test
    void crepitus_offsetCollar_isHalfTheReferenceWhenLong() {
        Collars c = Collars.standard();
        assertThat(c.matches(SoundClass.CREPITUS, 0, 4, 0.2, 5.9)).isTrue(); // 1.9 <= 2.0
        assertThat(c.matches(SoundClass.CREPITUS, 0, 4, 0.2, 6.1)).isFalse();
        assertThat(c.matches(SoundClass.CREPITUS, 0, 0.2, 0.1, 0.45)).isTrue(); // 0.25 floor
        assertThat(c.matches(SoundClass.CREPITUS, 0, 0.2, 0.3, 0.3)).isFalse(); // onset 300 ms
    }
}
