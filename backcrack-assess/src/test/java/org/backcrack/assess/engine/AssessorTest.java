package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.knowledge.AdviceCategory;
import org.backcrack.assess.knowledge.Evidence;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.Mechanism;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private final KnowledgeBase kb = KnowledgeLoader.builtIn();
    private final Assessor assessor = new Assessor(kb);

    private double ratio(String evidenceId, Mechanism m) {
        Evidence e = kb.evidence().stream()
                .filter(x -> x.id().equals(evidenceId))
                .findFirst()
                .orElseThrow();
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
        var ruleFindings = kb.rules().stream()
                .flatMap(r -> r.when().findings().stream())
                .distinct()
                .toList();
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
                .filter(m -> m.mechanism() == Mechanism.CAVITATION)
                .findFirst()
                .orElseThrow();
        double expectedOdds = odds(kb.mechanism(Mechanism.CAVITATION).prior())
                * ratio("sound_single_pop", Mechanism.CAVITATION)
                * ratio("repeat_now_no", Mechanism.CAVITATION);
        assertThat(cav.probability()).isCloseTo(expectedOdds / (1 + expectedOdds), within(1e-12));
        assertThat(cav.evidence())
                .extracting(Contribution::finding, Contribution::value, Contribution::weight)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "sound", "single_pop", ratio("sound_single_pop", Mechanism.CAVITATION)),
                        org.assertj.core.groups.Tuple.tuple(
                                "can_repeat_immediately", false, ratio("repeat_now_no", Mechanism.CAVITATION)));
        MechanismResult wear = assessor.mechanisms(answers).stream()
                .filter(m -> m.mechanism() == Mechanism.DEGENERATIVE_CREPITUS)
                .findFirst()
                .orElseThrow();
        assertThat(wear.evidence())
                .extracting(Contribution::evidence)
                .containsExactlyInAnyOrder("sound_single_pop", "age_under_40");
        assertThat(wear.evidence().get(0).weight())
                .as("strongest effect first")
                .isEqualTo(ratio("age_under_40", Mechanism.DEGENERATIVE_CREPITUS));
    }

    @Test
    void mechanisms_areSortedMostLikelyFirst() {
        Answers answers = Answers.of(
                Map.of("sound", "grinding", "age", 72, "known_osteoarthritis", true, "repeats_every_movement", true));
        var ms = assessor.mechanisms(answers);
        assertThat(ms.get(0).mechanism()).isEqualTo(Mechanism.DEGENERATIVE_CREPITUS);
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i - 1).probability())
                    .isGreaterThanOrEqualTo(ms.get(i).probability());
        }
    }

    @Test
    void triage_isTheMostUrgentFiredRule_withReasonsMostUrgentFirst() {
        Answers answers =
                Answers.of(Map.of("pain", "persistent", "pain_weeks", 8, "saddle_numbness", true, "numbness", true));
        Triage t = assessor.triage(answers);
        assertThat(t.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(t.reasons())
                .extracting(TriageReason::rule)
                .containsExactly("ces_saddle_anaesthesia", "neurological_symptoms", "persistent_pain");
        assertThat(t.reasons().get(0).sources()).allSatisfy(s -> assertThat(s).contains("20"));
        assertThat(t.title()).isEqualTo(kb.triageLevel(TriageLevel.EMERGENCY).title());
    }

    @Test
    void triage_unansweredRedFlag_isNotAssessed_neverNo() {
        Answers answers = Answers.of(
                Map.of("pain", "with_crack", "region", "lower_back", "pain_score", 2, "pain_trend", "better"));
        Triage t = assessor.triage(answers);
        assertThat(t.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(t.notAssessed())
                .contains(
                        "saddle_numbness",
                        "bladder_or_bowel_change",
                        "fever_or_unwell",
                        "cancer_history",
                        "dizziness_or_visual_disturbance")
                .doesNotContain("pain", "region");
    }

    @Test
    void triage_questionSkippedByAnEarlierNo_isNotApplicable_notNotAssessed() {
        Answers noWeakness = Answers.of(Map.of("weakness", false, "region", "lower_back"));
        assertThat(assessor.triage(noWeakness).notAssessed()).doesNotContain("progressive_weakness");
        // With the gate unanswered the follow-up still counts as not assessed.
        assertThat(assessor.triage(Answers.empty()).notAssessed()).contains("progressive_weakness");
    }

    // --- Issue 12, class 1: an unanswered qualifier never switches off an answered warning sign ---

    @Test
    void aWarningSignWithItsQualifierUnanswered_firesOnThePrecautionaryPrinciple_andSaysWhatWouldChangeIt() {
        // Bladder trouble answered yes, 'does it hurt?' and 'does pain spread into a leg?' skipped: this was
        // self-care ("nothing you told us points to a problem") before.
        Triage t = assessor.triage(Answers.of(Map.of("bladder_or_bowel_change", true)));
        assertThat(t.level()).isEqualTo(TriageLevel.EMERGENCY);
        TriageReason r = t.reasons().get(0);
        assertThat(r.rule()).isEqualTo("ces_bladder_bowel");
        assertThat(r.precautionary()).isTrue();
        assertThat(r.assumed()).containsExactly("pain", "radiating_pain");
        assertThat(r.wouldChange()).singleElement().satisfies(alt -> {
            assertThat(alt.answers()).containsEntry("pain", "none").containsEntry("radiating_pain", "none");
            assertThat(alt.level()).isEqualTo(TriageLevel.SOON);
            assertThat(alt.text()).contains("\"Does it hurt?\" answered \"No pain\"");
        });
        // The answers it names do change it.
        assertThat(assessor.triage(Answers.of(
                                Map.of("bladder_or_bowel_change", true, "pain", "none", "radiating_pain", "none")))
                        .level())
                .isEqualTo(TriageLevel.SOON);
    }

    @Test
    void feverWithInjectedDrugs_painUnanswered_isAnEmergency_andCancerWithNightPainUnansweredPainIsUrgent() {
        assertThat(assessor.triage(
                                Answers.of(Map.of("fever_or_unwell", true, "iv_drug_use_or_immunosuppression", true)))
                        .level())
                .isEqualTo(TriageLevel.EMERGENCY);
        Triage cancer = assessor.triage(Answers.of(
                Map.of("cancer_history", true, "night_pain", true, "unexplained_weight_loss", true, "age", 64)));
        assertThat(cancer.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(cancer.reasons())
                .extracting(TriageReason::rule)
                .contains("suspected_malignancy_history", "suspected_malignancy_weight_loss_age");
    }

    @Test
    void anUnansweredSecondWarningSign_isNotAssumed_butAskedAndListedAsNotAssessed() {
        // Cancer history yes, nerve questions skipped: the cord-compression emergency needs a nerve sign, which is
        // a warning sign in its own right, not a qualifier; it is not assumed.
        Triage t = assessor.triage(Answers.of(Map.of("cancer_history", true, "pain", "none")));
        assertThat(t.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(t.notAssessed()).contains("weakness", "numbness", "clumsy_hands_or_unsteady_walking");
    }

    @Test
    void answeringNothing_isSelfCare_withEveryWarningQuestionNotAssessed() {
        Triage t = assessor.triage(Answers.empty());
        assertThat(t.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(t.reasons()).isEmpty();
        assertThat(t.notAssessed())
                .contains("saddle_numbness", "bladder_or_bowel_change", "dizziness_or_visual_disturbance");
    }

    // --- Class 2: region does not switch off a neck-artery sign ---

    @Test
    void neckArterySigns_countWhateverRegionWasChosen() {
        for (String region : List.of("neck", "upper_back", "lower_back")) {
            assertThat(assessor.triage(Answers.of(Map.of("region", region, "dizziness_or_visual_disturbance", true)))
                            .level())
                    .as(region)
                    .isEqualTo(TriageLevel.EMERGENCY);
        }
    }

    // --- Class 3: combinations escalate ---

    @Test
    void combinations_escalateAsTheGuidelinesSay() {
        assertThat(rules(Map.of("cancer_history", true, "weakness", true))).contains("mscc_cancer_neurological");
        assertThat(rules(Map.of("significant_trauma", true, "symptoms_started", "days", "tingling", true)))
                .contains("trauma_neurological");
        assertThat(rules(Map.of("iv_drug_use_or_immunosuppression", true, "numbness", true, "pain", "persistent")))
                .contains("infection_neurological");
        assertThat(rules(Map.of(
                        "radiating_pain", "both_legs", "symptoms_started", "years", "bladder_or_bowel_change", true)))
                .contains("ces_bilateral_with_sphincter_or_saddle");
        assertThat(rules(Map.of("dizziness_or_visual_disturbance", true, "weakness", true)))
                .contains("cervical_arterial_neurological");
        // Each alone is less: weakness alone is a check-up, cancer history without pain or nerve signs is self-care.
        assertThat(assessor.triage(Answers.of(Map.of("weakness", true, "progressive_weakness", false)))
                        .level())
                .isEqualTo(TriageLevel.SOON);
    }

    // --- Class 4: time qualifies bilateral leg pain and major trauma ---

    @Test
    void bilateralLegPain_andMajorTrauma_areRedFlagsWhenNew_notWhenStableForYears() {
        assertThat(level(Map.of("radiating_pain", "both_legs", "symptoms_started", "days")))
                .isEqualTo(TriageLevel.EMERGENCY);
        assertThat(level(Map.of("radiating_pain", "both_legs", "symptoms_started", "years")))
                .isEqualTo(TriageLevel.SOON);
        assertThat(level(Map.of("significant_trauma", true, "pain", "persistent", "symptoms_started", "days")))
                .isEqualTo(TriageLevel.EMERGENCY);
        assertThat(level(Map.of(
                        "significant_trauma",
                        true,
                        "pain",
                        "with_crack",
                        "pain_score",
                        2,
                        "pain_trend",
                        "better",
                        "symptoms_started",
                        "years")))
                .isEqualTo(TriageLevel.SELF_CARE);
    }

    // --- Class 5: mild, short-lived pain stays self-care ---

    @Test
    void mildShortLivedPain_staysSelfCare_andPersistentMeansPersistent() {
        assertThat(level(Map.of("pain", "with_crack", "pain_score", 2, "pain_trend", "same", "pain_weeks", 1)))
                .isEqualTo(TriageLevel.SELF_CARE);
        assertThat(level(Map.of("pain", "persistent", "pain_score", 4, "pain_trend", "better", "pain_weeks", 1)))
                .as("gym soreness, improving")
                .isEqualTo(TriageLevel.SELF_CARE);
        assertThat(level(Map.of("pain", "persistent", "pain_score", 3, "pain_trend", "same", "pain_weeks", 0)))
                .as("stiff neck since this morning")
                .isEqualTo(TriageLevel.SELF_CARE);
        assertThat(level(Map.of("pain", "persistent", "pain_score", 3, "pain_trend", "same", "pain_weeks", 3)))
                .as("not settling after two weeks")
                .isEqualTo(TriageLevel.SOON);
        assertThat(level(Map.of("pain", "with_crack", "pain_score", 6)))
                .as("more than mild")
                .isEqualTo(TriageLevel.SOON);
    }

    private TriageLevel level(Map<String, Object> answers) {
        return assessor.triage(Answers.of(answers)).level();
    }

    private List<String> rules(Map<String, Object> answers) {
        return assessor.triage(Answers.of(answers)).reasons().stream()
                .map(TriageReason::rule)
                .toList();
    }

    @Test
    void triage_answeredNo_isNotListedAsNotAssessed() {
        Answers answers = Answers.of(Map.of("saddle_numbness", false));
        assertThat(assessor.triage(answers).notAssessed()).doesNotContain("saddle_numbness");
    }

    @Test
    void advice_followsTriageLevel_actNowFirst() {
        Assessment emergency =
                assessor.assess(Answers.of(Map.of("bladder_or_bowel_change", true, "pain", "persistent")));
        assertThat(emergency.advice().get(0).id()).isEqualTo("act_emergency");
        assertThat(emergency.advice())
                .extracting(AdviceItem::category)
                .doesNotContain(
                        AdviceCategory.STRETCHING,
                        AdviceCategory.EXERCISE,
                        AdviceCategory.ERGONOMICS,
                        AdviceCategory.REASSURANCE);
        Assessment benign = assessor.assess(
                Answers.of(Map.of("pain", "none", "sound", "single_pop", "can_repeat_immediately", false)));
        assertThat(benign.advice())
                .extracting(AdviceItem::id)
                .contains("safety_net", "reassure_common", "cavitation_explained", "exercise_regular")
                .doesNotContain("act_emergency", "act_urgent", "act_soon", "tell_clinician");
        assertThat(benign.advice().get(0).category()).isEqualTo(AdviceCategory.WHEN_TO_SEEK_CARE);
    }

    @Test
    void assess_isDeterministic() {
        Answers answers = Answers.of(Map.of("pain", "with_crack", "sound", "snap", "tight_muscles", true));
        assertThat(assessor.assess(answers)).isEqualTo(assessor.assess(answers));
    }
}
