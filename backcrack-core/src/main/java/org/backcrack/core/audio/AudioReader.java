package org.backcrack.core.audio;

import java.io.Closeable;
import java.io.IOException;

/**
 * A recording read in blocks, in bounded memory, whatever its container: {@link WavReader} for RIFF/WAVE,
 * {@link FlacReader} for FLAC. {@link AudioReaders#open} looks at a file's first bytes and returns the right one.
 *
 * <p>Samples come as floats in [-1, 1] (full scale). A reader that meets bad bytes throws an
 * {@link org.backcrack.core.InputException} whose key names the format ({@code wav.*}, {@code flac.*}); an I/O
 * failure of the stream itself stays an {@link IOException}.
 */
public interface AudioReader extends Closeable {
    /** What the header says: sample rate, channels, sample format, and frames (-1 when it does not say). */
    WavInfo info();

    /**
     * Reads up to {@code out.length} frames mixed to mono (the mean of the channels).
     *
     * @return frames read (0 only when {@code out} is empty), or -1 at the end of the data
     */
    int readMono(float[] out) throws IOException;

    /**
     * Reads up to {@code out.length} frames of one channel. An empty {@code out} only checks the index.
     *
     * @param channel 0-based channel index
     * @return frames read (0 only when {@code out} is empty), or -1 at the end of the data
     */
    int readChannel(int channel, float[] out) throws IOException;

    /** Reads up to {@code out.length / channels} whole frames, interleaved; returns frames read or -1. */
    int readInterleaved(float[] out) throws IOException;

    /**
     * Skips up to {@code frames} frames, as reading them would; returns how many were skipped (fewer only at the
     * end). This default reads and decodes them; a reader whose container allows it seeks ({@link #seeks()}).
     */
    default long skipFrames(long frames) throws IOException {
        if (frames < 0) {
            throw new IllegalArgumentException("cannot skip a negative number of frames");
        }
        int channels = info().channels();
        long skipped = 0;
        while (skipped < frames) {
            // Whole frames only, and never past the frames asked for.
            int n = readInterleaved(new float[(int) Math.min(8192, frames - skipped) * channels]);
            if (n <= 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    /** Whether {@link #skipFrames} seeks, at no cost, rather than decoding what it skips. */
    default boolean seeks() {
        return false;
    }

    /** Reads the rest of the stream into memory, every channel kept. */
    default AudioClip readAll() throws IOException {
        return readAll(Long.MAX_VALUE);
    }

    /**
     * Reads the rest of the stream into memory, every channel kept, refusing more than {@code maxFrames} frames
     * (an {@code InputException} with the key {@code wav.too_long} or {@code flac.too_long}). Memory follows
     * the samples that actually arrive, never the length the header claims.
     */
    AudioClip readAll(long maxFrames) throws IOException;

    /**
     * Refuses a channel index the file does not have, with the reader's error key ({@code wav.bad_channel},
     * {@code flac.bad_channel}).
     */
    static void checkChannel(org.backcrack.core.ErrorKey key, String name, int channel, int channels) {
        if (channel < 0 || channel >= channels) {
            throw new org.backcrack.core.InputException(
                    key,
                    name,
                    "channel " + channel + " does not exist in " + name
                            + ", which has " + channels + " channel" + (channels == 1 ? "" : "s") + "; choose 0 to "
                            + (channels - 1));
        }
    }
}
