package org.backcrack.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WavRoundTripTest {

    static byte[] bytes(AudioClip clip, SampleFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(clip, f, out);
        return out.toByteArray();
    }

    static AudioClip read(byte[] wav) throws IOException {
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "test.wav")) {
            return r.readAll();
        }
    }

    /** Half the quantisation step of a format, the most a round trip may change a sample. */
    static double tolerance(SampleFormat f) {
        return switch (f) {
            case PCM_U8 -> 0.5 / 127 + 1e-6;
            case PCM_S16 -> 0.5 / 32767 + 1e-7;
            case PCM_S24 -> 0.5 / 8388607 + 1e-7;
            case PCM_S32, FLOAT_32 -> 1e-7;
            case FLOAT_64 -> 1e-9;
        };
    }

    static AudioClip tone(int rate, int channels, int frames) {
        float[][] ch = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                ch[c][i] = (float) (0.9 * Math.sin(2 * Math.PI * (220 + 110 * c) * i / rate));
            }
        }
        ch[0][0] = 1f; // full scale both ways
        ch[0][1] = -1f;
        return new AudioClip(rate, ch);
    }

    static Stream<Arguments> layouts() {
        return Stream.of(SampleFormat.values())
                .flatMap(f -> Stream.of(1, 2, 3, 6)
                        .flatMap(ch -> Stream.of(8000, 44100, 96000, 192000).map(rate -> Arguments.of(f, ch, rate))));
    }

    @ParameterizedTest(name = "{0} x{1} @ {2} Hz")
    @MethodSource("layouts")
    void writeThenRead_returnsTheSamples_withinQuantisation(SampleFormat f, int channels, int rate) throws IOException {
        AudioClip clip = tone(rate, channels, 1001);
        AudioClip back = read(bytes(clip, f));
        assertThat(back.sampleRate()).isEqualTo(rate);
        assertThat(back.channelCount()).isEqualTo(channels);
        assertThat(back.frames()).isEqualTo(1001);
        for (int c = 0; c < channels; c++) {
            float[] a = clip.channel(c);
            float[] b = back.channel(c);
            for (int i = 0; i < a.length; i++) {
                assertThat((double) b[i]).as("%s ch%d[%d]", f, c, i).isCloseTo(a[i], within(tolerance(f)));
            }
        }
    }

    @Test
    void pcm16Mono_headerIsTheCanonical44Bytes() throws IOException {
        byte[] wav = bytes(AudioClip.mono(8000, new float[] {0f, 0.5f, -1f}), SampleFormat.PCM_S16);
        assertThat(HexFormat.of().formatHex(wav))
                .isEqualTo("52494646" + "2a000000" + "57415645" // RIFF, 42, WAVE
                        + "666d7420" + "10000000" + "0100" + "0100" // fmt , 16, PCM, 1 channel
                        + "401f0000" + "803e0000" + "0200" + "1000" // 8000 Hz, 16000 B/s, align 2, 16 bits
                        + "64617461" + "06000000" // data, 6 bytes
                        + "0000" + "0040" + "0180" // 0, 16384, -32767
                        + "");
    }

    @Test
    void float32Stereo_usesThePlainFloatTag_withFact() throws IOException {
        byte[] wav = bytes(tone(48000, 2, 10), SampleFormat.FLOAT_32);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(20)).isEqualTo((short) 3);
        assertThat(b.getInt(16)).isEqualTo(18);
        assertThat(new String(wav, 38, 4)).isEqualTo("fact");
        assertThat(b.getInt(46)).isEqualTo(10);
        assertThat(new String(wav, 50, 4)).isEqualTo("data");
    }

    @Test
    void pcm24SixChannels_usesWaveFormatExtensible_withThePcmSubformat() throws IOException {
        byte[] wav = bytes(tone(48000, 6, 10), SampleFormat.PCM_S24);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(20) & 0xFFFF).isEqualTo(0xFFFE);
        assertThat(b.getInt(16)).isEqualTo(40);
        assertThat(b.getShort(36)).as("cbSize").isEqualTo((short) 22);
        assertThat(b.getShort(44)).as("subformat").isEqualTo((short) 1);
        assertThat(b.getInt(40)).as("channel mask").isEqualTo(0x3F);
    }

    @Test
    void sameClip_sameBytes() throws IOException {
        assertThat(bytes(tone(44100, 2, 500), SampleFormat.PCM_S24))
                .isEqualTo(bytes(tone(44100, 2, 500), SampleFormat.PCM_S24));
    }

    @Test
    void outOfRangeSamples_areClipped() throws IOException {
        AudioClip back = read(bytes(AudioClip.mono(8000, new float[] {2f, -3f, Float.NaN}), SampleFormat.PCM_S16));
        assertThat(back.channel(0)).containsExactly(1f, -1f, 0f);
    }

    @Property(tries = 200)
    void pcm16RoundTrip_isWithinHalfAStep(@ForAll @Size(min = 1, max = 300) float[] raw) throws IOException {
        float[] x = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = Float.isFinite(raw[i]) ? (float) Math.tanh(raw[i]) : 0f;
        }
        float[] back =
                read(bytes(AudioClip.mono(16000, x), SampleFormat.PCM_S16)).channel(0);
        assertThat(back).hasSize(x.length);
        for (int i = 0; i < x.length; i++) {
            assertThat((double) back[i]).isCloseTo(x[i], within(tolerance(SampleFormat.PCM_S16)));
        }
    }

    @Property(tries = 100)
    void mixedToMono_isTheMeanOfTheChannels(
            @ForAll @FloatRange(min = -1, max = 1) float a, @ForAll @FloatRange(min = -1, max = 1) float b)
            throws IOException {
        byte[] wav = bytes(new AudioClip(8000, new float[][] {{a}, {b}}), SampleFormat.FLOAT_32);
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "t.wav")) {
            float[] out = new float[4];
            assertThat(r.readMono(out)).isEqualTo(1);
            assertThat((double) out[0]).isCloseTo((a + b) / 2.0, within(1e-6));
            assertThat(r.readMono(out)).isEqualTo(-1);
        }
    }
}
