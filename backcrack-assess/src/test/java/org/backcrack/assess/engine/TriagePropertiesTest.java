package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Condition;
import org.backcrack.assess.condition.Truth;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.FindingType;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.assess.knowledge.RedFlagRule;

/** Safety properties of the triage that must hold for every set of answers. */
class TriagePropertiesTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final String RED_FLAGS = "red_flags";
    private static final Assessor ASSESSOR = new Assessor(KB);
    /** Yes/no findings that some red-flag rule reads. */
    private static final List<String> RED_FLAG_BOOLEANS = KB.findings().values().stream()
            .filter(f -> f.type() == FindingType.BOOLEAN)
            .filter(f -> KB.rules().stream().anyMatch(r -> r.when().findings().contains(f.id())))
            .map(Finding::id)
            .toList();

    @Provide
    Arbitrary<Answers> answers() {
        List<Arbitrary<Map.Entry<String, Object>>> parts = new ArrayList<>();
        for (Finding f : KB.findings().values()) {
            Arbitrary<Object> value = switch (f.type()) {
                case BOOLEAN -> Arbitraries.of(true, false).map(b -> (Object) b);
                case CHOICE -> Arbitraries.of(f.choiceValues()).map(s -> (Object) s);
                case INTEGER ->
                    Arbitraries.integers()
                            .between(f.min().intValue(), f.max().intValue())
                            .map(i -> (Object) i);
                case NUMBER -> Arbitraries.doubles().between(f.min(), f.max()).map(d -> (Object) d);
            };
            // Each finding is answered about two times in three, so unanswered questions are common too.
            parts.add(Combinators.combine(Arbitraries.integers().between(0, 2), value)
                    .as((k, v) -> k == 0 ? null : Map.entry(f.id(), v)));
        }
        return Combinators.combine(parts).as(entries -> {
            Map<String, Object> m = new LinkedHashMap<>();
            entries.stream().filter(e -> e != null).forEach(e -> m.put(e.getKey(), e.getValue()));
            return Answers.of(m);
        });
    }

    @Provide
    Arbitrary<String> redFlag() {
        return Arbitraries.of(RED_FLAG_BOOLEANS);
    }

    @Provide
    Arbitrary<String> anyFinding() {
        return Arbitraries.of(List.copyOf(KB.findings().keySet()));
    }

    @Property(tries = 2000)
    void addingARedFlagFinding_neverLowersTheTriage(
            @ForAll("answers") Answers answers, @ForAll("redFlag") String flag) {
        TriageLevel before = ASSESSOR.triage(answers).level();
        TriageLevel after = ASSESSOR.triage(answers.with(flag, true)).level();
        assertThat(after.compareTo(before))
                .as("%s: %s -> %s after %s = yes", answers, before, after, flag)
                .isLessThanOrEqualTo(0);
    }

    @Property(tries = 2000)
    void answeringAnUnansweredQuestion_lowersTheTriageOnlyWhenItWasAssumed(
            @ForAll("answers") Answers full, @ForAll("anyFinding") String finding) {
        // Kleene monotonicity: a rule that holds on the answers stays fired whatever the new answer is. Only an
        // answer to a qualifier that a precautionary rule had taken as holding may lower the level.
        Answers partial = full.without(finding);
        Triage before = ASSESSOR.triage(partial);
        boolean assumed = before.reasons().stream().anyMatch(r -> r.assumed().contains(finding));
        if (!assumed) {
            assertThat(ASSESSOR.triage(full).level().compareTo(before.level()))
                    .as("%s: answering %s", partial, finding)
                    .isLessThanOrEqualTo(0);
        }
    }

    /**
     * (b) For every rule: when one of its warning signs is answered yes and some answers to its unanswered
     * qualifiers would make it hold (its answered parts hold), the level is at least the rule's level, whatever is
     * left unanswered. Checked by trying answers to the qualifiers, not by the engine's own reading.
     */
    @Property(tries = 3000)
    void aWarningSignAnsweredYes_isNeverSwitchedOffByAnUnansweredQualifier(
            @ForAll("answers") Answers answers, @ForAll("rule") RedFlagRule rule) {
        Answers a = withASignOf(rule, answers);
        if (a == null) {
            return;
        }
        List<String> open = rule.when().findings().stream()
                .filter(f -> !a.isAnswered(f) && !rule.signs().contains(f))
                .toList();
        if (!someCompletionHolds(rule, a, open, 0)) {
            return;
        }
        Triage t = ASSESSOR.triage(a);
        assertThat(t.level().compareTo(rule.level()))
                .as(
                        "%s with %s (fired %s)",
                        rule.id(),
                        a,
                        t.reasons().stream().map(TriageReason::rule).toList())
                .isLessThanOrEqualTo(0);
    }

    /** The answers with one of the rule's warning signs answered so that its part holds; null if none can. */
    private static Answers withASignOf(RedFlagRule rule, Answers answers) {
        for (Condition leaf : rule.when().leaves()) {
            String f = leaf.findings().iterator().next();
            if (!rule.signs().contains(f)) {
                continue;
            }
            for (Object v : candidates(KB.findings().get(f), rule)) {
                Answers a = answers.with(f, v);
                if (leaf.evaluate(a) == Truth.TRUE) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean someCompletionHolds(RedFlagRule rule, Answers a, List<String> open, int i) {
        if (i == open.size()) {
            return rule.when().evaluate(a) == Truth.TRUE;
        }
        for (Object v : candidates(KB.findings().get(open.get(i)), rule)) {
            if (someCompletionHolds(rule, a.with(open.get(i), v), open, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Answers worth trying for a finding: every choice, yes and no, the rule's thresholds and the range's ends. */
    private static List<Object> candidates(Finding f, RedFlagRule rule) {
        return Candidates.of(f, rule.when());
    }

    /**
     * (c) With no warning sign answered yes (no red-flag question answered yes, no pain spreading into a limb),
     * the level is never above soon: answering nothing, or only qualifiers, never gives urgent or emergency.
     */
    @Property(tries = 3000)
    void withNoWarningSignAnsweredYes_theLevelIsNeverAboveSoon(@ForAll("answers") Answers answers) {
        Answers a = answers;
        for (Finding f : KB.findings().values()) {
            if (RED_FLAGS.equals(f.section()) && !isNo(f, a.get(f.id()))) {
                a = a.without(f.id());
            }
        }
        assertThat(ASSESSOR.triage(a).level().compareTo(TriageLevel.SOON))
                .as(a.toString())
                .isGreaterThanOrEqualTo(0);
    }

    private static boolean isNo(Finding f, Object value) {
        return Boolean.FALSE.equals(value) || "none".equals(value);
    }

    /** (d) The answers a precautionary reason names as changing the level do change it, to the level it names. */
    @Property(tries = 2000)
    void theAnswerNamedAsWouldChangeIt_changesIt(@ForAll("answers") Answers answers) {
        Triage t = ASSESSOR.triage(answers);
        for (TriageReason r : t.reasons()) {
            assertThat(r.assumed())
                    .allSatisfy(f -> assertThat(answers.isAnswered(f)).isFalse());
            for (Alternative alt : r.wouldChange()) {
                Answers changed = answers;
                for (var e : alt.answers().entrySet()) {
                    assertThat(r.assumed()).contains(e.getKey());
                    changed = changed.with(e.getKey(), e.getValue());
                }
                Triage after = ASSESSOR.triage(changed);
                assertThat(after.level())
                        .as("%s: %s", r.rule(), alt.text())
                        .isEqualTo(alt.level())
                        .isNotEqualTo(t.level());
                assertThat(after.reasons()).extracting(TriageReason::rule).doesNotContain(r.rule());
            }
        }
    }

    /** Over-triage guard: a moment of mild pain with the crack, settling, with every red flag answered no, is self-care. */
    @Property(tries = 1000)
    void mildBriefPainWithTheCrack_withEveryRedFlagAnsweredNo_staysSelfCare(
            @ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 0, max = 3) int score,
            @ForAll @IntRange(min = 0, max = 5) int weeks,
            @ForAll("settling") String trend) {
        Answers mild = answers.with("pain", "with_crack")
                .with("pain_score", score)
                .with("pain_weeks", weeks)
                .with("pain_trend", trend)
                .with("radiating_pain", "none");
        for (String f : RED_FLAG_BOOLEANS) {
            mild = mild.with(f, false);
        }
        if (!(mild.get("age") instanceof Double age) || age < 16) {
            mild = mild.with("age", 30);
        }
        mild = mild.without("morning_stiffness_minutes");
        assertThat(ASSESSOR.triage(mild).level()).as(mild.toString()).isEqualTo(TriageLevel.SELF_CARE);
    }

    @Provide
    Arbitrary<String> settling() {
        return Arbitraries.of("better", "same");
    }

    @Provide
    Arbitrary<RedFlagRule> rule() {
        return Arbitraries.of(KB.rules());
    }

    @Property(tries = 2000)
    void removingAnAnswer_neverTurnsAFiredRedFlagIntoNo(
            @ForAll("answers") Answers full, @ForAll("anyFinding") String finding) {
        Triage before = ASSESSOR.triage(full);
        Answers partial = full.without(finding);
        Triage after = ASSESSOR.triage(partial);
        Set<String> stillFired =
                after.reasons().stream().map(TriageReason::rule).collect(Collectors.toSet());
        for (TriageReason r : before.reasons()) {
            RedFlagRule rule = KB.rules().stream()
                    .filter(x -> x.id().equals(r.rule()))
                    .findFirst()
                    .orElseThrow();
            assertThat(rule.when().evaluate(partial)).as(r.rule()).isNotEqualTo(Truth.FALSE);
            if (!stillFired.contains(r.rule())) {
                // It became undecided: the question removed is reported as not assessed, unless an earlier
                // answer makes it not apply (the questionnaire would not even ask it).
                var askIf = KB.findings().get(finding).askIf();
                boolean notApplicable = askIf != null && askIf.evaluate(partial) == Truth.FALSE;
                if (!notApplicable) {
                    assertThat(after.notAssessed())
                            .as("rule %s lost %s", r.rule(), finding)
                            .contains(finding);
                }
            }
        }
    }

    @Property(tries = 1000)
    void noRuleFired_meansSelfCare_andSelfCareMeansNoRuleFired(@ForAll("answers") Answers answers) {
        Triage t = ASSESSOR.triage(answers);
        assertThat(t.reasons().isEmpty()).isEqualTo(t.level() == TriageLevel.SELF_CARE);
        assertThat(t.notAssessed())
                .allSatisfy(k -> assertThat(answers.isAnswered(k)).isFalse());
    }

    @Property(tries = 1000)
    void painlessCracking_withEveryRedFlagAnsweredNo_staysSelfCare(@ForAll("answers") Answers answers) {
        Answers benign = answers.with("pain", "none").with("radiating_pain", "none");
        for (String f : RED_FLAG_BOOLEANS) {
            benign = benign.with(f, false);
        }
        if (benign.get("age") instanceof Double age && age < 16) {
            benign = benign.with("age", 30);
        }
        assertThat(ASSESSOR.triage(benign).level()).as(benign.toString()).isEqualTo(TriageLevel.SELF_CARE);
    }

    @Property(tries = 500)
    void probabilities_areProbabilities(@ForAll("answers") Answers answers) {
        assertThat(ASSESSOR.mechanisms(answers))
                .allSatisfy(m -> assertThat(m.probability()).isStrictlyBetween(0.0, 1.0));
    }
}
