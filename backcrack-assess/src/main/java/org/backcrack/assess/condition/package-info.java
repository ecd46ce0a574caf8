/**
 * Conditions over answers in three-valued logic: {@link org.backcrack.assess.condition.Condition} (all, any,
 * not, comparisons, choices) evaluates to {@link org.backcrack.assess.condition.Truth} TRUE, FALSE or
 * UNKNOWN, and UNKNOWN is how an unanswered question stays "not assessed", never "no". Red-flag rules, evidence
 * and the questionnaire's skip logic are all written with it. It depends only on the base package
 * ({@link org.backcrack.assess.Answers}) and core, never on the knowledge base or the engine.
 */
package org.backcrack.assess.condition;
