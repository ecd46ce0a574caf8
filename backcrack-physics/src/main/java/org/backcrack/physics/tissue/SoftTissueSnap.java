package org.backcrack.physics.tissue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.Noise;
import org.backcrack.physics.Emission;
import org.backcrack.physics.JointMotion;

/**
 * A tendon or ligament snapping over a bony prominence, as stick–slip.
 *
 * <p>Under tension T the tissue is pressed onto the bone with a normal force proportional to T, so static
 * friction holds it (it <i>catches</i>) only when T exceeds the catch tension; otherwise it glides past
 * silently. Once caught, the movement drags it sideways against its lateral stiffness k until the lateral
 * force reaches μ_s·T, then it slips over the prominence, releasing E = (μ_s·T)²/(2k) in about half a
 * lateral oscillation, π√(m/k). The released velocity v = √(2E/m) excites the surrounding tissue's mode
 * (tens to a few hundred Hz), heard as a dull snap or thud. Tight muscles raise T: more cycles catch and
 * each snap is louder (E ∝ T²). Nothing has to recover, so it can snap on every movement cycle.
 *
 * <p>Radiated pressure at distance r from a source of radius a moving at v in tissue of impedance ρc, for
 * ka ≪ 1: p ≈ ρc·v·(ka)·(a/r) (a baffled piston's low-frequency far field).
 */
public final class SoftTissueSnap {
    private static final double TISSUE_IMPEDANCE = 1.54e6;
    private static final double TISSUE_SOUND_SPEED = 1540;

    private SoftTissueSnap() {}

    /** One snap. */
    public record Snap(double time, double tension, double energy, double peakPressure, Emission emission) {}

    /**
     * Snaps during a movement: one chance per outward excursion, when the angle passes the catch angle.
     *
     * @param starts start time of each repetition, s
     */
    public static List<Snap> snaps(
            JointMotion motion,
            double[] starts,
            double repetitionLength,
            SnapParameters p,
            double[] tensionFactor,
            double sampleRate,
            SplittableRandom rng) {
        List<Snap> out = new ArrayList<>();
        double peakAngle = 0;
        for (double t = 0; t < repetitionLength; t += 1e-3) {
            peakAngle = Math.max(peakAngle, motion.angle(starts[0] + t));
        }
        for (int k = 0; k < starts.length; k++) {
            double tension = p.tension() * tensionFactor[k] * Math.exp(0.15 * Noise.gaussian(rng));
            double catchAngle = peakAngle * p.catchFraction() * (1 + 0.05 * Noise.gaussian(rng));
            if (tension < p.catchTension()) {
                continue;
            }
            double t = crossing(motion, starts[k], starts[k] + repetitionLength, catchAngle);
            if (Double.isNaN(t)) {
                continue;
            }
            double force = p.friction() * tension;
            double energy = force * force / (2 * p.lateralStiffness());
            double velocity = Math.sqrt(2 * energy / p.mass());
            double ka = 2 * Math.PI * p.modeHz() / TISSUE_SOUND_SPEED * p.contactRadius();
            double amplitude = TISSUE_IMPEDANCE * velocity * ka * p.contactRadius() / Emission.REFERENCE_DISTANCE;
            double slip = Math.PI * Math.sqrt(p.mass() / p.lateralStiffness());
            double[] wave = ring(amplitude, slip, p.modeHz(), p.modeQ(), sampleRate);
            double peak = 0;
            for (double v : wave) {
                peak = Math.max(peak, Math.abs(v));
            }
            out.add(new Snap(t, tension, energy, peak, new Emission(t, sampleRate, wave)));
        }
        return out;
    }

    /** A half-sine force pulse of the slip's length driving a damped mode, normalised to {@code amplitude}. */
    static double[] ring(double amplitude, double slip, double f, double q, double sampleRate) {
        double decay = Math.PI * f / q;
        double length = slip + 6.9 / decay;
        int n = (int) Math.ceil(length * sampleRate);
        double[] y = new double[n];
        double w = 2 * Math.PI * f;
        // Impulse response of the mode, convolved with the pulse by direct summation over the short pulse.
        int pulse = Math.max(1, (int) Math.round(slip * sampleRate));
        double peak = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < pulse && j <= i; j++) {
                double force = Math.sin(Math.PI * (j + 0.5) / pulse);
                double tau = (i - j) / sampleRate;
                s += force * Math.exp(-decay * tau) * Math.sin(w * tau);
            }
            y[i] = s;
            peak = Math.max(peak, Math.abs(s));
        }
        for (int i = 0; i < n; i++) {
            y[i] *= amplitude / peak;
        }
        return y;
    }

    private static double crossing(JointMotion motion, double from, double to, double angle) {
        double prev = motion.angle(from);
        for (double t = from + 5e-4; t < to; t += 5e-4) {
            double a = motion.angle(t);
            if (prev < angle && a >= angle) {
                return t - 5e-4 * (a - angle) / (a - prev);
            }
            prev = a;
        }
        return Double.NaN;
    }
}
