package org.backcrack.assess.engine;

import java.util.Map;
import org.backcrack.assess.TriageLevel;

/**
 * What an answer to a question taken as holding would change: with {@code answers} added to those given, the
 * triage would be {@code level}. Reported beside a rule that fired on the precautionary principle, so the
 * person can answer it rather than be guessed about.
 *
 * @param answers the answers (finding id to value) that would switch the rule off
 * @param text    those answers in words, e.g. {@code "Does it hurt?" answered "No pain"}
 * @param level   the triage level those answers would give
 * @param title   the heading of that level
 */
public record Alternative(Map<String, Object> answers, String text, TriageLevel level, String title) {
    public Alternative {
        answers = Map.copyOf(answers);
    }
}
