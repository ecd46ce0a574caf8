package org.backcrack.bench.acoustics;

import java.nio.file.Path;
import java.util.Locale;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.app.analyze.RecordingFileAnalyzer;

/**
 * The in-process speed of {@code analyze} on one recording: the same file analysed again and again in one JVM,
 * as {@code analyze} reads it (on every processor for a long WAV), so that the later runs show the compiled
 * speed without start-up. Not a JMH benchmark because the recording is the user's (an hour is 345 MB):
 *
 * <pre>java -cp backcrack-bench/target/benchmarks.jar org.backcrack.bench.acoustics.RepeatedAnalysis hour.wav 8</pre>
 */
public final class RepeatedAnalysis {
    private RepeatedAnalysis() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RepeatedAnalysis FILE RUNS");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Analyzer analyzer = Analyzer.standard();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            AnalyzerResult r = RecordingFileAnalyzer.analyze(file, null, analyzer);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %.3f s, %d events, %.0fx real time%n",
                    i + 1,
                    seconds,
                    r.events().size(),
                    r.duration() / seconds);
        }
    }
}
