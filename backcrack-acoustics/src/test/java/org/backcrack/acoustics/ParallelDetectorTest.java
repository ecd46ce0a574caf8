package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.backcrack.acoustics.detect.Detection;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.acoustics.detect.TransientDetector;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavReader;
import org.backcrack.core.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelDetectorTest {
    private static final TransientDetector.Settings SETTINGS = TransientDetector.Settings.defaults();

    /**
     * A long recording with what makes a detector's state: a noise floor that steps and drifts, mains hum that
     * comes and goes, pops and bursts of pops, a voice-like periodic tone, a loud sound longer than an event may
     * be, and (if asked) digital silence from {@code silentFrom} for {@code silentFor} seconds.
     */
    static float[] recording(int rate, double seconds, long seed, double silentFrom, double silentFor) {
        int n = (int) (rate * seconds);
        float[] x = new float[n];
        SplittableRandom rng = new SplittableRandom(seed);
        double level = 0.002;
        for (int i = 0; i < n; i++) {
            if (i % (rate * 7) == 0) {
                level = 0.0005 + 0.01 * rng.nextDouble();
            }
            double t = (double) i / rate;
            double hum = ((int) (t / 23)) % 2 == 0 ? 0.004 * Math.sin(2 * Math.PI * 50 * t) : 0;
            x[i] = (float) (level * (1 + 0.5 * Math.sin(t / 9)) * (rng.nextDouble() * 2 - 1) + hum);
        }
        for (double t = 0.5; t < seconds - 3; t += 0.2 + 3 * rng.nextDouble()) {
            double kind = rng.nextDouble();
            if (kind < 0.6) {
                pop(x, rate, t, 0.05 + 0.5 * rng.nextDouble(), 300 + 1500 * rng.nextDouble());
            } else if (kind < 0.8) {
                for (int k = 0; k < 5; k++) {
                    pop(x, rate, t + k * 0.012, 0.3, 800);
                }
            } else if (kind < 0.95) {
                int from = (int) (t * rate);
                for (int i = from; i < Math.min(n, from + rate * 4 / 10); i++) {
                    double d = (i - from) / (double) rate;
                    x[i] += (float) (0.1 * Math.sin(2 * Math.PI * 150 * d) + 0.05 * Math.sin(2 * Math.PI * 300 * d));
                }
            } else {
                int from = (int) (t * rate);
                for (int i = from; i < Math.min(n, from + rate * 3); i++) {
                    x[i] += (float) (0.2 * (rng.nextDouble() * 2 - 1));
                }
            }
        }
        if (silentFor > 0) {
            int from = (int) (silentFrom * rate);
            Arrays.fill(x, Math.min(n, from), Math.min(n, from + (int) (silentFor * rate)), 0f);
        }
        return x;
    }

    private static void pop(float[] x, int rate, double t, double peak, double hz) {
        int from = (int) (t * rate);
        for (int i = from; i < Math.min(x.length, from + rate / 50); i++) {
            double d = (i - from) / (double) rate;
            x[i] += (float) (peak * Math.exp(-d / 0.0015) * Math.sin(2 * Math.PI * hz * d));
        }
    }

    private static ParallelDetector.SourceAt source(float[] x) {
        return from -> {
            int[] pos = {(int) from};
            return buffer -> {
                // Odd-sized reads, as a reader may give.
                int n = Math.min(Math.min(buffer.length, 5000), x.length - pos[0]);
                System.arraycopy(x, pos[0], buffer, 0, Math.max(0, n));
                pos[0] += Math.max(0, n);
                return Math.max(0, n);
            };
        };
    }

    private static Detection serial(float[] x, int rate) throws IOException {
        return ParallelDetector.detect(source(x).open(0), rate, SETTINGS);
    }

    static void assertSameDetection(Detection actual, Detection expected) {
        assertThat(actual.samples()).isEqualTo(expected.samples());
        assertThat(actual.transients()).hasSameSizeAs(expected.transients());
        for (int i = 0; i < expected.transients().size(); i++) {
            Impulse a = actual.transients().get(i);
            Impulse e = expected.transients().get(i);
            assertThat(new double[] {a.onset(), a.offset(), a.peak(), a.peakTime(), a.floorDb()})
                    .as("transient %d", i)
                    .isEqualTo(new double[] {e.onset(), e.offset(), e.peak(), e.peakTime(), e.floorDb()});
            assertThat(a.samples()).isEqualTo(e.samples());
        }
        assertThat(actual.envelope()).isEqualTo(expected.envelope());
        assertThat(actual.periodicity()).isEqualTo(expected.periodicity());
    }

    @ParameterizedTest
    @CsvSource({"8000, 400, 2, 1", "8000, 600, 3, 2", "16000, 800, 4, 3", "48000, 400, 2, 4"})
    void parts_findExactlyWhatOneDetectorFinds_andJoinWithinTheirPoints(int rate, double seconds, int parts, long seed)
            throws IOException {
        float[] x = recording(rate, seconds, seed, -1, 0);
        Detection whole = serial(x, rate);
        assertThat(whole.transients()).hasSizeGreaterThan(100);

        ParallelDetector.Part[] plan = ParallelDetector.plan(x.length, rate, parts);
        assertThat(plan).hasSize(parts);
        Detection split = ParallelDetector.detect(source(x), rate, SETTINGS, plan);

        assertSameDetection(split, whole);
        // Each part handed over to the next, within its points (the states met after 30 s of warm-up).
        for (int k = 0; k + 1 < parts; k++) {
            long[] points = plan[k + 1].points;
            assertThat(plan[k].joinedWith).as("part %d joined", k).isEqualTo(k + 1);
            assertThat(plan[k].joinedAtSample).isBetween(points[0], points[points.length - 1]);
        }
    }

    @Test
    void aPartThatNeverMeetsTheStateBeforeIt_isReadThrough_andTheResultIsStillExact() throws IOException {
        int rate = 8000;
        ParallelDetector.Part[] plan = ParallelDetector.plan(rate * 400L, rate, 2);
        // Digital silence from before part 1's start into its points: its stuck frames shift the floor blocks of
        // the part before by half a block in all, too late to start part 1 again, which then cannot meet it.
        double boundary = plan[1].points[0] / (double) rate;
        float[] x = recording(rate, 400, 7, boundary - 40, 50.51);
        Detection whole = serial(x, rate);

        Detection split = ParallelDetector.detect(source(x), rate, SETTINGS, plan);

        assertSameDetection(split, whole);
        assertThat(plan[0].joinedWith).isEqualTo(-1);
    }

    @Test
    void aStuckStretchEarlyOn_startsTheLaterPartsAgainShiftedAsTheFirstPartsBlocks_andTheyJoin() throws IOException {
        int rate = 8000;
        // Half a second of digital silence 20 s in: its stuck frames shift the first part's floor blocks.
        float[] x = recording(rate, 600, 8, 20, 0.5);
        Detection whole = serial(x, rate);
        ParallelDetector.Part[] plan = ParallelDetector.plan(x.length, rate, 3);

        Detection split = ParallelDetector.detect(source(x), rate, SETTINGS, plan);

        assertSameDetection(split, whole);
        assertThat(plan[1].phase).isNotZero();
        assertThat(plan[2].phase).isEqualTo(plan[1].phase);
        assertThat(plan[0].joinedWith).isEqualTo(1);
        assertThat(plan[1].joinedWith).isEqualTo(2);
    }

    @Test
    void stuckStretchesThatKeepShiftingTheBlocks_makeTheFirstPartReadThrough_andStopTheOthers() throws IOException {
        int rate = 8000;
        float[] x = recording(rate, 600, 9, -1, 0);
        // A silent tenth of a second every 5 s: more shifts than the parts may be started again for.
        for (int t = 10; t < 200; t += 5) {
            Arrays.fill(x, t * rate, t * rate + rate / 10, 0f);
        }
        Detection whole = serial(x, rate);
        ParallelDetector.Part[] plan = ParallelDetector.plan(x.length, rate, 3);

        Detection split = ParallelDetector.detect(source(x), rate, SETTINGS, plan);

        assertSameDetection(split, whole);
        assertThat(plan[0].joinedWith).isEqualTo(-1);
        assertThat(plan[1].unneeded).isTrue();
        assertThat(plan[2].unneeded).isTrue();
    }

    @Test
    void aPartsReadFailure_isTheDetectionsFailure() {
        float[] x = recording(8000, 400, 5, -1, 0);
        ParallelDetector.SourceAt failing = from -> {
            if (from == 0) {
                return source(x).open(0);
            }
            throw new IOException("disk gone");
        };
        assertThatThrownBy(() -> ParallelDetector.detect(failing, x.length, 8000, SETTINGS, 2))
                .isInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }

    @Test
    void parts_areWorthItOnlyForLongRecordingsAndSeveralProcessors() {
        assertThat(ParallelDetector.parts(48000L * 3600, 48000, 2)).isEqualTo(2);
        assertThat(ParallelDetector.parts(48000L * 3600, 48000, 64)).isEqualTo(ParallelDetector.MAX_PARTS);
        assertThat(ParallelDetector.parts(48000L * 3600, 48000, 1)).isEqualTo(1);
        assertThat(ParallelDetector.parts(48000L * 200, 48000, 8)).isEqualTo(1);
        assertThat(ParallelDetector.parts(-1, 48000, 8)).isEqualTo(1);
        assertThat(ParallelDetector.plan(48000L * 100, 48000, 2)).hasSize(1);
    }

    @Test
    void analyzer_onAWavOpenedAgainPartWay_givesTheSameEventsAsReadingItOnce() throws IOException {
        int rate = 16000;
        float[] x = recording(rate, 560, 11, -1, 0);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        WavWriter.write(AudioClip.mono(rate, x), SampleFormat.PCM_S16, wav);
        byte[] bytes = wav.toByteArray();
        Analyzer analyzer = Analyzer.standard();

        AnalyzerResult once = inOneGo(analyzer, bytes);
        AnalyzerResult parts = inParts(analyzer, bytes, 3);

        assertThat(once.events()).hasSizeGreaterThan(50);
        assertThat(parts).isEqualTo(once);
    }

    @Test
    void aTruncatedWav_readInParts_failsAsReadingItOnceFails() throws IOException {
        int rate = 8000;
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        WavWriter.write(AudioClip.mono(rate, recording(rate, 400, 12, -1, 0)), SampleFormat.PCM_S16, wav);
        byte[] cut = Arrays.copyOf(wav.toByteArray(), wav.size() - rate * 2 * 50);
        Analyzer analyzer = Analyzer.standard();

        Throwable once = catchThrowable(() -> inOneGo(analyzer, cut));
        Throwable parts = catchThrowable(() -> inParts(analyzer, cut, 2));

        assertThat(once).isInstanceOf(InputException.class).hasMessageContaining("truncated");
        assertThat(parts).isInstanceOf(InputException.class).hasMessage(once.getMessage());
    }

    private static AnalyzerResult inOneGo(Analyzer analyzer, byte[] wav) throws IOException {
        try (AudioReader r = WavReader.open(new ByteArrayInputStream(wav), "long.wav")) {
            return analyzer.analyze(r, null);
        }
    }

    /** As a file is read in parts: opened again for each, its first frames skipped. */
    private static AnalyzerResult inParts(Analyzer analyzer, byte[] wav, int processors) throws IOException {
        try (AudioReader r = WavReader.open(new ByteArrayInputStream(wav), "long.wav")) {
            return analyzer.analyze(
                    r,
                    null,
                    from -> {
                        AudioReader again = WavReader.open(new ByteArrayInputStream(wav), "long.wav");
                        again.skipFrames(from);
                        return again;
                    },
                    processors);
        }
    }
}
