package org.backcrack.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.backcrack.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FLAC files made by the reference encoder from WAVs the project writes decode to exactly the WAV's samples;
 * damaged, truncated and hostile files are clear errors; compressed formats are named with a conversion.
 */
class FlacReaderTest {
    @TempDir
    Path dir;

    /** A tone with noise, a stretch of digital silence (constant subframes) and full scale both ways. */
    static AudioClip signal(int rate, int channels, int frames, long seed) {
        Random random = new Random(seed);
        float[][] ch = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                boolean silent = i > frames / 3 && i < frames / 2;
                ch[c][i] = silent
                        ? 0f
                        : (float) (0.6 * Math.sin(2 * Math.PI * (220 + 110 * c) * i / rate)
                                + 0.05 * random.nextGaussian());
            }
        }
        ch[0][0] = 1f;
        ch[0][1] = -1f;
        return new AudioClip(rate, ch);
    }

    static byte[] wav(AudioClip clip, SampleFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(clip, format, out);
        return out.toByteArray();
    }

    static AudioClip readWav(byte[] wav) throws IOException {
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "x.wav")) {
            return r.readAll();
        }
    }

    static AudioReader open(byte[] file, String name) throws IOException {
        return AudioReaders.open(new ByteArrayInputStream(file), name);
    }

    static void assertRejected(byte[] file, String key, String fragment) {
        assertThatThrownBy(() -> {
                    try (AudioReader r = open(file, "bad.flac")) {
                        r.readAll();
                    }
                })
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage())
                            .contains(fragment)
                            .contains("and FLAC files with 8, 16 or 24-bit samples");
                    assertThat(e.field()).isEqualTo("bad.flac");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "PCM_S16, 1, 44100, -5",
        "PCM_S16, 2, 48000, -8",
        "PCM_S16, 2, 8000, -0",
        "PCM_S24, 1, 96000, -5",
        "PCM_S24, 3, 44100, -8",
        "PCM_U8, 2, 16000, -5",
    })
    void roundTrip_decodesExactlyTheWavsSamples(SampleFormat format, int channels, int rate, String level)
            throws Exception {
        AudioClip clip = signal(rate, channels, 30_011, rate + channels);
        byte[] wav = wav(clip, format);
        byte[] flac = FlacTool.encode(wav, level);
        AudioClip expected = readWav(wav);
        try (AudioReader r = open(flac, "t.flac")) {
            assertThat(r).isInstanceOf(FlacReader.class);
            assertThat(r.info()).isEqualTo(new WavInfo(rate, channels, format, 30_011));
            AudioClip got = r.readAll();
            assertThat(got.frames()).isEqualTo(expected.frames());
            for (int c = 0; c < channels; c++) {
                assertThat(got.channel(c)).as("channel %d", c).containsExactly(expected.channel(c));
            }
        }
    }

    @Test
    void mono_andOneChannel_inOddBlocks_equalTheWavs_acrossFrameBoundaries() throws Exception {
        byte[] wav = wav(signal(44100, 2, 20_000, 7), SampleFormat.PCM_S16);
        byte[] flac = FlacTool.encode(wav, "--blocksize=1152");
        for (int channel = -1; channel < 2; channel++) {
            float[] fromWav = stream(WavReader.open(new ByteArrayInputStream(wav), "w.wav"), channel);
            float[] fromFlac = stream(open(flac, "f.flac"), channel);
            assertThat(fromFlac).as("channel %d", channel).hasSize(20_000).containsExactly(fromWav);
        }
    }

    private static float[] stream(AudioReader reader, int channel) throws IOException {
        try (AudioReader r = reader) {
            float[] all = new float[0];
            float[] block = new float[777];
            assertThat(channel < 0 ? r.readMono(new float[0]) : r.readChannel(channel, new float[0]))
                    .isZero();
            for (int got; (got = channel < 0 ? r.readMono(block) : r.readChannel(channel, block)) > 0; ) {
                int n = all.length;
                all = Arrays.copyOf(all, n + got);
                System.arraycopy(block, 0, all, n, got);
            }
            assertThat(channel < 0 ? r.readMono(block) : r.readChannel(channel, block))
                    .isEqualTo(-1);
            return all;
        }
    }

    @Test
    void readChannel_rejectsAMissingChannel() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(8000, 2, 1000, 1), SampleFormat.PCM_S16));
        try (AudioReader r = open(flac, "two.flac")) {
            assertThatThrownBy(() -> r.readChannel(2, new float[1])).isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.key()).isEqualTo("flac.bad_channel");
                assertThat(e.getMessage())
                        .contains("channel 2 does not exist in two.flac, which has 2 channels; " + "choose 0 to 1");
            });
        }
    }

    @Test
    void aStreamedFile_withNoTotalInItsHeader_isReadToTheEnd() throws Exception {
        byte[] wav = wav(signal(16000, 1, 10_000, 3), SampleFormat.PCM_S16);
        byte[] flac = FlacTool.encode(wav);
        flac[21] &= (byte) 0xF0; // STREAMINFO's 36-bit total sample count: 0 means unknown
        Arrays.fill(flac, 22, 26, (byte) 0);
        try (AudioReader r = open(flac, "s.flac")) {
            assertThat(r.info().frames()).isEqualTo(-1);
            assertThat(r.readAll().channel(0)).containsExactly(readWav(wav).channel(0));
        }
        // Cut inside a frame, it is truncated even though the header cannot say how long it should be.
        assertRejected(Arrays.copyOf(flac, flac.length - 100), "flac.truncated", "ends inside an audio frame");
    }

    @Test
    void anId3TagBeforeFlac_isSkipped() throws Exception {
        byte[] wav = wav(signal(8000, 1, 5000, 5), SampleFormat.PCM_S16);
        byte[] flac = FlacTool.encode(wav);
        byte[] tag = new byte[10 + 300];
        System.arraycopy("ID3".getBytes(StandardCharsets.US_ASCII), 0, tag, 0, 3);
        tag[3] = 4;
        tag[8] = 300 >> 7;
        tag[9] = 300 & 0x7F;
        byte[] tagged = concat(tag, flac);
        try (AudioReader r = open(tagged, "tagged.flac")) {
            assertThat(r.readAll().channel(0)).containsExactly(readWav(wav).channel(0));
        }
    }

    @Test
    void truncatedAnywhere_isAClearError() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(16000, 2, 40_000, 11), SampleFormat.PCM_S16), "--padding=0");
        assertRejected(
                Arrays.copyOf(flac, flac.length / 2),
                "flac.truncated",
                "its header announces 2.5 s of audio but the file ends after");
        assertRejected(Arrays.copyOf(flac, 4), "flac.truncated", "truncated inside its metadata");
        assertRejected(Arrays.copyOf(flac, 20), "flac.truncated", "truncated inside its STREAMINFO block");
        assertRejected(Arrays.copyOf(flac, 50), "flac.truncated", "truncated inside a metadata block of");
    }

    @Test
    void damagedFrames_areCorrupt_neverSilenceOrAShorterRecording() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(16000, 1, 40_000, 13), SampleFormat.PCM_S16), "--padding=0");
        for (int at : new int[] {flac.length / 4, flac.length / 2, flac.length * 3 / 4, flac.length - 3}) {
            byte[] bad = flac.clone();
            bad[at] ^= 0x5A;
            assertRejected(bad, "flac.corrupt", "bad.flac is corrupt");
        }
        byte[] junk = flac.clone();
        Arrays.fill(junk, flac.length / 2, flac.length / 2 + 200, (byte) 0);
        assertRejected(junk, "flac.corrupt", "is corrupt");
    }

    @Test
    void hostileHeaders_areRejected_beforeAnyBufferIsSizedByThem() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(8000, 1, 2000, 17), SampleFormat.PCM_S16));
        byte[] streamInfo = Arrays.copyOfRange(flac, 8, 42);
        // STREAMINFO, then a block claiming 16 MiB in a file of a few bytes: skipped, never allocated.
        byte[] huge = concat(
                "fLaC".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 0, 0, 34},
                streamInfo,
                new byte[] {4, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                new byte[100]);
        assertRejected(huge, "flac.truncated", "inside a metadata block of 16777215 bytes");
        byte[] noStreamInfo =
                concat("fLaC".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x84, 0, 0, 34}, streamInfo);
        assertRejected(noStreamInfo, "flac.corrupt", "first metadata block is not a 34-byte STREAMINFO");
        byte[] bits32 = flac.clone();
        bits32[20] |= 0x01; // bits per sample - 1: 15 -> 31
        bits32[21] |= (byte) 0xF0;
        assertRejected(bits32, "flac.bad_bits", "32-bit samples; convert it to a WAV first (flac -d in.flac");
        byte[] rate0 = flac.clone();
        rate0[18] = 0;
        rate0[19] = 0;
        rate0[20] &= 0x0F;
        assertRejected(rate0, "flac.bad_sample_rate", "sample rate of 0 Hz");
        assertRejected(Arrays.copyOf(flac, 8 + 34 + 4 + 0), "flac.truncated", "truncated");
    }

    @Test
    void noAudioFrames_isNoSamples() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(8000, 1, 2000, 19), SampleFormat.PCM_S16));
        byte[] onlyHeader = concat(
                "fLaC".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x80, 0, 0, 34},
                Arrays.copyOfRange(flac, 8, 42));
        onlyHeader[21] &= (byte) 0xF0; // total unknown: nothing announced, nothing there
        Arrays.fill(onlyHeader, 22, 26, (byte) 0);
        assertRejected(onlyHeader, "flac.no_samples", "has no audio frames after its header");
    }

    @Test
    void readAll_withAFrameLimit_refusesMore() throws Exception {
        byte[] flac = FlacTool.encode(wav(signal(8000, 1, 8000, 23), SampleFormat.PCM_S16));
        try (AudioReader r = open(flac, "long.flac")) {
            assertThatThrownBy(() -> r.readAll(4000)).isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.key()).isEqualTo("flac.too_long");
                assertThat(e.getMessage()).contains("long.flac holds 1.0 s of audio; at most 0.5 s are read here");
            });
        }
    }

    @Test
    void aFlacFile_onDisk_opensByItsContents_whateverItsName() throws Exception {
        byte[] wav = wav(signal(8000, 1, 3000, 29), SampleFormat.PCM_S24);
        Path misnamed = dir.resolve("actually-flac.wav");
        Files.write(misnamed, FlacTool.encode(wav));
        try (AudioReader r = AudioReaders.open(misnamed)) {
            assertThat(r.info().format()).isEqualTo(SampleFormat.PCM_S24);
            assertThat(r.readAll().channel(0)).containsExactly(readWav(wav).channel(0));
        }
        Path plain = dir.resolve("plain.wav");
        Files.write(plain, wav);
        try (AudioReader r = AudioReaders.open(plain)) {
            assertThat(r).isInstanceOf(WavReader.class);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "494433040000000000000000          | an MP3 file           | ffmpeg -i in.mp3 -ac 1 out.wav",
                "FFFB9064000000000000000000000000  | an MP3 file           | ffmpeg -i in.mp3 -ac 1 out.wav",
                "FFF15080000000000000000000000000  | an AAC (ADTS) file    | ffmpeg -i in.aac -ac 1 out.wav",
                "000000206674797049534F4D00000200  | an MP4 file           | ffmpeg -i in.m4a -ac 1 out.wav",
                "00000020667479704D34412000000000  | an M4A (AAC) file     | ffmpeg -i in.m4a -ac 1 out.wav",
                "1A45DFA3A34286810142F7810142F2810442F381084282847765626D | a WebM file | ffmpeg -i in.webm -ac 1 out.wav",
                "1A45DFA3A34286810142F7810142F2810442F381084282886D6174726F736B61 | a Matroska (MKV/MKA) file | ffmpeg -i in.mka",
                "464F524D0000100041494646          | an AIFF file          | sox in.aiff out.wav",
            })
    void compressedFormats_areNamed_withACommandThatConvertsThem(String hex, String what, String command) {
        byte[] file = hex(hex.strip());
        assertThatThrownBy(() -> open(file, "rec")).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("audio.unsupported_format");
            assertThat(e.getMessage())
                    .startsWith("rec is " + what + ", which backcrack does not read")
                    .contains("Convert it to WAV first, for example: " + command)
                    .contains("and FLAC files");
        });
    }

    @Test
    void ogg_isNamedByItsCodec() {
        for (String[] c : new String[][] {
            {"\u0001vorbis", "an Ogg Vorbis file"}, {"OpusHead", "an Ogg Opus file"}, {"\u007FFLAC", "an Ogg FLAC file"}
        }) {
            byte[] page = new byte[28 + 16];
            System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, page, 0, 4);
            page[26] = 1;
            byte[] id = c[0].getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(id, 0, page, 28, id.length);
            assertThatThrownBy(() -> open(page, "in.ogg")).isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.getMessage())
                        .startsWith("in.ogg is " + c[1])
                        .contains("ffmpeg -i in.ogg -ac 1 out.wav (or: sox in.ogg out.wav)");
            });
        }
    }

    @Test
    void somethingElse_isLeftToTheWavReader_whoseMessageNowMentionsFlac() {
        assertRejected(
                "just some text".getBytes(StandardCharsets.US_ASCII),
                "wav.not_riff",
                "not a WAV file: it does not start with RIFF....WAVE");
        assertRejected(new byte[0], "wav.empty", "is empty");
    }

    static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // --- Skipping frames (a second thread entering a long recording part way) ---

    @ParameterizedTest
    @CsvSource({"0", "1", "4095", "12345", "19999", "20000", "25000"})
    void skipFrames_thenRead_givesWhatReadingThroughGives_inWavAndFlac(long skip) throws Exception {
        AudioClip clip = signal(16000, 2, 20_000, 3);
        byte[] wav = wav(clip, SampleFormat.PCM_S16);
        byte[] flac = FlacTool.encode(wav, "--blocksize=1152");
        float[] all = stream(WavReader.open(new ByteArrayInputStream(wav), "w.wav"), -1);
        float[] rest = Arrays.copyOfRange(all, (int) Math.min(skip, all.length), all.length);
        for (byte[] file : List.of(wav, flac)) {
            try (AudioReader r = open(file, "f")) {
                assertThat(r.seeks()).isEqualTo(r instanceof WavReader);
                assertThat(r.skipFrames(skip)).isEqualTo(Math.min(skip, 20_000));
                float[] got = new float[0];
                float[] block = new float[777];
                for (int n; (n = r.readMono(block)) > 0; ) {
                    got = Arrays.copyOf(got, got.length + n);
                    System.arraycopy(block, 0, got, got.length - n, n);
                }
                assertThat(got).as("%s", r.getClass().getSimpleName()).containsExactly(rest);
            }
        }
    }

    @Test
    void skipFrames_pastTheEndOfATruncatedWav_stillSaysItIsTruncated() throws Exception {
        byte[] wav = wav(signal(8000, 1, 10_000, 4), SampleFormat.PCM_S16);
        byte[] cut = Arrays.copyOf(wav, wav.length - 5000);
        try (AudioReader r = open(cut, "cut.wav")) {
            assertThat(r.skipFrames(9_000)).isLessThan(9_000);
            assertThatThrownBy(() -> r.readMono(new float[100]))
                    .isInstanceOfSatisfying(
                            InputException.class, e -> assertThat(e.key()).isEqualTo("wav.truncated"));
        }
    }
}
