package org.backcrack.core.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;

/**
 * Reads a RIFF/WAVE stream in blocks, in bounded memory: the data chunk is never held whole, so a file of
 * any length can be analysed with a small heap.
 *
 * <p>Reads PCM 8/16/24/32-bit and IEEE float 32/64-bit samples, plain or WAVE_FORMAT_EXTENSIBLE, any
 * channel count, sample rates 1 kHz to 768 kHz. Unknown chunks (LIST, bext, cue, JUNK...) are skipped,
 * odd-sized chunks are padded as RIFF requires, a 16-byte {@code fmt } chunk without {@code cbSize} is
 * accepted, and a data chunk whose size is 0 or 0xFFFFFFFF (a recorder that never finished the header) is
 * read to the end of the stream. Anything else is an {@link InputException} that says what is wrong and
 * what is accepted; an I/O failure of the stream itself stays an {@link IOException}.
 */
public final class WavReader implements AudioReader {
    /** What backcrack reads, for every message that rejects a file. */
    public static final String ACCEPTED = "backcrack reads RIFF/WAVE files with PCM 8/16/24/32-bit or IEEE float "
            + "32/64-bit samples (plain or WAVE_FORMAT_EXTENSIBLE), 1 to " + WavReader.MAX_CHANNELS
            + " channels, 1 kHz to 768 kHz";

    /**
     * The most channels a file may have. Joint-sound recordings have one to a few sensors; a multichannel array
     * of 64 is generous. A header claiming more (up to 65,535) would make every per-channel buffer that many
     * times larger before a sample arrives.
     */
    public static final int MAX_CHANNELS = 64;

    private static final Map<Integer, String> CODECS = Map.ofEntries(
            Map.entry(0x0002, "Microsoft ADPCM"),
            Map.entry(0x0006, "A-law"),
            Map.entry(0x0007, "mu-law"),
            Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0031, "GSM 6.10"),
            Map.entry(0x0050, "MPEG audio"),
            Map.entry(0x0055, "MP3"),
            Map.entry(0x0092, "Dolby AC-3"),
            Map.entry(0x0161, "Windows Media Audio"),
            Map.entry(0x1610, "AAC"),
            Map.entry(0x2000, "AC-3"),
            Map.entry(0xF1AC, "FLAC"));

    private final InputStream in;
    private final String name;
    /** What the messages say is accepted: WAV alone, or WAV and FLAC when opened through {@link AudioReaders}. */
    private final String accepted;

    private final WavInfo info;
    /** Bytes of sample data left, or -1 to read to the end of the stream. */
    private long remaining;

    private final long declared;
    private byte[] buffer = new byte[0];
    private boolean finished;

    private WavReader(InputStream in, String name, String accepted) throws IOException {
        this.in = in;
        this.name = name;
        this.accepted = accepted;
        Header h = readHeader();
        this.info = h.info;
        this.remaining = h.dataBytes;
        this.declared = h.dataBytes;
    }

    /** Opens a stream and reads its header; {@code name} names the input in messages. */
    public static WavReader open(InputStream in, String name) throws IOException {
        return open(in, name, ACCEPTED);
    }

    /** As {@link #open(InputStream, String)}, with {@code accepted} ending every message that rejects the file. */
    static WavReader open(InputStream in, String name, String accepted) throws IOException {
        return new WavReader(
                in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16), name, accepted);
    }

    /** Opens a file and reads its header. */
    public static WavReader open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new InputException(
                    CoreError.WAV_NOT_A_FILE, path.toString(), "'" + path + "' is a directory, not a WAV file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(
                    CoreError.WAV_FILE_NOT_FOUND, path.toString(), "cannot find the file '" + path + "'");
        }
        try {
            return open(in, org.backcrack.core.Printable.of(path.getFileName().toString(), 200));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads a whole (small) file into memory, every channel kept. */
    public static AudioClip readAll(Path path) throws IOException {
        try (WavReader r = open(path)) {
            return r.readAll();
        }
    }

    /**
     * Reads the rest of the stream into memory, every channel kept, refusing more than {@code maxFrames} frames
     * ({@code wav.too_long}). Memory follows the samples that actually arrive, never the length the header
     * claims: the first buffer holds at most 65,536 frames and doubles as data comes.
     */
    @Override
    public AudioClip readAll(long maxFrames) throws IOException {
        return Clips.readAll(
                this,
                maxFrames,
                frames -> new InputException(
                        CoreError.WAV_TOO_LONG, name, Clips.tooLongMessage(name, info, frames, maxFrames)));
    }

    @Override
    public WavInfo info() {
        return info;
    }

    /**
     * Reads up to {@code out.length} frames mixed to mono (the mean of the channels).
     *
     * @return frames read (0 only when {@code out} is empty), or -1 at the end of the data
     */
    @Override
    public int readMono(float[] out) throws IOException {
        return read(out, -1);
    }

    /**
     * Reads up to {@code out.length} frames of one channel.
     *
     * @param channel 0-based channel index
     * @return frames read (0 only when {@code out} is empty), or -1 at the end of the data
     */
    @Override
    public int readChannel(int channel, float[] out) throws IOException {
        AudioReader.checkChannel(CoreError.WAV_BAD_CHANNEL, name, channel, info.channels());
        return read(out, channel);
    }

    /** Reads up to {@code out.length / channels} whole frames, interleaved; returns frames read or -1. */
    @Override
    public int readInterleaved(float[] out) throws IOException {
        int channels = info.channels();
        int frames = out.length / channels;
        int got = fill(frames);
        if (got <= 0) {
            return got;
        }
        ByteBuffer b = ByteBuffer.wrap(buffer, 0, got * info.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < got * channels; i++) {
            out[i] = sample(b);
        }
        return got;
    }

    private int read(float[] out, int channel) throws IOException {
        int got = fill(out.length);
        if (got <= 0) {
            return got;
        }
        int channels = info.channels();
        if (info.format() == SampleFormat.PCM_S16) {
            // The commonest file, read without a per-sample format switch (the reader was a third of the
            // whole-process time of analyze on an hour of 16-bit audio).
            int stride = 2 * channels;
            if (channel >= 0 || channels == 1) {
                // One channel (or the mono "mix" of a mono file, which is its one channel: the mean of one
                // float taken through a double is that float), each sample looked up by its two bytes in a table
                // of the same values. The mixing loop below, with its double sum and division per sample, made
                // reading an hour of mono 16-bit audio take 1.6 s; this loop takes a fifth of a second.
                float[] table = Pcm16.TABLE;
                int at = 2 * Math.max(0, channel);
                for (int i = 0; i < got; i++, at += stride) {
                    out[i] = table[(buffer[at] & 0xFF) | (buffer[at + 1] & 0xFF) << 8];
                }
                return got;
            }
            for (int i = 0; i < got; i++) {
                int at = i * stride;
                if (channel >= 0) {
                    out[i] = clamp(pcm16(buffer, at + 2 * channel) / 32767f);
                } else {
                    double sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += clamp(pcm16(buffer, at + 2 * c) / 32767f);
                    }
                    out[i] = (float) (sum / channels);
                }
            }
            return got;
        }
        ByteBuffer b = ByteBuffer.wrap(buffer, 0, got * info.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < got; i++) {
            if (channel < 0) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += sample(b);
                }
                out[i] = (float) (sum / channels);
            } else {
                for (int c = 0; c < channels; c++) {
                    float s = sample(b);
                    if (c == channel) {
                        out[i] = s;
                    }
                }
            }
        }
        return got;
    }

    /**
     * Skips by seeking where the stream allows it (a file), without reading the bytes; past the end of the data
     * as far as the data goes, so that a truncated file still says so at its end.
     */
    @Override
    public long skipFrames(long frames) throws IOException {
        if (frames < 0) {
            throw new IllegalArgumentException("cannot skip a negative number of frames");
        }
        int align = info.blockAlign();
        long bytes = remaining >= 0 ? Math.min(remaining, frames * align) : frames * align;
        long skipped = 0;
        while (skipped < bytes) {
            long k = in.skip(bytes - skipped);
            if (k <= 0) {
                if (in.read() < 0) {
                    break;
                }
                k = 1;
            }
            skipped += k;
        }
        if (remaining >= 0) {
            remaining -= skipped;
        }
        return skipped / align;
    }

    @Override
    public boolean seeks() {
        return true;
    }

    /** Reads up to {@code frames} whole frames of raw bytes into {@link #buffer}; returns frames, or -1. */
    private int fill(int frames) throws IOException {
        if (finished) {
            return -1;
        }
        if (frames == 0) {
            // An empty read (the analyzer's check of a channel index) must not end the stream.
            return 0;
        }
        int align = info.blockAlign();
        long wanted = (long) frames * align;
        if (remaining >= 0) {
            wanted = Math.min(wanted, remaining);
        }
        if (buffer.length < wanted) {
            buffer = new byte[(int) wanted];
        }
        int got = in.readNBytes(buffer, 0, (int) wanted);
        if (remaining >= 0) {
            remaining -= got;
        }
        int whole = got / align;
        if (got < wanted) {
            finished = true;
            if (remaining > 0) {
                long missing = remaining;
                throw new InputException(
                        CoreError.WAV_TRUNCATED,
                        name,
                        name + " is truncated: the header announces "
                                + declared + " bytes of audio but the file ends " + missing
                                + " bytes short. Re-export or re-record it; " + accepted + ".");
            }
        }
        if (remaining == 0) {
            finished = true;
        }
        if (whole == 0) {
            finished = true;
            return -1;
        }
        return whole;
    }

    private float sample(ByteBuffer b) {
        return switch (info.format()) {
            case PCM_U8 -> ((b.get() & 0xFF) - 128) / 127f;
            case PCM_S16 -> clamp(b.getShort() / 32767f);
            case PCM_S24 -> {
                int v = (b.get() & 0xFF) | (b.get() & 0xFF) << 8 | b.get() << 16;
                yield clamp(v / 8388607f);
            }
            case PCM_S32 -> clamp((float) (b.getInt() / 2147483647.0));
            case FLOAT_32 -> b.getFloat();
            case FLOAT_64 -> (float) b.getDouble();
        };
    }

    /** Every 16-bit sample's value, indexed by its two bytes as an unsigned number (256 KiB, made on first use). */
    static final class Pcm16 {
        static final float[] TABLE = new float[1 << 16];

        static {
            for (int bits = 0; bits < TABLE.length; bits++) {
                TABLE[bits] = clamp((short) bits / 32767f);
            }
        }

        private Pcm16() {}
    }

    private static int pcm16(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) | (b[at + 1] << 8));
    }

    private static float clamp(float x) {
        return x < -1f ? -1f : x;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private record Header(WavInfo info, long dataBytes) {}

    private Header readHeader() throws IOException {
        byte[] riff = new byte[12];
        int got = in.readNBytes(riff, 0, 12);
        if (got == 0) {
            throw bad(CoreError.WAV_EMPTY, name + " is empty");
        }
        String id = got >= 4 ? new String(riff, 0, 4, java.nio.charset.StandardCharsets.US_ASCII) : "";
        if (id.equals("RIFX")) {
            throw bad(
                    CoreError.WAV_UNSUPPORTED_CONTAINER,
                    name + " is a big-endian RIFX file, which backcrack does not read");
        }
        if (id.equals("RF64") || id.equals("BW64")) {
            throw bad(
                    CoreError.WAV_UNSUPPORTED_CONTAINER,
                    name + " is an " + id + " file (WAV over 4 GiB), which backcrack "
                            + "does not read; split it into files under 4 GiB");
        }
        if (got < 12
                || !id.equals("RIFF")
                || !new String(riff, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WAVE")) {
            throw bad(CoreError.WAV_NOT_RIFF, name + " is not a WAV file: it does not start with RIFF....WAVE");
        }
        WavInfo info = null;
        while (true) {
            byte[] ch = new byte[8];
            int n = in.readNBytes(ch, 0, 8);
            if (n < 8) {
                throw info == null
                        ? bad(CoreError.WAV_NO_FMT, name + " has no 'fmt ' chunk describing its samples")
                        : bad(CoreError.WAV_NO_DATA, name + " has no 'data' chunk: there are no samples in it");
            }
            String chunk = printable(ch, 4);
            long size = ByteBuffer.wrap(ch, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            if (chunk.equals("fmt ")) {
                info = fmt(size);
            } else if (chunk.equals("data")) {
                if (info == null) {
                    throw bad(
                            CoreError.WAV_NO_FMT,
                            name + " has its 'data' chunk before any 'fmt ' chunk, so its samples "
                                    + "cannot be decoded");
                }
                long dataBytes = size == 0 || size == 0xFFFFFFFFL ? -1 : size;
                if (dataBytes >= 0 && dataBytes < info.blockAlign()) {
                    throw bad(
                            CoreError.WAV_NO_SAMPLES, name + " has an empty 'data' chunk: there are no samples in it");
                }
                if (dataBytes < 0) {
                    in.mark(info.blockAlign() + 1);
                    byte[] probe = in.readNBytes(info.blockAlign());
                    in.reset();
                    if (probe.length < info.blockAlign()) {
                        throw bad(CoreError.WAV_NO_SAMPLES, name + " has no samples after its header");
                    }
                }
                long frames = dataBytes < 0 ? -1 : dataBytes / info.blockAlign();
                return new Header(new WavInfo(info.sampleRate(), info.channels(), info.format(), frames), dataBytes);
            } else {
                skip(size + (size & 1), chunk);
            }
        }
    }

    private WavInfo fmt(long size) throws IOException {
        if (size < 16 || size > 1 << 16) {
            throw bad(
                    CoreError.WAV_BAD_FMT,
                    name + " has a 'fmt ' chunk of " + size + " bytes; a valid one has 16 to 40");
        }
        byte[] f = readExactly((int) size, "'fmt ' chunk");
        if ((size & 1) == 1) {
            skip(1, "padding");
        }
        ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
        int tag = b.getShort() & 0xFFFF;
        int channels = b.getShort() & 0xFFFF;
        long rate = b.getInt() & 0xFFFFFFFFL;
        b.getInt(); // byte rate: derived, and often wrong in the wild, so not checked
        int blockAlign = b.getShort() & 0xFFFF;
        int bits = b.getShort() & 0xFFFF;
        if (tag == SampleFormat.TAG_EXTENSIBLE) {
            if (size < 40) {
                throw bad(
                        CoreError.WAV_BAD_FMT,
                        name + " says WAVE_FORMAT_EXTENSIBLE but its 'fmt ' chunk is only " + size
                                + " bytes (40 needed)");
            }
            b.getShort(); // cbSize
            b.getShort(); // valid bits; the container size decides the layout
            b.getInt(); // channel mask
            tag = b.getShort() & 0xFFFF;
        }
        if (tag != SampleFormat.TAG_PCM && tag != SampleFormat.TAG_FLOAT) {
            String codec = CODECS.getOrDefault(tag, String.format("format tag 0x%04X", tag));
            throw bad(
                    CoreError.WAV_UNSUPPORTED_CODEC,
                    name + " is compressed with " + codec
                            + "; convert it to PCM first (for example: sox in.wav -e signed -b 16 out.wav)");
        }
        SampleFormat format = SampleFormat.of(tag, bits);
        if (format == null) {
            throw bad(
                    CoreError.WAV_BAD_BITS,
                    name + " has " + bits + "-bit " + (tag == SampleFormat.TAG_FLOAT ? "float" : "PCM") + " samples");
        }
        if (channels == 0 || channels > MAX_CHANNELS) {
            throw bad(CoreError.WAV_BAD_CHANNELS, name + " says it has " + channels + " channels");
        }
        if (rate < 1000 || rate > 768_000) {
            throw bad(CoreError.WAV_BAD_SAMPLE_RATE, name + " has a sample rate of " + rate + " Hz");
        }
        if (blockAlign != channels * format.bytes()) {
            throw bad(
                    CoreError.WAV_BAD_BLOCK_ALIGN,
                    name + " has a block size of " + blockAlign + " bytes, but " + channels + " channel(s) of " + bits
                            + "-bit samples need " + channels * format.bytes());
        }
        return new WavInfo((int) rate, channels, format, -1);
    }

    private byte[] readExactly(int n, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw bad(CoreError.WAV_TRUNCATED, name + " is truncated inside its " + what);
        }
        return b;
    }

    private void skip(long n, String chunk) throws IOException {
        try {
            in.skipNBytes(n);
        } catch (EOFException e) {
            throw bad(
                    CoreError.WAV_TRUNCATED,
                    name + " is truncated inside its '" + chunk.strip() + "' chunk, before any audio");
        }
    }

    /**
     * A chunk id as text that is safe to print: bytes outside printable ASCII become {@code \\xNN}, so a file
     * cannot send escape sequences to a terminal through an error message.
     */
    static String printable(byte[] b, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02X", c));
            }
        }
        return sb.toString();
    }

    private InputException bad(CoreError key, String what) {
        return new InputException(key, name, what + ". " + accepted + ".");
    }
}
