package org.backcrack.app.analyze;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.evaluate.NegativeAudio;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.AudioReaders;

/**
 * Counts the joint sounds the analyzer reports in audio that holds none ({@code evaluate --negatives}), and
 * builds the background that {@code evaluate --mix-under} lays under a corpus.
 */
public final class NegativesCheck {
    /** Longest negative file read, s (they are held in memory). */
    public static final double MAX_FILE_SECONDS = 3600;

    private NegativesCheck() {}

    /**
     * What the analyzer reported in one file, clean and over a noise floor: every event (each a false one), and
     * of them those it gave a class (cavitation, snap or grating) rather than {@code unclassified}.
     */
    public record Row(String file, double seconds, int asIs, int noisy, int asIsClassified, int noisyClassified) {}

    /**
     * Analyses each file as it is (what {@code backcrack analyze FILE} reports), and inside a recording
     * ({@link NegativeAudio#inRecording}): a second of a pink noise floor {@code noiseBelowDb} under the
     * sound's RMS before and after it, and under it.
     */
    public static Row check(Path wav, Analyzer analyzer, double noiseBelowDb) throws IOException {
        AudioClip clip = read(wav);
        float[] mono = clip.mixedToMono();
        int rate = clip.sampleRate();
        AnalyzerResult asIs = analyzer.analyze(AudioClip.mono(rate, mono));
        AnalyzerResult noisy = analyzer.analyze(AudioClip.mono(
                rate,
                NegativeAudio.inRecording(
                        mono, rate, noiseBelowDb, wav.getFileName().toString().hashCode())));
        return new Row(
                wav.getFileName().toString(),
                clip.duration(),
                asIs.events().size(),
                noisy.events().size(),
                classified(asIs),
                classified(noisy));
    }

    private static int classified(AnalyzerResult a) {
        return (int) a.events().stream().filter(e -> e.classified().isPresent()).count();
    }

    private static AudioClip read(Path wav) throws IOException {
        try (AudioReader r = AudioReaders.open(wav)) {
            return r.readAll((long) (MAX_FILE_SECONDS * r.info().sampleRate()));
        }
    }

    /** Seconds of each file a background takes (the first ones): memory stays bounded. */
    public static final double BACKGROUND_SECONDS_PER_FILE = 60;

    /**
     * The negative files end to end at one sample rate (linear interpolation; they are a background), each
     * followed by half a second of silence; at most {@link #BACKGROUND_SECONDS_PER_FILE} of each.
     */
    public static final class Background {
        private final List<AudioClip> clips = new ArrayList<>();
        private final Map<Integer, float[]> byRate = new HashMap<>();

        public Background(List<Path> files) throws IOException {
            for (Path p : files) {
                AudioClip c = read(p);
                int keep = (int) Math.min(c.frames(), BACKGROUND_SECONDS_PER_FILE * c.sampleRate());
                clips.add(AudioClip.mono(c.sampleRate(), java.util.Arrays.copyOf(c.mixedToMono(), keep)));
            }
        }

        public float[] at(int rate) {
            return byRate.computeIfAbsent(rate, r -> {
                List<float[]> parts = new ArrayList<>();
                int total = 0;
                for (AudioClip c : clips) {
                    float[] x = resample(c.mixedToMono(), c.sampleRate(), r);
                    parts.add(x);
                    total += x.length + r / 2;
                }
                float[] out = new float[Math.max(1, total)];
                int at = 0;
                for (float[] x : parts) {
                    System.arraycopy(x, 0, out, at, x.length);
                    at += x.length + r / 2;
                }
                return out;
            });
        }

        static float[] resample(float[] x, int from, int to) {
            if (from == to) {
                return x;
            }
            int n = (int) ((long) x.length * to / from);
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                double t = (double) i * from / to;
                int k = (int) t;
                double f = t - k;
                float a = x[Math.min(k, x.length - 1)];
                float b = x[Math.min(k + 1, x.length - 1)];
                y[i] = (float) (a + f * (b - a));
            }
            return y;
        }
    }
}
