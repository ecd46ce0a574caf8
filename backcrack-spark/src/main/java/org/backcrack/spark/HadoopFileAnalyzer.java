package org.backcrack.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.AudioReaders;

/**
 * Analyses one file (WAV or FLAC, by its first bytes) from any Hadoop-compatible file system, streaming (the
 * reader pulls blocks from the stream; no whole-file byte array), with exactly the analyzer
 * {@code backcrack analyze} uses. A file that
 * cannot be read becomes a result with status {@code error} and the reader's message; the job carries on.
 */
final class HadoopFileAnalyzer {
    private static Analyzer analyzer;

    private HadoopFileAnalyzer() {}

    private static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Analyzer.standard();
        }
        return analyzer;
    }

    static FileResult analyze(String file, Configuration conf) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf);
            try (InputStream in = fs.open(path);
                    AudioReader r = AudioReaders.open(in, path.getName())) {
                AnalyzerResult a = analyzer().analyze(r, null);
                List<double[]> rows = new ArrayList<>();
                List<String> classes = new ArrayList<>();
                for (DetectedEvent e : a.events()) {
                    var f = e.features();
                    rows.add(new double[] {
                        e.onset(),
                        e.offset(),
                        e.confidence(),
                        f.peakDbfs(),
                        f.snrDb(),
                        f.riseTime(),
                        f.decayTime(),
                        f.dominantFrequency(),
                        f.spectralCentroid(),
                        f.bandwidth(),
                        f.flatness(),
                        f.subClicks()
                    });
                    classes.add(e.label());
                }
                return new FileResult(
                        file, "ok", null, a.duration(), a.sampleRate(), r.info().channels(), rows, classes);
            }
        } catch (InputException e) {
            return new FileResult(file, "error", e.getMessage(), 0, 0, 0, List.of(), List.of());
        } catch (IOException | RuntimeException e) {
            return new FileResult(
                    file, "error", "could not read " + file + ": " + e.getMessage(), 0, 0, 0, List.of(), List.of());
        }
    }
}
