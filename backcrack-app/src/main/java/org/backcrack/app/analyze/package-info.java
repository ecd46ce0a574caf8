/**
 * The analyzer's work on files and corpora, for the command line: analysing a WAV or FLAC file as it streams off
 * the disk, writing an analysis as JSON, a table or Audacity labels ({@link AnalyzerResultFormats}), training the
 * classifier on a simulated corpus ({@link AnalyzerTraining}, behind {@code train-analyzer}), the held-out-family
 * evaluation ({@link FamilyHoldout}) and the count of false events in audio that holds no joint sound
 * ({@link NegativesCheck}). Start with {@link RecordingFileAnalyzer}, what {@code backcrack analyze} does for each
 * file. Here the analyzer meets the simulator, which the acoustics and physics modules may never do themselves:
 * simulated corpora train it and judge it. It must not depend on the cli or web packages that call it, nor on
 * spark or bench.
 */
package org.backcrack.app.analyze;
