package org.backcrack.assess.engine;

import java.util.List;
import org.backcrack.assess.TriageLevel;

/**
 * A red-flag rule that fired.
 *
 * @param rule       rule id
 * @param title      what it is about
 * @param level      the level it sets
 * @param message    what to do and why, in plain words
 * @param condition  the rule's condition, in words
 * @param sources    citations of the guidelines it comes from
 * @param assumed    qualifying questions left unanswered that were taken as holding because a warning sign
 *                   of the rule was answered yes (precautionary principle); empty when the answers alone make
 *                   the rule hold
 * @param wouldChange answers to the assumed questions that would switch this rule off, with the level they
 *                   would give (empty when the rule holds on the answers alone, or when no answer to them
 *                   would change the level)
 */
public record TriageReason(
        String rule,
        String title,
        TriageLevel level,
        String message,
        String condition,
        List<String> sources,
        List<String> assumed,
        List<Alternative> wouldChange) {
    public TriageReason {
        sources = List.copyOf(sources);
        assumed = List.copyOf(assumed);
        wouldChange = List.copyOf(wouldChange);
    }

    /** True when the rule fired because an unanswered qualifier was taken as holding. */
    public boolean precautionary() {
        return !assumed.isEmpty();
    }
}
