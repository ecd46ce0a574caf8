package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.FlacTool;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavWriter;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Simulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    Path wav;

    @BeforeEach
    void simulate() {
        wav = dir.resolve("snaps.wav");
        assertThat(CliRun.run("simulate", "--scenario", "snapping_tendon", "--out", wav.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void labels_areAudacityLinesWithFourDecimals_andMatchTheTruthWellEnough() throws Exception {
        CliRun r = CliRun.run("analyze", wav.toString(), "--format", "labels");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines())
                .hasSizeGreaterThanOrEqualTo(6)
                .allMatch(l ->
                        l.matches("\\d+\\.\\d{4}\t\\d+\\.\\d{4}\t(cavitation|soft_tissue_snap|crepitus|unclassified)"));
        Path est = dir.resolve("est");
        Files.createDirectories(est);
        Files.writeString(est.resolve("snaps.txt"), r.out());
        Path ref = dir.resolve("ref");
        Files.createDirectories(ref);
        Files.copy(dir.resolve("snaps.txt"), ref.resolve("snaps.txt"));
        CliRun e =
                CliRun.run("evaluate", "--reference", ref.toString(), "--estimate", est.toString(), "--format", "json");
        assertThat(e.exitCode()).isZero();
        assertThat(e.out()).contains("\"soft_tissue_snap\"", "\"f1\"");
    }

    @Test
    void text_hasTheTableTheSummaryAndThePointerToAssess() {
        CliRun r = CliRun.run("analyze", wav.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains(
                        "onset s",
                        "soft_tissue_snap",
                        "counts:",
                        "pattern:",
                        "what it likely means:",
                        "backcrack assess --recording");
    }

    @Test
    void json_directory_andPlot() throws Exception {
        CliRun one = CliRun.run(
                "analyze",
                wav.toString(),
                "--format",
                "json",
                "--plot",
                dir.resolve("p.png").toString());
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("\"events\"", "\"dominant_frequency\"", "\"sub_clicks\"", "\"counts\"");
        assertThat(Files.size(dir.resolve("p.png"))).isGreaterThan(10_000);
        CliRun all = CliRun.run(
                "analyze",
                dir.toString(),
                "--format",
                "json",
                "--labels-dir",
                dir.resolve("l").toString());
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("snaps.wav");
        assertThat(dir.resolve("l/snaps.txt")).exists();
    }

    /** A minimal WAV header with the given fields, followed by {@code data}. */
    static byte[] wav(String riff, String wave, int format, int channels, int rate, int bits, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(riff.getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + data.length)
                .put(wave.getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) format)
                .putShort((short) channels)
                .putInt(rate)
                .putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8))
                .putShort((short) bits);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "RIFX | WAVE | 1 | 1 | 48000 | 16 | 4   | big-endian RIFX",
                "JUNK | WAVE | 1 | 1 | 48000 | 16 | 4   | not a WAV file",
                "RIFF | AVI  | 1 | 1 | 48000 | 16 | 4   | WAVE",
                "RIFF | WAVE | 2 | 1 | 48000 | 4  | 4   | ADPCM",
                "RIFF | WAVE | 7 | 1 | 8000  | 8  | 4   | law",
                "RIFF | WAVE | 1 | 1 | 0     | 16 | 4   | sample rate",
                "RIFF | WAVE | 1 | 1 | 48000 | 16 | 0   | no samples",
            })
    void badFile_exit2_withAPlainMessage_noStackTrace(
            String riff, String wave, int format, int channels, int rate, int bits, int bytes, String fragment)
            throws Exception {
        Path bad = dir.resolve("bad.wav");
        Files.write(bad, wav(riff, wave.strip(), format, channels, rate, bits, new byte[bytes]));
        CliRun r = CliRun.run("analyze", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .containsIgnoringCase(fragment)
                .contains("(error: wav.")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aHeaderClaimingHugeBuffers_withPlot_exit2_notAnOutOfMemory() throws Exception {
        // 'analyze --plot' on a 1 KB file whose header claims 65,535 channels ended in OutOfMemoryError (exit 1).
        Path hostile = dir.resolve("hostile.wav");
        Files.write(hostile, org.backcrack.app.web.HostileRequestTestSupport.wavHeader(65_535, 8000, 8, 0, 960));
        CliRun r = CliRun.run(
                "analyze", hostile.toString(), "--plot", dir.resolve("h.png").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("65535 channels").doesNotContain("OutOfMemory", "Exception");
    }

    @Test
    void truncatedFile_andMissingChannel_exit2() throws Exception {
        byte[] whole = Files.readAllBytes(wav);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, java.util.Arrays.copyOf(whole, 30));
        CliRun r = CliRun.run("analyze", cut.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        CliRun ch = CliRun.run("analyze", wav.toString(), "--channel", "3");
        assertThat(ch.exitCode()).isEqualTo(2);
        assertThat(ch.err()).contains("channel 3 does not exist", "choose 0 to 0");
    }

    @Test
    void severalFiles_oneBad_reportsItAndAnalysesTheRest_exit2() throws Exception {
        Path bad = dir.resolve("zz-bad.wav");
        Files.writeString(bad, "not audio");
        CliRun r = CliRun.run("analyze", dir.toString(), "--format", "labels");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("soft_tissue_snap");
        assertThat(r.err()).contains("zz-bad.wav", "1 of 2 files could not be analysed");
    }

    @Test
    void badOptions_exit2() {
        assertThat(CliRun.run("analyze", dir.resolve("nope.wav").toString()).err())
                .contains("does not exist");
        assertThat(CliRun.run("analyze", wav.toString(), "--min-confidence", "2")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run("analyze", wav.toString(), wav.toString(), "--plot", "x.png")
                        .err())
                .contains("exactly one file");
        assertThat(CliRun.run("evaluate").exitCode()).isEqualTo(2);
    }

    @Test
    void labelsOrPlotWhereNothingCanBeWritten_isBadInputNamingTheOption() throws Exception {
        // A regular file where a directory is needed: no place to write, whoever runs the test.
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        CliRun labels = CliRun.run("analyze", wav.toString(), "--labels-dir", file.toString());
        assertThat(labels.exitCode()).isEqualTo(2);
        assertThat(labels.err())
                .contains("could not be written", "--labels-dir", "analyze.unwritable")
                .doesNotContain("internal error");
        CliRun plot = CliRun.run(
                "analyze", wav.toString(), "--plot", file.resolve("p.png").toString());
        assertThat(plot.exitCode()).isEqualTo(2);
        assertThat(plot.err())
                .contains("could not be written", "--plot", "analyze.unwritable")
                .doesNotContain("internal error");
    }

    @Test
    void evaluate_corpusDirectory_scoresEveryPair() {
        Path corpus = dir.resolve("corpus");
        assertThat(CliRun.run("corpus", "--out", corpus.toString(), "--count", "3", "--plan-seed", "5")
                        .exitCode())
                .isZero();
        CliRun r = CliRun.run("evaluate", corpus.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("3 recordings").contains("overall", "any class (onsets)", "confusion");
    }

    @Test
    void assess_withARecording_usesItsFindings() {
        CliRun r = CliRun.withInput(
                "{\"pain\": \"none\"}", "assess", "--answers", "-", "--recording", wav.toString(), "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"recording_snaps\"", "\"recording_snaps_repeat\"");
    }

    // --- FLAC (lossless archives) and the compressed formats backcrack does not read ---

    @Test
    void flac_givesTheSameEventsAsItsWav_inEveryFormat_andInDirectories() throws Exception {
        Path flac = FlacTool.encode(wav, dir.resolve("snaps-archive.flac"));
        CliRun fromWav = CliRun.run("analyze", wav.toString(), "--format", "json");
        CliRun fromFlac = CliRun.run("analyze", flac.toString(), "--format", "json");
        assertThat(fromFlac.exitCode()).as(fromFlac.err()).isZero();
        assertThat(fromFlac.out())
                .contains("\"soft_tissue_snap\"")
                .isEqualTo(fromWav.out().replace(wav.toString(), flac.toString()));
        CliRun labels = CliRun.run("analyze", flac.toString(), "--format", "labels");
        assertThat(labels.out())
                .isEqualTo(CliRun.run("analyze", wav.toString(), "--format", "labels")
                        .out());
        assertThat(labels.out().lines()).hasSizeGreaterThanOrEqualTo(6);

        CliRun all = CliRun.run(
                "analyze",
                dir.toString(),
                "--format",
                "labels",
                "--labels-dir",
                dir.resolve("l").toString());
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(dir.resolve("l/snaps.txt")).exists();
        assertThat(dir.resolve("l/snaps-archive.txt")).hasContent(labels.out());
        CliRun plot = CliRun.run(
                "analyze", flac.toString(), "--plot", dir.resolve("f.png").toString());
        assertThat(plot.exitCode()).as(plot.err()).isZero();
        assertThat(Files.size(dir.resolve("f.png"))).isGreaterThan(10_000);
    }

    @Test
    void flac24Stereo_channelSelection_analysesTheChosenChannel() throws Exception {
        AudioClip mono = Simulator.run(BuiltInScenarios.named("snapping_tendon").orElseThrow())
                .clip();
        float[] snaps = mono.channel(0);
        AudioClip stereo = new AudioClip(mono.sampleRate(), new float[][] {new float[snaps.length], snaps});
        Path stereoWav = dir.resolve("stereo").resolve("two.wav");
        Files.createDirectories(stereoWav.getParent());
        WavWriter.write(stereo, SampleFormat.PCM_S24, stereoWav);
        Path stereoFlac = FlacTool.encode(stereoWav, dir.resolve("stereo").resolve("two.flac"));
        CliRun snapsChannel = CliRun.run("analyze", stereoFlac.toString(), "--channel", "1", "--format", "labels");
        assertThat(snapsChannel.exitCode()).as(snapsChannel.err()).isZero();
        assertThat(snapsChannel.out().lines()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(snapsChannel.out())
                .contains("soft_tissue_snap")
                .isEqualTo(CliRun.run("analyze", stereoWav.toString(), "--channel", "1", "--format", "labels")
                        .out());
        CliRun silent = CliRun.run("analyze", stereoFlac.toString(), "--channel", "0", "--format", "labels");
        assertThat(silent.exitCode()).isZero();
        assertThat(silent.out()).isEmpty();
        CliRun missing = CliRun.run("analyze", stereoFlac.toString(), "--channel", "2");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("channel 2 does not exist in two.flac", "(error: flac.bad_channel");
    }

    @Test
    void evaluate_readsAFlacCorpus() throws Exception {
        Path corpus = dir.resolve("flac-corpus");
        Files.createDirectories(corpus);
        FlacTool.encode(wav, corpus.resolve("snaps.flac"));
        Files.copy(dir.resolve("snaps.txt"), corpus.resolve("snaps.txt"));
        CliRun r = CliRun.run("evaluate", corpus.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"recordings\" : 1", "\"soft_tissue_snap\"");
    }

    @Test
    void truncatedOrDamagedFlac_exit2_withAPlainMessage_noStackTrace() throws Exception {
        byte[] flac = Files.readAllBytes(FlacTool.encode(wav, dir.resolve("whole.flac")));
        Path cut = dir.resolve("cut.flac");
        Files.write(cut, java.util.Arrays.copyOf(flac, flac.length / 2));
        CliRun r = CliRun.run("analyze", cut.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("cut.flac is truncated: its header announces", "(error: flac.truncated")
                .doesNotContain("Exception", "\tat ");
        byte[] damaged = flac.clone();
        damaged[flac.length * 2 / 3] ^= 0x21;
        Path bad = dir.resolve("bad.flac");
        Files.write(bad, damaged);
        CliRun d = CliRun.run("analyze", bad.toString());
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err())
                .contains("bad.flac is corrupt", "flac -t", "(error: flac.corrupt")
                .doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rec.mp3  | 494433040000000000000000                 | an MP3 file            | ffmpeg -i in.mp3 -ac 1 out.wav",
                "rec.mp3  | FFFB90640000000000000000                 | an MP3 file            | ffmpeg -i in.mp3 -ac 1 out.wav",
                "rec.m4a  | 00000020667479704D3441200000000000000000 | an M4A (AAC) file      | ffmpeg -i in.m4a -ac 1 out.wav",
                "rec.ogg  | 4F67675300020000000000000000000000000000000000000000011E01766F72626973 | an Ogg Vorbis file | sox in.ogg out.wav",
                "rec.webm | 1A45DFA3A34286810142F7810142F2810442F381084282847765626D | a WebM file | ffmpeg -i in.webm -ac 1 out.wav",
                "rec.wav  | 494433040000000000000000                 | an MP3 file            | ffmpeg -i in.mp3 -ac 1 out.wav",
            })
    void compressedFile_exit2_namesWhatItIs_andHowToConvertIt(String name, String hex, String what, String command)
            throws Exception {
        Path f = dir.resolve(name.strip());
        Files.write(f, hex(hex.strip()));
        CliRun r = CliRun.run("analyze", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains(
                        name.strip() + " is " + what + ", which backcrack does not read",
                        command,
                        "(error: audio.unsupported_format")
                .doesNotContain("Exception", "\tat ");
    }

    static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
