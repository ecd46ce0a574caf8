package org.backcrack.acoustics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.dsp.Biquad;

/**
 * Pops riding on a snap. A tendon's snap is a loud thud around 100 Hz lasting tens of milliseconds; a
 * facet joint that lets go during the same movement adds a pop (its energy mostly above 150 Hz) whose
 * attack the thud hides in the full band. Above {@link #HIGH_PASS_HZ} the thud has little energy once its
 * own attack is over, and the pop's attack stands out: the high-band energy in 1 ms frames jumps
 * {@link #RISE} times (6 dB) over the loudest of the frames 2–4 ms before, to within
 * {@link #WITHIN} (−15 dB) of the snap's loudest high-band frame, at least {@link #SKIP} after the snap's
 * onset and {@link SoundEvent#FUSION_SECONDS} after the previous pop. The pop lasts until its high-band
 * energy has fallen 20 dB.
 *
 * <p>How often such an attack really is a pop is measured on the training corpus and stored with the
 * model ({@code pop_on_snap.confidence}): it is the confidence the analyzer reports for these pops.
 */
public final class PopsOnSnap {
    /** High-pass corner above which the thud is quiet, Hz. */
    public static final double HIGH_PASS_HZ = 500;
    /** Energy ratio of an attack over the loudest frame 2–4 ms earlier (6 dB). */
    static final double RISE = 4;
    /** Least energy of an attack relative to the snap's loudest high-band frame (−15 dB). */
    static final double WITHIN = Math.pow(10, -1.5);
    /** The snap's own attack, s. */
    static final double SKIP = 0.008;
    /** A pop ends when its high-band energy is this far under its attack frame (−20 dB). */
    static final double END = 0.01;

    private PopsOnSnap() {}

    /** The pops on a snap, each as the stretch of the snap's samples it occupies (empty if none). */
    public static List<Impulse> find(Impulse snap) {
        int rate = snap.sampleRate();
        int hop = Math.max(16, rate / 1000);
        double[] e = highBandEnergies(snap, hop);
        double loudest = 0;
        for (double v : e) {
            loudest = Math.max(loudest, v);
        }
        List<Impulse> out = new ArrayList<>();
        int first = Math.max(4, (int) Math.ceil(SKIP * rate / hop));
        int spacing = (int) Math.ceil(SoundEvent.FUSION_SECONDS * rate / hop);
        int last = -spacing;
        for (int k = first; k < e.length; k++) {
            double before = Math.max(e[k - 2], Math.max(e[k - 3], e[k - 4]));
            if (e[k] > 0 && e[k] >= RISE * before && e[k] >= WITHIN * loudest && k - last >= spacing) {
                last = k;
                int end = k + 1;
                while (end < e.length && e[end] >= END * e[k]) {
                    end++;
                }
                out.add(piece(snap, k * hop, end * hop));
            }
        }
        return out;
    }

    /**
     * The energy of the snap above {@link #HIGH_PASS_HZ} (a Butterworth high-pass from rest), summed in frames
     * of {@code hop} samples. The high-pass's numerator is b0·(1 − 2z⁻¹ + z⁻²), so y = b0·(x − 2x₁ + x₂) −
     * a1·y₁ − a2·y₂: not {@link Biquad#apply}'s direct form, which rounds differently, because the committed
     * model's pop-on-snap confidence was measured with these values.
     */
    private static double[] highBandEnergies(Impulse x, int hop) {
        Biquad hp = Biquad.highPass(HIGH_PASS_HZ, x.sampleRate());
        double b0 = hp.b0();
        double a1 = hp.a1();
        double a2 = hp.a2();
        int frames = x.length() / hop;
        double[] e = new double[frames];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int k = 0; k < frames * hop; k++) {
            double v = x.sample(k);
            double y = b0 * (v - 2 * x1 + x2) - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = v;
            y2 = y1;
            y1 = y;
            e[k / hop] += y * y;
        }
        return e;
    }

    private static Impulse piece(Impulse snap, int from, int to) {
        float[] samples = Arrays.copyOfRange(snap.samples(), from, Math.min(to, snap.length()));
        int peakAt = 0;
        for (int i = 1; i < samples.length; i++) {
            if (Math.abs(samples[i]) > Math.abs(samples[peakAt])) {
                peakAt = i;
            }
        }
        double rate = snap.sampleRate();
        return new Impulse(
                snap.onset() + from / rate,
                snap.onset() + (from + samples.length) / rate,
                Math.abs(samples[peakAt]),
                snap.onset() + (from + peakAt) / rate,
                snap.floorDb(),
                samples,
                snap.sampleRate());
    }
}
