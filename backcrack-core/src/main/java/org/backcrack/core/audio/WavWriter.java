package org.backcrack.core.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes audio as RIFF/WAVE. Uses WAVE_FORMAT_EXTENSIBLE where the format specification asks for it
 * (more than two channels, or integer samples wider than 16 bits) and the plain PCM or IEEE-float header
 * otherwise; float files carry the {@code fact} chunk non-PCM data requires. Samples outside [-1, 1] are
 * clipped. The output depends only on the clip and the format, so the same input gives the same bytes.
 */
public final class WavWriter {
    /** KSDATAFORMAT_SUBTYPE GUID tail shared by PCM and IEEE float (only the first two bytes differ). */
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };

    private WavWriter() {}

    public static void write(AudioClip clip, SampleFormat format, Path path) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            write(clip, format, out);
        }
    }

    /** Writes the whole clip; the stream is flushed, not closed. */
    public static void write(AudioClip clip, SampleFormat format, OutputStream out) throws IOException {
        int channels = clip.channelCount();
        long frames = clip.frames();
        long dataBytes = frames * channels * format.bytes();
        if (dataBytes > 0xFFFFFFFFL - 100) {
            throw new IllegalArgumentException("clip too long for a RIFF/WAVE file (more than 4 GiB of samples)");
        }
        boolean extensible = channels > 2 || (!format.floating() && format.bits() > 16);
        int fmtSize = extensible ? 40 : format.floating() ? 18 : 16;
        boolean fact = format.floating() || extensible;
        int riffSize = (int) (4 + 8 + fmtSize + (fact ? 12 : 0) + 8 + dataBytes + (dataBytes & 1));
        ByteBuffer h =
                ByteBuffer.allocate(8 + 4 + 8 + fmtSize + (fact ? 12 : 0) + 8).order(ByteOrder.LITTLE_ENDIAN);
        h.put(ascii("RIFF")).putInt(riffSize).put(ascii("WAVE"));
        h.put(ascii("fmt ")).putInt(fmtSize);
        h.putShort((short) (extensible ? SampleFormat.TAG_EXTENSIBLE : format.formatTag()));
        h.putShort((short) channels).putInt(clip.sampleRate());
        h.putInt(clip.sampleRate() * channels * format.bytes());
        h.putShort((short) (channels * format.bytes())).putShort((short) format.bits());
        if (extensible) {
            h.putShort((short) 22).putShort((short) format.bits()).putInt(channelMask(channels));
            h.putShort((short) format.formatTag()).put(GUID_TAIL);
        } else if (format.floating()) {
            h.putShort((short) 0);
        }
        if (fact) {
            h.put(ascii("fact")).putInt(4).putInt((int) frames);
        }
        h.put(ascii("data")).putInt((int) dataBytes);
        out.write(h.array());
        float[][] ch = clip.channels();
        int bytesPerFrame = channels * format.bytes();
        int framesPerBlock = Math.max(1, (1 << 16) / bytesPerFrame);
        ByteBuffer b = ByteBuffer.allocate(framesPerBlock * bytesPerFrame).order(ByteOrder.LITTLE_ENDIAN);
        for (long f0 = 0; f0 < frames; f0 += framesPerBlock) {
            b.clear();
            int n = (int) Math.min(framesPerBlock, frames - f0);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    put(b, format, ch[c][(int) f0 + i]);
                }
            }
            out.write(b.array(), 0, b.position());
        }
        if ((dataBytes & 1) == 1) {
            out.write(0); // RIFF chunks are word aligned
        }
        out.flush();
    }

    static void put(ByteBuffer b, SampleFormat format, float sample) {
        double x = Double.isNaN(sample) ? 0 : Math.max(-1.0, Math.min(1.0, sample));
        switch (format) {
            case PCM_U8 -> b.put((byte) (Math.round(x * 127.0) + 128));
            case PCM_S16 -> b.putShort((short) Math.round(x * 32767.0));
            case PCM_S24 -> {
                int v = (int) Math.round(x * 8388607.0);
                b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
            }
            case PCM_S32 -> b.putInt((int) Math.round(x * 2147483647.0));
            case FLOAT_32 -> b.putFloat((float) x);
            case FLOAT_64 -> b.putDouble(x);
        }
    }

    /** Speaker positions in the standard order: front left, front right, centre, LFE, back left, back right... */
    private static int channelMask(int channels) {
        return channels >= 18 ? 0 : (1 << channels) - 1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
