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
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.answers.Answers;
import org.backcrack.assess.condition.Truth;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.FindingType;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.assess.knowledge.RedFlagRule;

/** Safety properties of the triage that must hold for every set of answers. */
class TriagePropertiesTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final Assessor ASSESSOR = new Assessor(KB);
    /** Yes/no findings that some red-flag rule reads. */
    private static final List<String> RED_FLAG_BOOLEANS = KB.findings().values().stream()
            .filter(f -> f.type() == FindingType.BOOLEAN)
            .filter(f -> KB.rules().stream().anyMatch(r -> r.when().findings().contains(f.id())))
            .map(Finding::id).toList();

    @Provide
    Arbitrary<Answers> answers() {
        List<Arbitrary<Map.Entry<String, Object>>> parts = new ArrayList<>();
        for (Finding f : KB.findings().values()) {
            Arbitrary<Object> value = switch (f.type()) {
                case BOOLEAN -> Arbitraries.of(true, false).map(b -> (Object) b);
                case CHOICE -> Arbitraries.of(f.choiceValues()).map(s -> (Object) s);
                case INTEGER -> Arbitraries.integers().between(f.min().intValue(), f.max().intValue()).map(i -> (Object) i);
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
    void addingARedFlagFinding_neverLowersTheTriage(@ForAll("answers") Answers answers, @ForAll("redFlag") String flag) {
        TriageLevel before = ASSESSOR.triage(answers).level();
        TriageLevel after = ASSESSOR.triage(answers.with(flag, true)).level();
        assertThat(after.compareTo(before)).as("%s: %s -> %s after %s = yes", answers, before, after, flag)
                .isLessThanOrEqualTo(0);
    }

    @Property(tries = 2000)
    void answeringAnUnansweredQuestion_neverLowersTheTriage(@ForAll("answers") Answers full,
            @ForAll("anyFinding") String finding) {
        // Kleene monotonicity: a fired rule stays fired whatever the new answer is.
        Answers partial = full.without(finding);
        assertThat(ASSESSOR.triage(full).level().compareTo(ASSESSOR.triage(partial).level())).isLessThanOrEqualTo(0);
    }

    @Property(tries = 2000)
    void removingAnAnswer_neverTurnsAFiredRedFlagIntoNo(@ForAll("answers") Answers full,
            @ForAll("anyFinding") String finding) {
        Triage before = ASSESSOR.triage(full);
        Answers partial = full.without(finding);
        Triage after = ASSESSOR.triage(partial);
        Set<String> stillFired = after.reasons().stream().map(TriageReason::rule).collect(Collectors.toSet());
        for (TriageReason r : before.reasons()) {
            RedFlagRule rule = KB.rules().stream().filter(x -> x.id().equals(r.rule())).findFirst().orElseThrow();
            assertThat(rule.when().evaluate(partial)).as(r.rule()).isNotEqualTo(Truth.FALSE);
            if (!stillFired.contains(r.rule())) {
                // It became undecided: the question removed is reported as not assessed, unless an earlier
                // answer makes it not apply (the questionnaire would not even ask it).
                var askIf = KB.findings().get(finding).askIf();
                boolean notApplicable = askIf != null && askIf.evaluate(partial) == Truth.FALSE;
                if (!notApplicable) {
                    assertThat(after.notAssessed()).as("rule %s lost %s", r.rule(), finding).contains(finding);
                }
            }
        }
    }

    @Property(tries = 1000)
    void noRuleFired_meansSelfCare_andSelfCareMeansNoRuleFired(@ForAll("answers") Answers answers) {
        Triage t = ASSESSOR.triage(answers);
        assertThat(t.reasons().isEmpty()).isEqualTo(t.level() == TriageLevel.SELF_CARE);
        assertThat(t.notAssessed()).allSatisfy(k -> assertThat(answers.isAnswered(k)).isFalse());
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
        assertThat(ASSESSOR.mechanisms(answers)).allSatisfy(m ->
                assertThat(m.probability()).isStrictlyBetween(0.0, 1.0));
    }
}
