package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.answers.Answers;
import org.backcrack.assess.knowledge.Evidence;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.Mechanism;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private final KnowledgeBase kb = KnowledgeLoader.builtIn();
    private final Assessor assessor = new Assessor(kb);

    private double ratio(String evidenceId, Mechanism m) {
        Evidence e = kb.evidence().stream().filter(x -> x.id().equals(evidenceId)).findFirst().orElseThrow();
        return e.ratios().get(m);
    }

    private static double odds(double p) {
        return p / (1 - p);
    }

    @Test
    void assess_noAnswers_isSelfCare_withPriors_andEveryRedFlagNotAssessed() {
        Assessment a = assessor.assess(Answers.empty());
        assertThat(a.triage().level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(a.triage().reasons()).isEmpty();
        // Every finding some rule reads is not assessed, none is read as "no".
        var ruleFindings = kb.rules().stream().flatMap(r -> r.when().findings().stream()).distinct().toList();
        assertThat(a.triage().notAssessed()).containsExactlyInAnyOrderElementsOf(ruleFindings);
        assertThat(a.mechanisms()).allSatisfy(m -> {
            assertThat(m.probability()).isCloseTo(m.prior(), within(1e-12));
            assertThat(m.evidence()).isEmpty();
        });
        assertThat(a.mechanisms().get(0).mechanism()).isEqualTo(Mechanism.CAVITATION);
    }

    @Test
    void mechanisms_multiplyPriorOddsByEveryRatio_andReportEachContribution() {
        Answers answers = Answers.of(Map.of("sound", "single_pop", "can_repeat_immediately", false, "age", 30));
        MechanismResult cav = assessor.mechanisms(answers).stream()
                .filter(m -> m.mechanism() == Mechanism.CAVITATION).findFirst().orElseThrow();
        double expectedOdds = odds(kb.mechanism(Mechanism.CAVITATION).prior())
                * ratio("sound_single_pop", Mechanism.CAVITATION) * ratio("repeat_now_no", Mechanism.CAVITATION);
        assertThat(cav.probability()).isCloseTo(expectedOdds / (1 + expectedOdds), within(1e-12));
        assertThat(cav.evidence()).extracting(Contribution::finding, Contribution::value, Contribution::weight)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("sound", "single_pop", ratio("sound_single_pop", Mechanism.CAVITATION)),
                        org.assertj.core.groups.Tuple.tuple("can_repeat_immediately", false, ratio("repeat_now_no", Mechanism.CAVITATION)));
        MechanismResult wear = assessor.mechanisms(answers).stream()
                .filter(m -> m.mechanism() == Mechanism.DEGENERATIVE_CREPITUS).findFirst().orElseThrow();
        assertThat(wear.evidence()).extracting(Contribution::evidence).containsExactlyInAnyOrder("sound_single_pop", "age_under_40");
        assertThat(wear.evidence().get(0).weight()).as("strongest effect first")
                .isEqualTo(ratio("age_under_40", Mechanism.DEGENERATIVE_CREPITUS));
    }

    @Test
    void mechanisms_areSortedMostLikelyFirst() {
        Answers answers = Answers.of(Map.of("sound", "grinding", "age", 72, "known_osteoarthritis", true,
                "repeats_every_movement", true));
        var ms = assessor.mechanisms(answers);
        assertThat(ms.get(0).mechanism()).isEqualTo(Mechanism.DEGENERATIVE_CREPITUS);
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i - 1).probability()).isGreaterThanOrEqualTo(ms.get(i).probability());
        }
    }

    @Test
    void triage_isTheMostUrgentFiredRule_withReasonsMostUrgentFirst() {
        Answers answers = Answers.of(Map.of("pain", "persistent", "saddle_numbness", true, "numbness", true));
        Triage t = assessor.triage(answers);
        assertThat(t.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(t.reasons()).extracting(TriageReason::rule)
                .containsExactly("ces_saddle_anaesthesia", "neurological_symptoms", "persistent_pain");
        assertThat(t.reasons().get(0).sources()).allSatisfy(s -> assertThat(s).contains("20"));
        assertThat(t.title()).isEqualTo(kb.triageLevel(TriageLevel.EMERGENCY).title());
    }

    @Test
    void triage_unansweredRedFlag_isNotAssessed_neverNo() {
        Answers answers = Answers.of(Map.of("pain", "with_crack", "region", "lower_back", "pain_score", 2,
                "pain_trend", "better"));
        Triage t = assessor.triage(answers);
        assertThat(t.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(t.notAssessed()).contains("saddle_numbness", "bladder_or_bowel_change", "fever_or_unwell",
                "cancer_history", "dizziness_or_visual_disturbance").doesNotContain("pain", "region");
    }

    @Test
    void triage_questionSkippedByAnEarlierNo_isNotApplicable_notNotAssessed() {
        Answers noWeakness = Answers.of(Map.of("weakness", false, "region", "lower_back"));
        assertThat(assessor.triage(noWeakness).notAssessed()).doesNotContain("progressive_weakness");
        // With the gate unanswered the follow-up still counts as not assessed.
        assertThat(assessor.triage(Answers.empty()).notAssessed()).contains("progressive_weakness");
    }

    @Test
    void triage_answeredNo_isNotListedAsNotAssessed() {
        Answers answers = Answers.of(Map.of("saddle_numbness", false));
        assertThat(assessor.triage(answers).notAssessed()).doesNotContain("saddle_numbness");
    }

    @Test
    void advice_followsTriageLevel_actNowFirst() {
        Assessment emergency = assessor.assess(Answers.of(Map.of("bladder_or_bowel_change", true, "pain", "persistent")));
        assertThat(emergency.advice().get(0).id()).isEqualTo("act_emergency");
        assertThat(emergency.advice()).extracting(AdviceItem::category)
                .doesNotContain("stretching", "exercise", "ergonomics", "reassurance");
        Assessment benign = assessor.assess(Answers.of(Map.of("pain", "none", "sound", "single_pop",
                "can_repeat_immediately", false)));
        assertThat(benign.advice()).extracting(AdviceItem::id)
                .contains("safety_net", "reassure_common", "cavitation_explained", "exercise_regular")
                .doesNotContain("act_emergency", "act_urgent", "act_soon", "tell_clinician");
        assertThat(benign.advice().get(0).category()).isEqualTo("when_to_seek_care");
    }

    @Test
    void assess_isDeterministic() {
        Answers answers = Answers.of(Map.of("pain", "with_crack", "sound", "snap", "tight_muscles", true));
        assertThat(assessor.assess(answers)).isEqualTo(assessor.assess(answers));
    }
}
