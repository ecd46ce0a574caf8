package org.backcrack.acoustics.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a {@link TransientDetector} found from its start to the end of its stream: the transients, the
 * envelope in steps and each step's periodicity as measured (a step never measured is negative here; see
 * {@link #periodicity()}), and the stream's length in samples.
 *
 * @param transients   every transient, in time order
 * @param envelope     energy per step, dB re full scale
 * @param measured     periodicity per step in hundredths, negative where pending (never measured)
 * @param stepSeconds  seconds per step
 * @param samples      samples in the stream, from its start (not the detector's)
 */
public record Detection(List<Impulse> transients, float[] envelope, byte[] measured, double stepSeconds, long samples) {

    /**
     * The periodicity of each step, in hundredths: 0 where it was not measured, and each odd step the value of
     * the even step after it, whose 45 ms window covers most of it.
     */
    public byte[] periodicity() {
        return periodicity(measured);
    }

    /** {@link #periodicity()} of these measured steps. */
    static byte[] periodicity(byte[] measured) {
        byte[] out = Arrays.copyOf(measured, measured.length);
        for (int k = 0; k < out.length; k++) {
            out[k] = (byte) Math.max(0, out[k]);
        }
        for (int k = 1; k + 1 < out.length; k += 2) {
            out[k] = out[k + 1];
        }
        return out;
    }

    /**
     * This detection, which stopped at the point where {@code at} was taken by another detector that started
     * later in the same stream and found the state there the same ({@link TransientDetector#sameFutureAs}),
     * followed by that detector's {@code later} detection from that point on: what one detector would have
     * found over the whole stream. The last {@link TransientDetector.Checkpoint#tailSteps} steps before the
     * point come from the later detector too, since a transient after the point may still measure their
     * periodicity.
     */
    public Detection followedBy(Detection later, TransientDetector.Checkpoint at) {
        List<Impulse> all = new ArrayList<>(transients);
        all.addAll(later.transients.subList(at.transients(), later.transients.size()));
        int mine = envelope.length - at.tailSteps();
        int theirs = at.steps() - at.tailSteps();
        return new Detection(
                List.copyOf(all),
                concat(
                        Arrays.copyOf(envelope, mine),
                        Arrays.copyOfRange(later.envelope, theirs, later.envelope.length)),
                concat(
                        Arrays.copyOf(measured, mine),
                        Arrays.copyOfRange(later.measured, theirs, later.measured.length)),
                stepSeconds,
                later.samples);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
