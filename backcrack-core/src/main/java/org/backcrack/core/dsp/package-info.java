/**
 * Signal processing shared by the simulator, the analyzer and the benchmarks: the second-order IIR section
 * ({@link org.backcrack.core.dsp.Biquad}) each of them filters with, so a filter is written and checked once.
 */
package org.backcrack.core.dsp;
