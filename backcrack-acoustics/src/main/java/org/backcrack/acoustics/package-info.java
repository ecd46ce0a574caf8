/**
 * The analyzer, the inverse of the simulator: a recording in, its joint sounds out, each classified as a pop, a
 * snap or a crepitus train, or left unclassified when the analyzer is not confident. Start with {@link Analyzer}
 * ({@link Analyzer#standard} uses the committed {@link AnalyzerModel}): {@code analyze} streams a clip, a
 * {@link BlockSource} or an {@link org.backcrack.core.audio.AudioReader} through detection, features,
 * classification and grouping, and returns an {@link AnalyzerResult} of {@link DetectedEvent}s with counts per class
 * and plain-language patterns. The stages live in {@code detect}, {@code features} and {@code classify}, the
 * metrics in {@code evaluate}. Like the rest of the pure middle it depends only on {@code org.backcrack.core}
 * and Hipparchus, and it must never depend on physics (simulated recordings reach it only in tests, so it cannot
 * know the simulator it is judged against), assess, app, spark or bench.
 */
package org.backcrack.acoustics;
