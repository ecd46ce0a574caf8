package org.backcrack.acoustics.detect;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * One transient found by the {@link TransientDetector}, before classification.
 *
 * @param onset     seconds from the start of the recording
 * @param offset    seconds, &ge; onset
 * @param peak      peak absolute amplitude of the filtered signal, full scale 1
 * @param peakTime  seconds, time of the peak
 * @param floorDb   noise floor at the onset, dB re full scale (mean-square energy per sample)
 * @param samples   the filtered samples from onset to offset (capped at the detector's window)
 * @param sampleRate Hz
 */
public record Impulse(
        double onset, double offset, double peak, double peakTime, double floorDb, float[] samples, int sampleRate) {
    public Impulse {
        if (!(offset >= onset) || sampleRate <= 0) {
            throw new IllegalArgumentException("offset must be >= onset and the sample rate positive");
        }
        samples = samples.clone();
    }

    @Override
    public float[] samples() {
        return samples.clone();
    }

    /** One sample, without copying the array (feature extraction reads every transient). */
    public float sample(int i) {
        return samples[i];
    }

    /** Number of samples held. */
    public int length() {
        return samples.length;
    }

    public double duration() {
        return offset - onset;
    }

    /**
     * How long the sound each transient is a piece of lasts, s: the detector splits one sound at its new
     * attacks into pieces that abut, and the sound they make together lasts from the first piece's onset to
     * the last one's offset. Only transients that are {@code members} make runs (the others end them, 0).
     */
    public static double[] soundLengths(List<Impulse> impulses, IntPredicate members) {
        double[] out = new double[impulses.size()];
        for (int i = 0; i < impulses.size(); ) {
            if (!members.test(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < impulses.size()
                    && members.test(j)
                    && impulses.get(j).onset() <= impulses.get(j - 1).offset()) {
                j++;
            }
            double length = impulses.get(j - 1).offset() - impulses.get(i).onset();
            for (int k = i; k < j; k++) {
                out[k] = length;
            }
            i = j;
        }
        return out;
    }
}
