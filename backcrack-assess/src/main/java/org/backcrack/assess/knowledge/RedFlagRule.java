package org.backcrack.assess.knowledge;

import java.util.List;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Condition;

/**
 * A clinical red-flag rule: when the condition holds, the triage is at least {@code level}.
 *
 * @param id        stable id, e.g. {@code ces_saddle_anaesthesia}
 * @param title     what the rule is about, e.g. "Possible cauda equina syndrome"
 * @param level     the triage level it sets
 * @param when      the condition over findings
 * @param message   plain words saying what to do and why
 * @param sources   guideline ids it comes from (at least one)
 */
public record RedFlagRule(String id, String title, TriageLevel level, Condition when, String message,
        List<String> sources) {
    public RedFlagRule {
        sources = List.copyOf(sources);
    }
}
