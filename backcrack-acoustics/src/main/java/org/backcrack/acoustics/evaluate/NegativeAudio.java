package org.backcrack.acoustics.evaluate;

import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.Noise;

/**
 * Audio that is not a joint — speech, chimes, voices, game sounds — prepared the way it reaches the
 * analyzer in a real recording, for counting false events.
 *
 * <ul>
 *   <li>{@link #inRecording}: the sound inside a recording, with {@link #LEAD_SECONDS} of background before
 *       and after it (a recording does not start on the sound's first sample); the background is digital
 *       silence ("clean") or a noise floor a given number of dB below the sound's RMS;
 *   <li>{@link #mixUnder}: the sound as a background under a recording of joint sounds, looped to its length,
 *       at a level under its quietest labelled event ({@link #quietestEventRms}).
 * </ul>
 */
public final class NegativeAudio {
    /** Background before and after the sound, s. */
    public static final double LEAD_SECONDS = 1.0;

    private NegativeAudio() {}

    /**
     * The sound with {@link #LEAD_SECONDS} of background either side.
     *
     * @param noiseBelowDb the noise floor's RMS below the sound's RMS, dB; {@code null} for digital silence
     * @param seed         the noise's seed
     */
    public static float[] inRecording(float[] sound, int sampleRate, Double noiseBelowDb, long seed) {
        int lead = (int) Math.round(LEAD_SECONDS * sampleRate);
        float[] out = new float[sound.length + 2 * lead];
        System.arraycopy(sound, 0, out, lead, sound.length);
        if (noiseBelowDb != null) {
            double[] noise = Noise.pink(out.length, new SplittableRandom(seed));
            double scale = rms(sound) * Math.pow(10, -noiseBelowDb / 20) / Noise.rms(noise);
            for (int i = 0; i < out.length; i++) {
                out[i] += (float) (scale * noise[i]);
            }
        }
        return out;
    }

    /**
     * Adds {@code background} (looped, from sample {@code offset}) to every channel of {@code recording}, scaled
     * to an RMS of {@code rms}.
     */
    public static AudioClip mixUnder(AudioClip recording, float[] background, double rms, long offset) {
        double level = rms(background);
        double scale = level == 0 ? 0 : rms / level;
        float[][] out = recording.channels();
        for (float[] c : out) {
            for (int i = 0; i < c.length; i++) {
                c[i] += (float) (scale * background[(int) ((offset + i) % background.length)]);
            }
        }
        return new AudioClip(recording.sampleRate(), out);
    }

    /**
     * The RMS of the quietest labelled event in a recording (mono mix, over each event's span; 0 without
     * events): the level a background must stay under for every labelled event to stand out of it.
     */
    public static double quietestEventRms(AudioClip recording, List<SoundEvent> events) {
        float[] mono = recording.mixedToMono();
        double quietest = Double.POSITIVE_INFINITY;
        for (SoundEvent e : events) {
            int a = Math.max(0, (int) Math.floor(e.onset() * recording.sampleRate()));
            int b = Math.min(mono.length, (int) Math.ceil(e.offset() * recording.sampleRate()) + 1);
            if (b > a) {
                quietest = Math.min(quietest, rms(java.util.Arrays.copyOfRange(mono, a, b)));
            }
        }
        return Double.isInfinite(quietest) ? 0 : quietest;
    }

    static double rms(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return Math.sqrt(s / Math.max(1, x.length));
    }
}
