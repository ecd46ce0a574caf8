package org.backcrack.acoustics.detect;

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
}
