/**
 * The inference engine: {@link org.backcrack.assess.engine.Assessor} evaluates every red-flag rule in
 * three-valued logic for the {@link org.backcrack.assess.engine.Triage} (never under-triaging, an unanswered
 * question "not assessed"), weighs the mechanisms by prior odds times likelihood ratios with each finding's
 * contribution, and picks the advice; {@link org.backcrack.assess.engine.Questionnaire} says which questions to
 * ask next. Everything it knows comes from the knowledge base; it depends on the base package, {@code condition}
 * and {@code knowledge}, never on {@code audit}, files or the app.
 */
package org.backcrack.assess.engine;
