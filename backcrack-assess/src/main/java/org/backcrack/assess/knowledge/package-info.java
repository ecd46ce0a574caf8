/**
 * The knowledge base as data: mechanisms, the questionnaire's findings, likelihood ratios, red-flag rules
 * with their guideline, advice by {@link org.backcrack.assess.knowledge.AdviceCategory}, sources, and the
 * passages and claims of the source article ({@code docs/seed.txt}) each entry traces to. Start with
 * {@link org.backcrack.assess.knowledge.KnowledgeLoader}, which reads and validates the versioned resource
 * file into an immutable {@link org.backcrack.assess.knowledge.KnowledgeBase}. It depends on the base package,
 * {@code condition} and Jackson, never on {@code answers}, {@code engine} or {@code audit}.
 */
package org.backcrack.assess.knowledge;
