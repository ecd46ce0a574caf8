package org.backcrack.assess.engine;

import java.util.List;
import org.backcrack.assess.TriageLevel;

/**
 * A red-flag rule that fired.
 *
 * @param rule      rule id
 * @param title     what it is about
 * @param level     the level it sets
 * @param message   what to do and why, in plain words
 * @param condition the rule's condition, in words
 * @param sources   citations of the guidelines it comes from
 */
public record TriageReason(String rule, String title, TriageLevel level, String message, String condition,
        List<String> sources) {
    public TriageReason {
        sources = List.copyOf(sources);
    }
}
