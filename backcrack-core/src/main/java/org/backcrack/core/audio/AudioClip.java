package org.backcrack.core.audio;

import java.util.Objects;

/**
 * Audio held in memory: one or more channels of samples in [-1, 1] (full scale) at a sample rate.
 * The arrays are copied in and out, so a clip never changes after it is made.
 *
 * @param sampleRate samples per second per channel, 1 Hz to 768 kHz
 * @param channels   channel-major samples; every channel has the same length
 */
public record AudioClip(int sampleRate, float[][] channels) {
    public AudioClip {
        if (sampleRate < 1 || sampleRate > 768_000) {
            throw new IllegalArgumentException("sampleRate must be in 1..768000 Hz, was " + sampleRate);
        }
        Objects.requireNonNull(channels, "channels");
        if (channels.length == 0) {
            throw new IllegalArgumentException("a clip needs at least one channel");
        }
        float[][] copy = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            copy[c] = Objects.requireNonNull(channels[c], "channel " + c).clone();
            if (copy[c].length != copy[0].length) {
                throw new IllegalArgumentException(
                        "channel " + c + " has " + copy[c].length + " samples, channel 0 has " + copy[0].length);
            }
        }
        channels = copy;
    }

    /** A mono clip. */
    public static AudioClip mono(int sampleRate, float[] samples) {
        return new AudioClip(sampleRate, new float[][] {samples});
    }

    @Override
    public float[][] channels() {
        float[][] copy = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            copy[c] = channels[c].clone();
        }
        return copy;
    }

    /** The channels averaged into one, sample by sample. */
    public float[] mixedToMono() {
        float[] mono = new float[frames()];
        for (float[] c : channels) {
            for (int i = 0; i < mono.length; i++) {
                mono[i] += c[i] / channels.length;
            }
        }
        return mono;
    }

    /** A copy of one channel. */
    public float[] channel(int index) {
        return channels[index].clone();
    }

    public int channelCount() {
        return channels.length;
    }

    /** Samples per channel. */
    public int frames() {
        return channels[0].length;
    }

    /** Length in seconds. */
    public double duration() {
        return frames() / (double) sampleRate;
    }
}
