package org.backcrack.assess.engine;

import java.util.List;
import org.backcrack.assess.TriageLevel;

/**
 * How soon to seek care, and why.
 *
 * @param level       the most urgent level among fired rules ({@code self_care} when none fired)
 * @param title       short heading for the level
 * @param action      what to do now
 * @param reasons     the fired rules, most urgent first
 * @param notAssessed red-flag questions left unanswered whose answer could fire a rule: not assessed,
 *                    never read as "no"
 */
public record Triage(
        TriageLevel level, String title, String action, List<TriageReason> reasons, List<String> notAssessed) {
    public Triage {
        reasons = List.copyOf(reasons);
        notAssessed = List.copyOf(notAssessed);
    }
}
