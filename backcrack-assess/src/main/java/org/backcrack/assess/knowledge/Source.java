package org.backcrack.assess.knowledge;

/**
 * A source the knowledge rests on.
 *
 * @param id       short id used by entries, e.g. {@code nice_ng59}
 * @param kind     {@code guideline}, {@code article} (a published paper), {@code book}, {@code seed} (the source
 *                 article the knowledge base implements, see {@link ArticlePassage}) or {@code expert}
 * @param citation the full citation in plain text
 */
public record Source(String id, String kind, String citation) {}
