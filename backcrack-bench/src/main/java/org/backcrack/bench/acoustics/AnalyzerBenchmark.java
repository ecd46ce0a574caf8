package org.backcrack.bench.acoustics;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.bench.BenchScenarios;
import org.backcrack.core.dsp.Biquad;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analyzer on 60 s of 48 kHz mono with every kind of event (a simulated recording: fifteen twists by a
 * 60-year-old with tight muscles and grade-2 osteoarthritis, four distractors, 20 dB event-to-noise),
 * streamed in 8192-sample blocks as from a WAV file. The peer, in the same run, is one second-order IIR
 * filter over the same samples — the least any sample-by-sample analysis does.
 *
 * <p>Run: {@code ./mvnw -q -B -pl backcrack-bench -am package -Dmaven.test.skip=true &&
 * java -jar backcrack-bench/target/benchmarks.jar AnalyzerBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalyzerBenchmark {
    /** The peer's filter, fixed coefficients (b = 0.98·(1, −2, 1), a = (1, −1.95, 0.96)), run in direct form. */
    private static final Biquad PEER = Biquad.normalized(0.98, -1.96, 0.98, -1.95, 0.96);

    private float[] samples;
    private Analyzer analyzer;

    @Setup
    public void setUp() {
        Scenario s = BenchScenarios.sixtySecondTwist("bench_analysis", 20);
        float[] x = Simulator.run(s).clip().channel(0);
        samples = java.util.Arrays.copyOf(x, 48_000 * 60);
        analyzer = Analyzer.standard();
    }

    @Benchmark
    public AnalyzerResult analyzeSixtySeconds() throws IOException {
        int[] pos = {0};
        return analyzer.analyze(
                buf -> {
                    int n = Math.min(buf.length, samples.length - pos[0]);
                    System.arraycopy(samples, pos[0], buf, 0, n);
                    pos[0] += n;
                    return n;
                },
                48_000);
    }

    @Benchmark
    public double peerOneBiquadPass() {
        return PEER.energy(samples);
    }
}
