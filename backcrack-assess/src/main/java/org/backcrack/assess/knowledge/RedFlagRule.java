package org.backcrack.assess.knowledge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Condition;
import org.backcrack.assess.condition.Truth;

/**
 * A clinical red-flag rule: when the condition holds, the triage is at least {@code level}.
 *
 * @param id        stable id, e.g. {@code ces_saddle_anaesthesia}
 * @param title     what the rule is about, e.g. "Possible cauda equina syndrome"
 * @param level     the triage level it sets
 * @param when      the condition over findings
 * @param message   plain words saying what to do and why
 * @param sources   guideline ids it comes from (at least one)
 * @param signs     the findings of {@code when} that are warning signs; the others are qualifiers (pain,
 *                  region, age, when it started...). A rule whose answered parts hold and one of whose
 *                  signs is answered yes fires even when a qualifier is unanswered (precautionary
 *                  principle); an unanswered warning sign is never assumed.
 */
public record RedFlagRule(
        String id,
        String title,
        TriageLevel level,
        Condition when,
        String message,
        List<String> sources,
        Set<String> signs) {
    public RedFlagRule {
        sources = List.copyOf(sources);
        signs = Collections.unmodifiableSet(new LinkedHashSet<>(signs));
    }

    /** True when one of this rule's warning signs is answered so that its part of the rule holds. */
    public boolean signAnsweredYes(Answers answers) {
        return when.anyPartHolds(answers, signs);
    }

    /**
     * True when the answers alone leave the rule undecided but it holds on the precautionary principle:
     * every answered part holds, one of its warning signs is yes, and what is unanswered are qualifiers only.
     */
    public boolean holdsPrecautionarily(Answers answers) {
        return when.evaluate(answers) == Truth.UNKNOWN
                && signAnsweredYes(answers)
                && when.evaluateAssuming(answers, signs) == Truth.TRUE;
    }
}
