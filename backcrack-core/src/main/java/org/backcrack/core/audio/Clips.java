package org.backcrack.core.audio;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongFunction;
import org.backcrack.core.InputException;

/** The whole-file read both readers share: memory follows the samples that arrive, not the header. */
final class Clips {
    /** First allocation of a whole-file read, in frames: it grows with the samples that actually arrive. */
    static final int FIRST_CAPACITY = 1 << 16;

    private Clips() {}

    /**
     * Reads the rest of {@code reader} into a clip, every channel kept.
     *
     * @param tooLong the error for a read of more than {@code maxFrames} frames, given the frames seen so far
     */
    static AudioClip readAll(AudioReader reader, long maxFrames, LongFunction<InputException> tooLong)
            throws IOException {
        WavInfo info = reader.info();
        int channels = info.channels();
        long claimed = info.frames() >= 0 ? info.frames() : FIRST_CAPACITY;
        if (claimed > maxFrames) {
            throw tooLong.apply(claimed);
        }
        int capacity = (int) Math.max(1, Math.min(claimed, FIRST_CAPACITY));
        float[][] out = new float[channels][capacity];
        int n = 0;
        float[] block = new float[8192 * channels];
        for (int got; (got = reader.readInterleaved(block)) > 0; ) {
            if ((long) n + got > maxFrames) {
                throw tooLong.apply((long) n + got);
            }
            if (n + got > out[0].length) {
                long grown = Math.min(Integer.MAX_VALUE - 16L, Math.max((long) n + got, 2L * out[0].length));
                for (int c = 0; c < channels; c++) {
                    out[c] = Arrays.copyOf(out[c], (int) grown);
                }
            }
            for (int i = 0; i < got; i++) {
                for (int c = 0; c < channels; c++) {
                    out[c][n + i] = block[i * channels + c];
                }
            }
            n += got;
        }
        for (int c = 0; c < channels; c++) {
            out[c] = Arrays.copyOf(out[c], n);
        }
        return new AudioClip(info.sampleRate(), out);
    }

    /** The message of a read that holds more than {@code maxFrames}: how long it is, and what to do. */
    static String tooLongMessage(String name, WavInfo info, long frames, long maxFrames) {
        return String.format(
                java.util.Locale.ROOT,
                "%s holds %s%.1f s of audio; at most %.1f s are read here. "
                        + "Cut the file to the movement that cracks",
                name,
                info.frames() >= 0 ? "" : "at least ",
                frames / (double) info.sampleRate(),
                maxFrames / (double) info.sampleRate());
    }
}
