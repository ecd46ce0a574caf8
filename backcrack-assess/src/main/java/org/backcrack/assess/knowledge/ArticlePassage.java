package org.backcrack.assess.knowledge;

/**
 * A paragraph of the article the knowledge base implements ("What Causes Your Back to Crack", copied in
 * docs/seed.txt), by number, with a verbatim excerpt that tests find in the article's text. The knowledge file
 * lists these under {@code seed:}, the project's name for that source article.
 *
 * @param paragraph 1-based paragraph number
 * @param topic     what the paragraph is about
 * @param excerpt   words copied verbatim from the paragraph
 */
public record ArticlePassage(int paragraph, String topic, String excerpt) {}
