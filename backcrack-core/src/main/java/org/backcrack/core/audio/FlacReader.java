package org.backcrack.core.audio;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;

/**
 * Reads a FLAC stream (a lossless archive of a recording) frame by frame, in bounded memory, with jFLAC: one
 * decoded frame is held at a time (FLAC caps a frame at 65,536 samples of at most 8 channels), never the file.
 *
 * <p>Reads 8, 16 and 24-bit samples (as {@link SampleFormat#PCM_U8}, {@link SampleFormat#PCM_S16} and
 * {@link SampleFormat#PCM_S24}: the same floats a WAV of the same samples gives), 1 to 8 channels, 1 kHz to
 * 768 kHz. The metadata blocks before the audio (tags, pictures, seek tables, padding) are skipped here without
 * being read into memory, whatever length they claim; only the 34-byte STREAMINFO block is kept and handed to the
 * decoder. Every frame's checksum is checked: a damaged frame, bytes that are not frames between frames, or a
 * file that ends before the samples its header announces (or inside a frame) is an {@link InputException}
 * ({@code flac.corrupt}, {@code flac.truncated}), never silence or a shorter recording.
 */
public final class FlacReader implements AudioReader {
    /** What backcrack reads of FLAC, for the messages that reject a FLAC file. */
    public static final String ACCEPTED =
            "backcrack reads FLAC files with 8, 16 or 24-bit samples, 1 to 8 channels, " + "1 kHz to 768 kHz";

    private static final int STREAMINFO = 0;
    private static final int STREAMINFO_LENGTH = 34;
    private static final int INVALID_BLOCK_TYPE = 127;

    private final Source source;
    private final String name;
    private final String accepted;
    private final WavInfo info;
    private final FLACDecoder decoder;
    /** Set by the decoder's error callback when it skipped bytes looking for the next frame. */
    private boolean lostSync;
    /** Set by the decoder's error callback when the stream ended inside a frame. */
    private boolean endedInFrame;
    /** Samples per channel in the current frame, and how many of them have been handed out. */
    private int length;

    private int position;
    /** Frames decoded so far, the current one included. */
    private long decoded;

    private boolean ended;

    private FlacReader(InputStream in, String name, String accepted) throws IOException {
        this.source = new Source(in);
        this.name = name;
        this.accepted = accepted;
        byte[] streamInfo = readMetadata();
        this.info = info(streamInfo);
        // The decoder sees the magic and STREAMINFO alone (marked as the last block), then the frames: the
        // blocks skipped above never reach it, so it never sizes an array from one of them.
        byte[] head = new byte[8 + STREAMINFO_LENGTH];
        System.arraycopy("fLaC".getBytes(StandardCharsets.US_ASCII), 0, head, 0, 4);
        head[4] = (byte) 0x80;
        head[7] = STREAMINFO_LENGTH;
        System.arraycopy(streamInfo, 0, head, 8, STREAMINFO_LENGTH);
        this.decoder = new FLACDecoder(new SequenceInputStream(new ByteArrayInputStream(head), source));
        decoder.addFrameListener(new Errors());
        decoder.readMetadata();
        if (!nextFrame()) {
            throw bad(CoreError.FLAC_NO_SAMPLES, name + " has no audio frames after its header");
        }
    }

    /** Opens a stream positioned at its {@code fLaC} marker and reads the header and the first frame. */
    public static FlacReader open(InputStream in, String name) throws IOException {
        return open(in, name, ACCEPTED);
    }

    /** As {@link #open(InputStream, String)}, with {@code accepted} ending every message that rejects the file. */
    static FlacReader open(InputStream in, String name, String accepted) throws IOException {
        return new FlacReader(in, name, accepted);
    }

    @Override
    public WavInfo info() {
        return info;
    }

    @Override
    public int readMono(float[] out) throws IOException {
        return read(out, -1);
    }

    @Override
    public int readChannel(int channel, float[] out) throws IOException {
        AudioReader.checkChannel(CoreError.FLAC_BAD_CHANNEL, name, channel, info.channels());
        return read(out, channel);
    }

    @Override
    public int readInterleaved(float[] out) throws IOException {
        int channels = info.channels();
        int frames = out.length / channels;
        if (frames == 0) {
            return ended && position == length ? -1 : 0;
        }
        int n = 0;
        while (n < frames && available()) {
            int take = Math.min(frames - n, length - position);
            int[][] data = channelData();
            for (int i = 0; i < take; i++) {
                for (int c = 0; c < channels; c++) {
                    out[(n + i) * channels + c] = sample(data[c][position + i]);
                }
            }
            position += take;
            n += take;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public AudioClip readAll(long maxFrames) throws IOException {
        return Clips.readAll(
                this,
                maxFrames,
                frames -> new InputException(
                        CoreError.FLAC_TOO_LONG, name, Clips.tooLongMessage(name, info, frames, maxFrames)));
    }

    @Override
    public void close() throws IOException {
        ended = true;
        source.close();
    }

    private int read(float[] out, int channel) throws IOException {
        if (out.length == 0) {
            return ended && position == length ? -1 : 0;
        }
        int channels = info.channels();
        int n = 0;
        while (n < out.length && available()) {
            int take = Math.min(out.length - n, length - position);
            int[][] data = channelData();
            for (int i = 0; i < take; i++) {
                if (channel < 0) {
                    // As WavReader mixes, so a FLAC and the WAV it came from give the same mono samples.
                    double sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += sample(data[c][position + i]);
                    }
                    out[n + i] = (float) (sum / channels);
                } else {
                    out[n + i] = sample(data[channel][position + i]);
                }
            }
            position += take;
            n += take;
        }
        return n == 0 ? -1 : n;
    }

    /** True when the current frame has samples left, decoding the next frame when it has not. */
    private boolean available() throws IOException {
        while (position == length) {
            if (!nextFrame()) {
                return false;
            }
        }
        return true;
    }

    private int[][] channelData() {
        int[][] data = new int[info.channels()][];
        for (int c = 0; c < data.length; c++) {
            data[c] = decoder.getChannelData()[c].getOutput();
        }
        return data;
    }

    /** The same scaling as {@link WavReader} for the same integer sample, so the two give equal floats. */
    private float sample(int v) {
        float x = switch (info.format()) {
            case PCM_U8 -> v / 127f;
            case PCM_S16 -> v / 32767f;
            default -> v / 8388607f;
        };
        if (info.format() == SampleFormat.PCM_U8) {
            return x;
        }
        return x < -1f ? -1f : Math.min(x, 1f);
    }

    /** Decodes the next frame; false at the end of the audio. Any damage is an error, never a gap. */
    private boolean nextFrame() throws IOException {
        if (ended) {
            return false;
        }
        if (info.frames() >= 0 && decoded >= info.frames()) {
            // Whatever follows the announced samples (an ID3v1 tag, say) is not audio.
            ended = true;
            return false;
        }
        long bytesBefore = decoder.getTotalBytesRead();
        int badBefore = decoder.getBadFrames();
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (InputException e) {
            ended = true;
            throw e;
        } catch (IOException | RuntimeException e) {
            ended = true;
            if (source.failed != null) {
                throw source.failed;
            }
            throw corrupt("it cannot be decoded (" + reason(e) + ")");
        }
        if (decoder.getBadFrames() != badBefore) {
            ended = true;
            throw corrupt("an audio frame is damaged");
        }
        if (frame == null) {
            ended = true;
            if (source.failed != null) {
                throw source.failed;
            }
            if (lostSync && info.frames() >= 0) {
                throw corrupt("it holds bytes that are not audio frames");
            }
            if (info.frames() >= 0 && decoded < info.frames()) {
                throw bad(
                        CoreError.FLAC_TRUNCATED,
                        String.format(
                                Locale.ROOT,
                                "%s is truncated: its header announces %.1f s "
                                        + "of audio but the file ends after %.1f s. Re-export or re-copy it",
                                name,
                                info.duration(),
                                decoded / (double) info.sampleRate()));
            }
            if (endedInFrame || (!lostSync && decoder.getTotalBytesRead() != bytesBefore)) {
                throw bad(
                        CoreError.FLAC_TRUNCATED,
                        String.format(
                                Locale.ROOT,
                                "%s is truncated: it ends inside an audio "
                                        + "frame, after %.1f s. Re-export or re-copy it",
                                name,
                                decoded / (double) info.sampleRate()));
            }
            return false;
        }
        if (lostSync) {
            ended = true;
            throw corrupt("it holds bytes that are not audio frames");
        }
        if (frame.header.channels != info.channels()
                || frame.header.bitsPerSample != info.format().bits()) {
            ended = true;
            throw corrupt("an audio frame has " + frame.header.channels + " channel(s) of " + frame.header.bitsPerSample
                    + "-bit samples, but the header says " + info.channels() + " of "
                    + info.format().bits());
        }
        int block = frame.header.blockSize;
        if (info.frames() >= 0 && decoded + block > info.frames()) {
            ended = true;
            throw corrupt("it holds more samples than its header announces");
        }
        decoded += block;
        length = block;
        position = 0;
        return true;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + printable(m));
    }

    /** A decoder message, shortened and with control bytes escaped, for an error message. */
    private static String printable(String m) {
        byte[] b = (m == null ? "" : m).getBytes(StandardCharsets.US_ASCII);
        return WavReader.printable(b, Math.min(80, b.length));
    }

    private InputException corrupt(String what) {
        return bad(
                CoreError.FLAC_CORRUPT,
                String.format(
                        Locale.ROOT,
                        "%s is corrupt: %s, after %.1f s of audio. Check it with "
                                + "'flac -t', and re-export or re-copy it",
                        name,
                        what,
                        decoded / (double) info.sampleRate()));
    }

    private InputException bad(CoreError key, String what) {
        return new InputException(key, name, what + ". " + accepted + ".");
    }

    /** Reads the magic and the metadata blocks, skipping all but STREAMINFO; returns STREAMINFO's 34 bytes. */
    private byte[] readMetadata() throws IOException {
        byte[] magic = source.readNBytes(4);
        if (magic.length == 0) {
            throw bad(CoreError.FLAC_EMPTY, name + " is empty");
        }
        if (!Arrays.equals(magic, "fLaC".getBytes(StandardCharsets.US_ASCII))) {
            throw bad(CoreError.FLAC_NOT_FLAC, name + " is not a FLAC file: it does not start with fLaC");
        }
        byte[] streamInfo = null;
        boolean last = false;
        while (!last) {
            byte[] h = source.readNBytes(4);
            if (h.length < 4) {
                throw bad(CoreError.FLAC_TRUNCATED, name + " is truncated inside its metadata, before any audio");
            }
            last = (h[0] & 0x80) != 0;
            int type = h[0] & 0x7F;
            int size = ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
            if (streamInfo == null) {
                if (type != STREAMINFO || size != STREAMINFO_LENGTH) {
                    throw bad(
                            CoreError.FLAC_CORRUPT,
                            name + " is corrupt: its first metadata block is not a 34-byte " + "STREAMINFO block (type "
                                    + type + ", " + size + " bytes)");
                }
                streamInfo = source.readNBytes(STREAMINFO_LENGTH);
                if (streamInfo.length < STREAMINFO_LENGTH) {
                    throw bad(
                            CoreError.FLAC_TRUNCATED,
                            name + " is truncated inside its STREAMINFO block, before any audio");
                }
            } else if (type == STREAMINFO || type == INVALID_BLOCK_TYPE) {
                throw bad(
                        CoreError.FLAC_CORRUPT,
                        name + " is corrupt: metadata block type " + type + " is not allowed here");
            } else {
                try {
                    source.skipNBytes(size);
                } catch (EOFException e) {
                    throw bad(
                            CoreError.FLAC_TRUNCATED,
                            name + " is truncated inside a metadata block of " + size + " bytes, before any audio");
                }
            }
        }
        return streamInfo;
    }

    private WavInfo info(byte[] s) {
        long rate = (s[10] & 0xFFL) << 12 | (s[11] & 0xFFL) << 4 | (s[12] & 0xF0L) >> 4;
        int channels = ((s[12] & 0x0E) >> 1) + 1;
        int bits = ((s[12] & 0x01) << 4 | (s[13] & 0xF0) >> 4) + 1;
        long total = (s[13] & 0x0FL) << 32
                | (s[14] & 0xFFL) << 24
                | (s[15] & 0xFFL) << 16
                | (s[16] & 0xFFL) << 8
                | (s[17] & 0xFFL);
        if (rate < 1000 || rate > 768_000) {
            throw bad(CoreError.FLAC_BAD_SAMPLE_RATE, name + " has a sample rate of " + rate + " Hz");
        }
        SampleFormat format = switch (bits) {
            case 8 -> SampleFormat.PCM_U8;
            case 16 -> SampleFormat.PCM_S16;
            case 24 -> SampleFormat.PCM_S24;
            default -> null;
        };
        if (format == null) {
            throw bad(
                    CoreError.FLAC_BAD_BITS,
                    name + " has " + bits + "-bit samples; convert it to a WAV first "
                            + "(flac -d in.flac -o out.wav)");
        }
        // 0 total samples means the encoder did not know (a stream): read to the end.
        return new WavInfo((int) rate, channels, format, total == 0 ? -1 : total);
    }

    /**
     * Takes the decoder's error reports: lost sync and the end of the stream inside a frame are noted (trailing
     * bytes may be a tag; a truncated file gets its own message), anything else fails the read at once.
     */
    private final class Errors implements FrameListener {
        @Override
        public void processMetadata(Metadata metadata) {}

        @Override
        public void processFrame(Frame frame) {}

        @Override
        public void processError(String msg) {
            if (msg != null && msg.startsWith("FindSync")) {
                lostSync = true;
                return;
            }
            if (msg != null && msg.contains("EOFException")) {
                // The end of the file inside a frame: the decoder then returns no frame, and the caller says
                // the file is truncated.
                endedInFrame = true;
                return;
            }
            throw corrupt("an audio frame is damaged (" + printable(msg) + ")");
        }
    }

    /** The file's bytes; remembers a failure of the stream itself, so it is not taken for a damaged file. */
    private static final class Source extends FilterInputStream {
        IOException failed;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = e;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                failed = e;
                throw e;
            }
        }
    }
}
