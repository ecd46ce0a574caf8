/**
 * Pictures of a recording for {@code analyze --plot} and {@code simulate --plot}: the waveform with its events
 * marked by class, the spectrogram, and extra panels such as a bubble's radius, stacked into one PNG. Start with
 * {@link SoundPlot}: make charts with {@code waveform}, {@code spectrogram} and {@code line}, then {@code write}
 * them to a file; the charts are XChart, rendered headless, in the web app's colours for each class. It sees
 * only samples and core's {@code SoundEvent}s, never the analyzer or the simulator that produced them, and it must
 * not depend on the cli that calls it, nor on spark or bench.
 */
package org.backcrack.app.plot;
