package org.backcrack.acoustics.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @Test
    void of_aLongAlternatingPath_isFoundWithoutOverflowingTheStack() {
        // Estimates every 50 ms; reference i between estimates i and i + 1 (25 ms from each), taking estimate i;
        // a last reference 20 ms before estimate 0 and matching only it frees it by shifting every reference
        // one estimate on: an augmenting path through all of them (the recursive search overflowed here).
        int n = 50_000;
        List<SoundEvent> est = new java.util.ArrayList<>();
        List<SoundEvent> ref = new java.util.ArrayList<>();
        for (int i = 0; i <= n; i++) {
            est.add(e(1 + 0.05 * i, 1 + 0.05 * i + 0.002, SoundClass.CAVITATION));
        }
        for (int i = 0; i < n; i++) {
            ref.add(e(1 + 0.05 * i + 0.025, 1 + 0.05 * i + 0.027, SoundClass.CAVITATION));
        }
        ref.add(e(0.98, 0.982, SoundClass.CAVITATION));
        EventEvaluation ev = EventEvaluation.of(ref, est, Collars.standard());
        assertThat(ev.scores(SoundClass.CAVITATION)).isEqualTo(new Scores(n + 1, 0, 0));
    }

    @Test
    void of_labelsPiledUpAtOneTime_areBadInput_notUnboundedWork() {
        // 1,500 labels at one moment on each side: 2.25 million candidate pairs, over MAX_PAIRS.
        List<SoundEvent> many = java.util.Collections.nCopies(1500, e(1.0, 1.1, SoundClass.CAVITATION));
        assertThatThrownBy(() -> EventEvaluation.of(many, many, Collars.standard()))
                .isInstanceOf(org.backcrack.core.InputException.class)
                .hasMessageContaining("pairs")
                .extracting(x -> ((org.backcrack.core.InputException) x).key())
                .isEqualTo("labels.too_dense");
        // 1,400 on each side: under the pair limit, but the search would take billions of steps.
        List<SoundEvent> fewer = many.subList(0, 1400);
        assertThatThrownBy(() -> EventEvaluation.of(fewer, fewer, Collars.standard()))
                .isInstanceOf(org.backcrack.core.InputException.class)
                .hasMessageContaining("steps");
        // 300 on each side: scored (every one matched).
        List<SoundEvent> some = many.subList(0, 300);
        assertThat(EventEvaluation.of(some, some, Collars.standard()).scores(SoundClass.CAVITATION))
                .isEqualTo(new Scores(300, 0, 0));
    }
}
