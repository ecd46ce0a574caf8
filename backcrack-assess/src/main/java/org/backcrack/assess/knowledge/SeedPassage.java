package org.backcrack.assess.knowledge;

/**
 * A paragraph of the seed document, by number, with a verbatim excerpt that tests find in the seed text.
 *
 * @param paragraph 1-based paragraph number
 * @param topic     what the paragraph is about
 * @param excerpt   words copied verbatim from the paragraph
 */
public record SeedPassage(int paragraph, String topic, String excerpt) {
}
