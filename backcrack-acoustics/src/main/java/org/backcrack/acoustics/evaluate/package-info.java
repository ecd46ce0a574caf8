/**
 * Scoring the analyzer against reference labels, event by event as in DCASE and sed_eval. Start with
 * {@link EventEvaluation#of}, which matches reference and estimated {@link org.backcrack.core.SoundEvent}s one to
 * one within the {@link Collars} and gives precision, recall and F1 ({@link Scores}) per class and overall, with a
 * confusion matrix. {@link Reliability} checks how well the confidence the analyzer reports matches how often it
 * is right, and {@link NegativeAudio} prepares audio that is not a joint (speech, chimes, voices) the way it
 * reaches the analyzer, for counting false events. Depends on the analyzer package and core only; it must not
 * depend on physics (simulated truth reaches it as core events), nor on the app that runs the evaluations.
 */
package org.backcrack.acoustics.evaluate;
