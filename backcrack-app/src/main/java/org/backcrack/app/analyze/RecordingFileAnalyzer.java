package org.backcrack.app.analyze;

import java.io.IOException;
import java.nio.file.Path;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.AudioReaders;

/**
 * Analyses a recording (WAV or FLAC, told apart by its first bytes) as it streams off the disk: memory stays
 * bounded whatever the file's length. A long WAV file is read from several points at once, one thread each
 * (the same events, sooner); a FLAC file cannot be entered part way without decoding what comes before.
 */
public final class RecordingFileAnalyzer {
    private RecordingFileAnalyzer() {}

    /** @param channel a 0-based channel, or null to mix all channels to mono */
    public static AnalyzerResult analyze(Path recording, Integer channel, Analyzer analyzer) throws IOException {
        try (AudioReader r = AudioReaders.open(recording)) {
            return analyzer.analyze(r, channel, r.seeks() ? from -> openAt(recording, from) : null);
        }
    }

    private static AudioReader openAt(Path recording, long from) throws IOException {
        AudioReader r = AudioReaders.open(recording);
        try {
            r.skipFrames(from);
            return r;
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }
}
