/**
 * The assessment: a person's answers (and optionally a recording's sound counts) in, likely mechanisms with
 * their evidence, a triage level from clinical red flags and advice out. This base package holds the values
 * every layer below reads — {@link org.backcrack.assess.Answers}, {@link org.backcrack.assess.TriageLevel} and
 * the module's error keys ({@link org.backcrack.assess.AssessError}); start with
 * {@link org.backcrack.assess.engine.Assessor} for the engine and {@link org.backcrack.assess.knowledge.KnowledgeBase}
 * for what it knows. Layers, each depending only on those before it: base, {@code condition}, {@code knowledge},
 * {@code answers}, {@code engine}, {@code audit}. The module depends on core and Jackson only, never on
 * physics, acoustics or the app; it is pure and deterministic (no files, clocks or randomness).
 */
package org.backcrack.assess;
