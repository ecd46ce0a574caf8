package org.backcrack.assess.knowledge;

import java.util.List;
import org.backcrack.assess.TriageLevel;
import org.backcrack.core.Mechanism;

/**
 * A piece of advice and when it applies: for a triage level, for a likely mechanism, or both (either
 * list may be empty, meaning "any").
 *
 * @param id                stable id
 * @param category          what kind of advice it is
 * @param text              the advice in plain words
 * @param levels            triage levels it applies to (empty: any)
 * @param mechanisms        mechanisms it applies to when likely (empty: any)
 * @param articleParagraphs paragraphs of the source article it implements ({@code seed} in the knowledge file)
 * @param sources           source ids
 */
public record Advice(
        String id,
        AdviceCategory category,
        String text,
        List<TriageLevel> levels,
        List<Mechanism> mechanisms,
        List<Integer> articleParagraphs,
        List<String> sources) {
    public Advice {
        levels = List.copyOf(levels);
        mechanisms = List.copyOf(mechanisms);
        articleParagraphs = List.copyOf(articleParagraphs);
        sources = List.copyOf(sources);
    }
}
