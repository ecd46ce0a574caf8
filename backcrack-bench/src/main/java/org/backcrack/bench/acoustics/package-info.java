/**
 * The JMH benchmark of the analyzer: {@link AnalyzerBenchmark} times it on 60 s of simulated 48 kHz mono with
 * every kind of event, streamed in 8192-sample blocks as from a WAV file, beside a peer measured in the same run
 * (one second-order filter pass over the same samples, the least any sample-by-sample analysis does). Start with
 * that class's Javadoc, which gives the command that runs it; results go to {@code docs/benchmarks.md} with the
 * machine and the command. The recording is simulated once at set-up, outside the timed code, which is why this
 * benchmark may use physics and acoustics together. Benchmarks sit on top of every module, and no module may
 * depend on them.
 */
package org.backcrack.bench.acoustics;
