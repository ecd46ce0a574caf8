/**
 * Reading answers: {@link org.backcrack.assess.answers.AnswersReader} turns a JSON answers object into
 * {@link org.backcrack.assess.Answers}, checking every key and value against the knowledge base's findings
 * (bounded errors, "did you mean" suggestions); {@link org.backcrack.assess.answers.AnswerText} parses typed
 * answers and {@link org.backcrack.assess.answers.AnswersSchema} publishes the accepted answers as JSON Schema.
 * It depends on the base package and {@code knowledge}, never on the engine.
 */
package org.backcrack.assess.answers;
