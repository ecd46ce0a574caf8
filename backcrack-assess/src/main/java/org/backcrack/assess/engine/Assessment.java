package org.backcrack.assess.engine;

import java.util.List;
import org.backcrack.assess.Answers;

/**
 * The result of an assessment: triage first, then likely mechanisms with their reasons, then advice.
 *
 * @param knowledgeVersion the knowledge base version it was made with
 * @param answers          the answers it was made from
 * @param triage           how soon to seek care and why
 * @param mechanisms       every mechanism, most likely first
 * @param advice           advice for this person, the most pressing first
 * @param disclaimer       the note that this is information, not a diagnosis
 */
public record Assessment(
        String knowledgeVersion,
        Answers answers,
        Triage triage,
        List<MechanismResult> mechanisms,
        List<AdviceItem> advice,
        String disclaimer) {
    public Assessment {
        mechanisms = List.copyOf(mechanisms);
        advice = List.copyOf(advice);
    }
}
