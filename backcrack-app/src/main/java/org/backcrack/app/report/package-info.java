/**
 * The assessment and the knowledge base as people and clients read them. Start with {@link AssessmentJson}, the
 * JSON report that is the one contract shared by {@code backcrack assess --format json} and the REST API
 * ({@code POST /api/v1/assess}). {@link AssessmentText} gives the same assessment for a terminal (what to do now
 * first, then the likely mechanisms with their "because" lines, the advice and the note that this is not a
 * diagnosis), and {@link KnowledgeMarkdown} renders the whole knowledge base as the Markdown committed as
 * {@code docs/knowledge.md}. Depends on assess, core and Jackson; it must not depend on the cli or web packages
 * that print and serve these reports, nor on spark or bench.
 */
package org.backcrack.app.report;
