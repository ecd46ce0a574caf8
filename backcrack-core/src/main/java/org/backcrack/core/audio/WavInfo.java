package org.backcrack.core.audio;

/**
 * What a WAV header says.
 *
 * @param sampleRate frames per second, Hz
 * @param channels   channels per frame, &ge; 1
 * @param format     sample storage
 * @param frames     frames in the data chunk, or -1 when the header does not say (a streamed recording)
 */
public record WavInfo(int sampleRate, int channels, SampleFormat format, long frames) {
    public WavInfo {
        if (sampleRate < 1 || channels < 1 || format == null || frames < -1) {
            throw new IllegalArgumentException("invalid WAV info");
        }
    }

    /** Length in seconds, or -1 when unknown. */
    public double duration() {
        return frames < 0 ? -1 : frames / (double) sampleRate;
    }

    /** Bytes per frame. */
    public int blockAlign() {
        return channels * format.bytes();
    }
}
