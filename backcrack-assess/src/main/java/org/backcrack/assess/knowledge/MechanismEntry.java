package org.backcrack.assess.knowledge;

import java.util.List;
import org.backcrack.core.Mechanism;

/**
 * What the knowledge base says about one mechanism.
 *
 * @param mechanism         which mechanism
 * @param name              short plain name
 * @param explanation       what happens, in plain language
 * @param soundsLike        what it sounds and feels like
 * @param usuallyHarmless   whether it is usually harmless on its own
 * @param prior             prior probability that it is behind a person's cracking, in (0, 1)
 * @param articleParagraphs paragraphs of the source article it implements ({@code seed} in the knowledge file)
 * @param references        source ids
 */
public record MechanismEntry(
        Mechanism mechanism,
        String name,
        String explanation,
        String soundsLike,
        boolean usuallyHarmless,
        double prior,
        List<Integer> articleParagraphs,
        List<String> references) {
    public MechanismEntry {
        articleParagraphs = List.copyOf(articleParagraphs);
        references = List.copyOf(references);
    }
}
