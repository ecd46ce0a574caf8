package org.backcrack.core.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
import org.backcrack.core.Printable;

/**
 * Opens a recording by what its first bytes say it is, not by its name: RIFF/WAVE gives a {@link WavReader},
 * {@code fLaC} (after an ID3v2 tag too, as some taggers write) a {@link FlacReader}. A compressed file backcrack
 * does not read (MP3, AAC, MP4/M4A, Ogg Vorbis/Opus, WebM/Matroska, AIFF) is an {@link InputException}
 * {@code audio.unsupported_format} that names what the file is and the command that converts it. Anything
 * else goes to the WAV reader, whose message says why it is not a WAV file.
 */
public final class AudioReaders {
    /** What {@code analyze}, {@code evaluate} and {@code batch} read, for the messages that reject a file. */
    public static final String ACCEPTED = WavReader.ACCEPTED + ", and FLAC files with 8, 16 or 24-bit samples";

    /** Bytes looked at to tell the formats apart. */
    static final int SNIFF = 64;

    /** The containers told apart by their first bytes. */
    public enum Kind {
        WAV,
        FLAC,
        MP3,
        AAC,
        MP4,
        OGG,
        WEBM,
        AIFF,
        UNKNOWN;

        /** True for the formats {@link #open} reads (an unknown file is left to the WAV reader's message). */
        public boolean readable() {
            return this == WAV || this == FLAC || this == UNKNOWN;
        }
    }

    /**
     * What a file's first bytes say it is.
     *
     * @param kind      the container
     * @param what      for messages, with its article: "an MP3 file", "an Ogg Opus file"
     * @param extension the usual file extension, for the conversion command
     */
    public record Detected(Kind kind, String what, String extension) {
        /** A command that converts such a file to a WAV backcrack reads. */
        public String conversion() {
            return switch (kind) {
                case FLAC -> "flac -d in.flac -o out.wav";
                case AIFF -> "sox in.aiff out.wav";
                case OGG -> "ffmpeg -i in." + extension + " -ac 1 out.wav (or: sox in." + extension + " out.wav)";
                default -> "ffmpeg -i in." + extension + " -ac 1 out.wav";
            };
        }
    }

    private AudioReaders() {}

    /** Opens a file by its contents; the messages name it by its file name. */
    public static AudioReader open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new InputException(
                    CoreError.WAV_NOT_A_FILE, path.toString(), "'" + path + "' is a directory, not a " + "recording");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(
                    CoreError.WAV_FILE_NOT_FOUND, path.toString(), "cannot find the file '" + path + "'");
        }
        try {
            return open(in, Printable.of(path.getFileName().toString(), 200));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a stream by its contents and reads its header; {@code name} names the input in messages. The stream
     * is not closed on an error: the caller that opened it closes it.
     */
    public static AudioReader open(InputStream in, String name) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream bi ? bi : new BufferedInputStream(in, 1 << 16);
        byte[] head = peek(b);
        Detected d = detect(head, head.length);
        int tag = id3(head, head.length);
        if (tag > 0) {
            // An ID3v2 tag hides what follows (some taggers put one before a FLAC file's fLaC): skip it without
            // reading it into memory, and look again.
            try {
                b.skipNBytes(tag);
                byte[] after = peek(b);
                if (detect(after, after.length).kind() == Kind.FLAC) {
                    return FlacReader.open(b, name, ACCEPTED);
                }
            } catch (EOFException e) {
                // a tag longer than the file: there is nothing after it to read
            }
            throw unsupported(new Detected(Kind.MP3, "an MP3 file", "mp3"), name, "backcrack", ACCEPTED);
        }
        return switch (d.kind()) {
            case WAV, UNKNOWN -> WavReader.open(b, name, ACCEPTED);
            case FLAC -> FlacReader.open(b, name, ACCEPTED);
            default -> throw unsupported(d, name, "backcrack", ACCEPTED);
        };
    }

    /**
     * The error for a file of a format the reader at hand does not read: what it is and how to convert it.
     *
     * @param who      what does not read it, e.g. "backcrack" or "the web app"
     * @param accepted what is read, ending the message
     */
    public static InputException unsupported(Detected d, String name, String who, String accepted) {
        String lossy = d.kind() == Kind.FLAC || d.kind() == Kind.AIFF
                ? ""
                : " (lossy compression also blurs the "
                        + "short clicks the analyzer measures: record WAV or FLAC when you can)";
        return new InputException(
                CoreError.AUDIO_UNSUPPORTED_FORMAT,
                name,
                name + " is " + d.what() + ", which " + who
                        + " does not read" + lossy + ". Convert it to WAV first, for example: " + d.conversion() + ". "
                        + accepted + ".");
    }

    /**
     * What the first {@code n} bytes of {@code head} say the file is. {@code head} may be the whole file: only
     * the first bytes, and those after an ID3v2 tag, are looked at.
     */
    public static Detected detect(byte[] head, int n) {
        if (starts(head, n, 0, "RIFF")
                || starts(head, n, 0, "RIFX")
                || starts(head, n, 0, "RF64")
                || starts(head, n, 0, "BW64")) {
            return new Detected(Kind.WAV, "a WAV file", "wav");
        }
        if (starts(head, n, 0, "fLaC")) {
            return new Detected(Kind.FLAC, "a FLAC file", "flac");
        }
        int tag = id3(head, n);
        if (tag >= 0) {
            if (tag < n - 4 && starts(head, n, tag, "fLaC")) {
                return new Detected(Kind.FLAC, "a FLAC file", "flac");
            }
            return new Detected(Kind.MP3, "an MP3 file", "mp3");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            // Frame sync: ADTS AAC has layer bits 00, MPEG audio (MP3 and its elders) 01 to 11.
            return (head[1] & 0x06) == 0
                    ? new Detected(Kind.AAC, "an AAC (ADTS) file", "aac")
                    : new Detected(Kind.MP3, "an MP3 file", "mp3");
        }
        if (starts(head, n, 4, "ftyp")) {
            if (starts(head, n, 8, "M4A ") || starts(head, n, 8, "M4B ")) {
                return new Detected(Kind.MP4, "an M4A (AAC) file", "m4a");
            }
            if (starts(head, n, 8, "qt  ")) {
                return new Detected(Kind.MP4, "a QuickTime movie", "mov");
            }
            if (starts(head, n, 8, "3gp") || starts(head, n, 8, "3g2")) {
                return new Detected(Kind.MP4, "a 3GPP file", "3gp");
            }
            return new Detected(Kind.MP4, "an MP4 file", "m4a");
        }
        if (starts(head, n, 0, "OggS")) {
            return new Detected(Kind.OGG, ogg(head, n), "ogg");
        }
        if (n >= 4
                && (head[0] & 0xFF) == 0x1A
                && (head[1] & 0xFF) == 0x45
                && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return contains(head, n, "webm")
                    ? new Detected(Kind.WEBM, "a WebM file", "webm")
                    : new Detected(Kind.WEBM, "a Matroska (MKV/MKA) file", "mka");
        }
        if (starts(head, n, 0, "FORM") && (starts(head, n, 8, "AIFF") || starts(head, n, 8, "AIFC"))) {
            return new Detected(Kind.AIFF, "an AIFF file", "aiff");
        }
        return new Detected(Kind.UNKNOWN, "a file of unknown format", "");
    }

    /** The codec of an Ogg file, from its first packet: Vorbis, Opus, FLAC or Speex. */
    private static String ogg(byte[] head, int n) {
        if (n > 27) {
            int first = 27 + (head[26] & 0xFF);
            if (starts(head, n, first + 1, "vorbis")) {
                return "an Ogg Vorbis file";
            }
            if (starts(head, n, first, "OpusHead")) {
                return "an Ogg Opus file";
            }
            if (starts(head, n, first + 1, "FLAC")) {
                return "an Ogg FLAC file";
            }
            if (starts(head, n, first, "Speex")) {
                return "an Ogg Speex file";
            }
        }
        return "an Ogg file";
    }

    /** The length of the ID3v2 tag {@code head} starts with, header and footer included, or -1 if none. */
    static int id3(byte[] head, int n) {
        if (!starts(head, n, 0, "ID3") || n < 10) {
            return starts(head, n, 0, "ID3") ? 0 : -1;
        }
        int size = 0;
        for (int i = 6; i < 10; i++) {
            if ((head[i] & 0x80) != 0) {
                return 0; // not a valid syncsafe size: an ID3 mark, but nothing to skip by
            }
            size = (size << 7) | (head[i] & 0x7F);
        }
        boolean footer = (head[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    private static byte[] peek(BufferedInputStream b) throws IOException {
        b.mark(SNIFF);
        byte[] head = b.readNBytes(SNIFF);
        b.reset();
        return head;
    }

    private static boolean starts(byte[] head, int n, int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (head[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] head, int n, String s) {
        return new String(head, 0, Math.min(n, SNIFF), StandardCharsets.ISO_8859_1).contains(s);
    }
}
