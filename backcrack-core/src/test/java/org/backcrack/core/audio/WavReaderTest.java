package org.backcrack.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.backcrack.core.InputException;
import org.junit.jupiter.api.Test;

class WavReaderTest {

    /** A hand-built WAV: fmt fields as given, then arbitrary chunks, then data. */
    static byte[] wav(
            int tag,
            int channels,
            int rate,
            int blockAlign,
            int bits,
            byte[] extraChunks,
            byte[] data,
            int declaredData) {
        ByteBuffer b =
                ByteBuffer.allocate(1024 + extraChunks.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) tag)
                .putShort((short) channels)
                .putInt(rate)
                .putInt(rate * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) bits);
        b.put(extraChunks);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(declaredData).put(data);
        byte[] out = Arrays.copyOf(b.array(), b.position());
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(4, out.length - 8);
        return out;
    }

    static byte[] pcm16(int frames) {
        return new byte[frames * 2];
    }

    static void assertRejected(byte[] file, String key, String fragment) {
        assertThatThrownBy(() -> {
                    try (WavReader r = WavReader.open(new ByteArrayInputStream(file), "bad.wav")) {
                        r.readAll();
                    }
                })
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(fragment).contains("backcrack reads RIFF/WAVE files");
                    assertThat(e.field()).isEqualTo("bad.wav");
                });
    }

    // --- Hostile headers (issue 13): memory follows the bytes that arrive, never what a header claims ---

    @Test
    void aHeaderClaiming65535Channels_isRejectedBeforeAnyBufferIsSized() {
        byte[] file = wav(1, 65_535, 8000, 65_535, 8, new byte[0], new byte[256], 0);
        assertRejected(file, "wav.bad_channels", "says it has 65535 channels");
    }

    @Test
    void aHeaderClaimingGigabytes_ofManyChannels_readsOnlyWhatArrives() {
        // 64 channels of 8-bit at 768 kHz and a 4 GiB data chunk, in a 1 KiB file: before, readAll sized
        // float[channels][frames] from the header (about 17 GB). Now the first buffer is 64 x 65,536 floats and
        // the read ends with 'truncated' at the bytes that came.
        byte[] file = wav(1, 64, 768_000, 64, 8, new byte[0], new byte[640], 0xFFFF_FFF0);
        assertRejected(file, "wav.truncated", "is truncated");
    }

    @Test
    void readAll_withAFrameLimit_refusesMore_whetherTheHeaderSaysSoOrNot() throws IOException {
        byte[] declared = wav(1, 1, 8000, 2, 16, new byte[0], pcm16(1000), 2000);
        try (WavReader r = WavReader.open(new ByteArrayInputStream(declared), "long.wav")) {
            assertThatThrownBy(() -> r.readAll(999))
                    .isInstanceOfSatisfying(
                            InputException.class, e -> assertThat(e.key()).isEqualTo("wav.too_long"));
        }
        byte[] open = wav(1, 1, 8000, 2, 16, new byte[0], pcm16(100_000), 0); // data size left open
        try (WavReader r = WavReader.open(new ByteArrayInputStream(open), "open.wav")) {
            assertThatThrownBy(() -> r.readAll(50_000))
                    .isInstanceOfSatisfying(
                            InputException.class,
                            e -> assertThat(e.getMessage()).contains("at least").contains("at most 6.3 s"));
        }
        try (WavReader r = WavReader.open(new ByteArrayInputStream(declared), "ok.wav")) {
            assertThat(r.readAll(1000).frames()).isEqualTo(1000);
        }
    }

    @Test
    void aChunkIdWithControlBytes_isPrintedEscaped_neverRawToATerminal() {
        ByteBuffer extra = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        extra.put(new byte[] {0x1B, '[', '2', 'J'}).putInt(1000); // ESC [ 2 J clears a terminal
        byte[] file = wav(1, 1, 8000, 2, 16, extra.array(), new byte[0], 0);
        byte[] cut = Arrays.copyOf(file, file.length - 8); // the chunk claims 1000 bytes that never come
        assertThatThrownBy(() -> WavReader.open(new ByteArrayInputStream(cut), "esc.wav"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getMessage()).contains("'\\x1B[2J' chunk").doesNotContain("\u001b");
                });
    }

    @Test
    void unknownChunks_andOddPadding_areSkipped() throws IOException {
        ByteBuffer extra = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        extra.put("LIST".getBytes(StandardCharsets.US_ASCII))
                .putInt(5)
                .put(new byte[] {1, 2, 3, 4, 5})
                .put((byte) 0);
        extra.put("JUNK".getBytes(StandardCharsets.US_ASCII)).putInt(4).putInt(0xDEADBEEF);
        byte[] chunks = Arrays.copyOf(extra.array(), extra.position());
        byte[] data = ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 16384)
                .putShort((short) -16384)
                .array();
        AudioClip clip = WavReaderTestSupport.read(wav(1, 1, 16000, 2, 16, chunks, data, 4));
        assertThat(clip.channel(0)).containsExactly(16384 / 32767f, -16384 / 32767f);
    }

    @Test
    void streamedRecording_withUnknownDataSize_isReadToTheEnd_droppingAPartialFrame() throws IOException {
        byte[] data = new byte[2 * 100 + 1];
        AudioClip clip = WavReaderTestSupport.read(wav(1, 1, 16000, 2, 16, new byte[0], data, 0xFFFFFFFF));
        assertThat(clip.frames()).isEqualTo(100);
        assertThat(WavReaderTestSupport.read(wav(1, 1, 16000, 2, 16, new byte[0], pcm16(7), 0))
                        .frames())
                .isEqualTo(7);
    }

    @Test
    void streamingInSmallBlocks_equalsReadingWhole() throws IOException {
        AudioClip clip = WavRoundTripTest.tone(44100, 3, 50_000);
        byte[] bytes = WavRoundTripTest.bytes(clip, SampleFormat.PCM_S24);
        float[] whole;
        try (WavReader r = WavReader.open(new ByteArrayInputStream(bytes), "t.wav")) {
            AudioClip all = r.readAll();
            whole = new float[all.frames()];
            for (int i = 0; i < whole.length; i++) {
                whole[i] = (all.channel(0)[i] + all.channel(1)[i] + all.channel(2)[i]) / 3f;
            }
        }
        float[] streamed = new float[50_000];
        int n = 0;
        try (WavReader r = WavReader.open(new ByteArrayInputStream(bytes), "t.wav")) {
            assertThat(r.info()).isEqualTo(new WavInfo(44100, 3, SampleFormat.PCM_S24, 50_000));
            float[] block = new float[777];
            for (int got; (got = r.readMono(block)) > 0; n += got) {
                System.arraycopy(block, 0, streamed, n, got);
            }
        }
        assertThat(n).isEqualTo(50_000);
        for (int i = 0; i < n; i++) {
            assertThat(streamed[i]).isCloseTo(whole[i], org.assertj.core.api.Assertions.within(1e-6f));
        }
    }

    @Test
    void every16BitSample_readAsMonoOrAsOneChannel_isItsValueOverFullScale_toTheBit() throws IOException {
        // Every 16-bit value once, in a mono file and as the second channel of a stereo file: the one-channel
        // loop (a table lookup) gives exactly what the general decoder gives, v / 32767 with -32768 at -1.
        ByteBuffer mono = ByteBuffer.allocate(2 << 16).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer stereo = ByteBuffer.allocate(4 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            mono.putShort((short) v);
            stereo.putShort((short) 7).putShort((short) v);
        }
        float[] expected = new float[1 << 16];
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            expected[v - Short.MIN_VALUE] = Math.max(-1f, v / 32767f);
        }
        float[] got = new float[1 << 16];
        try (WavReader r = WavReader.open(
                new ByteArrayInputStream(wav(1, 1, 8000, 2, 16, new byte[0], mono.array(), 2 << 16)), "m.wav")) {
            assertThat(r.readMono(got)).isEqualTo(got.length);
        }
        assertThat(got).containsExactly(expected);
        try (WavReader r = WavReader.open(
                new ByteArrayInputStream(wav(1, 2, 8000, 4, 16, new byte[0], stereo.array(), 4 << 16)), "s.wav")) {
            assertThat(r.readChannel(1, got)).isEqualTo(got.length);
        }
        assertThat(got).containsExactly(expected);
        assertThat(expected[0]).isEqualTo(-1f);
        assertThat(expected[(1 << 16) - 1]).isEqualTo(1f);
    }

    @Test
    void readChannel_picksOneChannel_andRejectsAMissingOne() throws IOException {
        byte[] bytes =
                WavRoundTripTest.bytes(new AudioClip(8000, new float[][] {{0.25f}, {-0.5f}}), SampleFormat.FLOAT_32);
        try (WavReader r = WavReader.open(new ByteArrayInputStream(bytes), "two.wav")) {
            float[] out = new float[1];
            assertThatThrownBy(() -> r.readChannel(2, out)).isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.key()).isEqualTo("wav.bad_channel");
                assertThat(e.getMessage())
                        .contains("channel 2 does not exist in two.wav, which has 2 channels; choose 0 to 1");
            });
            assertThat(r.readChannel(1, out)).isEqualTo(1);
            assertThat(out[0]).isEqualTo(-0.5f);
        }
    }

    @Test
    void everyMalformedFile_isRejectedWithItsKeyAndAPlainMessage() throws IOException {
        byte[] good = wav(1, 1, 16000, 2, 16, new byte[0], pcm16(10), 20);
        assertRejected(new byte[0], "wav.empty", "bad.wav is empty");
        assertRejected(
                "ID3\u0004 this is an mp3".getBytes(StandardCharsets.US_ASCII),
                "wav.not_riff",
                "not a WAV file: it does not start with RIFF....WAVE");
        assertRejected(Arrays.copyOf(good, 10), "wav.not_riff", "not a WAV file");
        byte[] rifx = good.clone();
        rifx[3] = 'X';
        assertRejected(rifx, "wav.unsupported_container", "big-endian RIFX");
        byte[] rf64 = good.clone();
        System.arraycopy("RF64".getBytes(StandardCharsets.US_ASCII), 0, rf64, 0, 4);
        assertRejected(rf64, "wav.unsupported_container", "RF64 file (WAV over 4 GiB)");
        assertRejected(Arrays.copyOf(good, 12), "wav.no_fmt", "has no 'fmt ' chunk");
        assertRejected(Arrays.copyOf(good, 30), "wav.truncated", "truncated inside its 'fmt ' chunk");
        assertRejected(Arrays.copyOf(good, 36), "wav.no_data", "has no 'data' chunk");
        assertRejected(
                Arrays.copyOf(good, good.length - 6),
                "wav.truncated",
                "the header announces 20 bytes of audio but the file ends 6 bytes short");
        assertRejected(
                wav(1, 1, 16000, 2, 16, new byte[0], new byte[0], 0), "wav.no_samples", "no samples after its header");
        assertRejected(wav(1, 1, 16000, 2, 16, new byte[0], new byte[1], 1), "wav.no_samples", "empty 'data' chunk");
        assertRejected(
                wav(2, 1, 16000, 2, 4, new byte[0], pcm16(4), 8),
                "wav.unsupported_codec",
                "compressed with Microsoft ADPCM; convert it to PCM first");
        assertRejected(wav(7, 1, 8000, 1, 8, new byte[0], pcm16(4), 8), "wav.unsupported_codec", "mu-law");
        assertRejected(wav(0x55, 2, 44100, 4, 0, new byte[0], pcm16(4), 8), "wav.unsupported_codec", "MP3");
        assertRejected(wav(1, 1, 16000, 2, 12, new byte[0], pcm16(4), 8), "wav.bad_bits", "12-bit PCM samples");
        assertRejected(wav(3, 1, 16000, 2, 16, new byte[0], pcm16(4), 8), "wav.bad_bits", "16-bit float samples");
        assertRejected(wav(1, 0, 16000, 0, 16, new byte[0], pcm16(4), 8), "wav.bad_channels", "0 channels");
        assertRejected(wav(1, 1, 0, 2, 16, new byte[0], pcm16(4), 8), "wav.bad_sample_rate", "sample rate of 0 Hz");
        assertRejected(wav(1, 1, 5_000_000, 2, 16, new byte[0], pcm16(4), 8), "wav.bad_sample_rate", "5000000 Hz");
        assertRejected(
                wav(1, 2, 16000, 3, 16, new byte[0], pcm16(4), 8),
                "wav.bad_block_align",
                "block size of 3 bytes, but 2 channel(s) of 16-bit samples need 4");
        ByteBuffer huge = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        huge.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(1_000_000);
        assertRejected(
                wav(1, 1, 16000, 2, 16, huge.array(), pcm16(4), 8),
                "wav.truncated",
                "truncated inside its 'LIST' chunk, before any audio");
    }

    @Test
    void extensibleFmtTooShort_andDataBeforeFmt_areRejected() {
        byte[] ext = wav(0xFFFE, 1, 16000, 2, 16, new byte[0], pcm16(4), 8);
        assertRejected(ext, "wav.bad_fmt", "WAVE_FORMAT_EXTENSIBLE but its 'fmt ' chunk is only 16 bytes");
        ByteBuffer b = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(20)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(4)
                .putInt(0);
        assertRejected(b.array(), "wav.no_fmt", "'data' chunk before any 'fmt ' chunk");
    }

    /** A two-hour 48 kHz mono file is never held in memory: the reader streams from a generator. */
    @Test
    void twoHourFile_streamsInBoundedMemory() throws IOException {
        long frames = 48_000L * 7200;
        byte[] header = Arrays.copyOf(wav(1, 1, 48000, 2, 16, new byte[0], new byte[0], (int) (frames * 2)), 44);
        InputStream generated = new InputStream() {
            long pos;

            @Override
            public int read() {
                if (pos >= 44 + frames * 2) {
                    return -1;
                }
                return pos < 44 ? header[(int) pos++] & 0xFF : (int) (pos++ & 0x3F);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = 44 + frames * 2 - pos;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
        long total = 0;
        try (WavReader r = WavReader.open(generated, "long.wav")) {
            assertThat(r.info().duration()).isEqualTo(7200.0);
            float[] block = new float[1 << 16];
            for (int got; (got = r.readMono(block)) > 0; ) {
                total += got;
            }
        }
        assertThat(total).isEqualTo(frames);
    }
}

/** Shared helper for reader tests. */
final class WavReaderTestSupport {
    private WavReaderTestSupport() {}

    static AudioClip read(byte[] wav) throws IOException {
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "test.wav")) {
            return r.readAll();
        }
    }
}
