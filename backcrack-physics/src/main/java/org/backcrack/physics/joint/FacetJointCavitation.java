package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.Optional;
import org.backcrack.core.dsp.Biquad;
import org.backcrack.physics.Emission;
import org.backcrack.physics.JointMotion;
import org.backcrack.physics.bubble.BubbleModel;
import org.backcrack.physics.bubble.BubbleSetup;
import org.backcrack.physics.bubble.KellerMiksisBubble;
import org.backcrack.physics.ode.Integration;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Facet-joint cavitation from first principles.
 *
 * <p><b>Before the pop</b> the fluid pressure p obeys dp/dt = −A·δ̇/C − (p − p_rest)/τ: the gap δ(t) opened
 * by the movement draws on the capsule's compliance C, and fluid from the recesses refills it with time
 * constant τ. A quick movement therefore builds more tension than a slow one of the same range. When p
 * reaches the joint's {@linkplain FacetJoint#cavitationPressure() cavitation pressure}, the cartilage
 * surfaces tribonucleate a vapour nucleus.
 *
 * <p><b>The pop.</b> The nucleus then grows by the Keller–Miksis equation (Keller &amp; Miksis 1980, J Acoust Soc
 * Am 68:628) with the fluid pressure p as the far-field pressure — and p now depends on the bubble,
 * dp/dt = −(A·δ̇ − 4πR²Ṙ)/C − (p − p_rest)/τ, so the growing cavity relieves the tension that made it. The
 * cavity overshoots, rebounds partially and settles at the volume the gap leaves it: it persists while the
 * joint is held open, as Kawchuk et al. 2015 (PLOS ONE 10:e0119470) saw on real-time MRI — the sound is
 * made at inception, not by a full collapse. The radiated pressure at distance r is ρ(R²R̈ + 2RṘ²)/r
 * (the far field of a pulsating sphere; the retarded time r/c is 7 µs at 1 cm and is neglected).
 *
 * <p><b>What is heard.</b> The cavity's pressure impulse sets the vertebral segment ringing; the emission is
 * the radiated pressure passed twice through a unity-peak-gain resonator at the segment's mode, so the pop's
 * pitch and length are those of the segment (skin-microphone cracks: 86–1830 Hz, Reggars 1996; a pop
 * lasts about 5.7 ms, Dunning 2013).
 */
public final class FacetJointCavitation {
    /** Absolute fluid pressure in a joint at rest, Pa: slightly below atmospheric. */
    public static final double REST_PRESSURE = 100.8e3;
    /** Radius of the nucleus the surfaces create, m (assumed: a few micrometres). */
    public static final double NUCLEUS_RADIUS = 5e-6;
    /** Gas pressure in the fresh nucleus, Pa (assumed: little gas; the cavity is mostly vapour at first). */
    static final double NUCLEUS_GAS_PRESSURE = 5e3;

    private static final double POLYTROPIC = 1.4;
    private static final double PRESSURE_STEP = 2e-4;
    /** Silence kept before the inception in the bubble trace and the emission, s. */
    static final double PRE_ROLL = 0.5e-3;
    /** Length of the bubble trace and the emission after the inception, s. */
    static final double WINDOW = 40e-3;

    private final SynovialFluid fluid;
    private final double sampleRate;

    /**
     * @param fluid      the synovial fluid
     * @param sampleRate rate of the emission and bubble trace, Hz, in [8 kHz, 1 MHz]
     */
    public FacetJointCavitation(SynovialFluid fluid, double sampleRate) {
        if (!(sampleRate >= 8_000 && sampleRate <= 1_000_000)) {
            throw new IllegalArgumentException("sample rate must be 8 kHz..1 MHz, was " + sampleRate);
        }
        this.fluid = fluid;
        this.sampleRate = sampleRate;
    }

    /**
     * The joint's fluid pressure over [from, to] with no cavity, sampled every {@code step} seconds.
     *
     * @return absolute pressures, Pa, one per step starting at {@code from}
     */
    public double[] pressure(FacetJoint joint, JointMotion motion, double from, double to, double step) {
        int n = (int) Math.floor((to - from) / step) + 1;
        double[] p = new double[n];
        p[0] = REST_PRESSURE;
        double decay = Math.exp(-step / joint.refillTime());
        double gain = joint.area() * joint.refillTime() / joint.compliance();
        double gapBefore = gap(joint, motion, from);
        for (int i = 1; i < n; i++) {
            double gapNow = gap(joint, motion, from + i * step);
            double rate = (gapNow - gapBefore) / step;
            p[i] = REST_PRESSURE + (p[i - 1] - REST_PRESSURE) * decay - gain * rate * (1 - decay);
            gapBefore = gapNow;
        }
        return p;
    }

    /**
     * The first cavitation of a joint with no free gas in it, during [from, to], heard at its inception.
     *
     * @return the pop, or empty when the tension never reaches the joint's cavitation pressure
     */
    public Optional<Cavitation> firstCavitation(FacetJoint joint, JointMotion motion, double from, double to) {
        return firstCavitation(joint, motion, from, to, CavitationSource.INCEPTION);
    }

    /**
     * The first cavitation of a joint with no free gas in it, during [from, to]. Both sources find the
     * inception the same way; they differ in which moment of the cavity's life makes the sound: {@link
     * CavitationSource#INCEPTION} the cavity's growth (this class), {@link CavitationSource#PARTIAL_COLLAPSE}
     * its partial collapse once the separation has ended ({@link PartialCollapse}, followed until {@code to}
     * at the latest).
     *
     * @return the pop, or empty when the tension never reaches the joint's cavitation pressure
     */
    public Optional<Cavitation> firstCavitation(
            FacetJoint joint, JointMotion motion, double from, double to, CavitationSource source) {
        double decay = Math.exp(-PRESSURE_STEP / joint.refillTime());
        double gain = joint.area() * joint.refillTime() / joint.compliance();
        double p = REST_PRESSURE;
        double gapBefore = gap(joint, motion, from);
        for (double t = from + PRESSURE_STEP; t <= to; t += PRESSURE_STEP) {
            double gapNow = gap(joint, motion, t);
            double rate = (gapNow - gapBefore) / PRESSURE_STEP;
            double next = REST_PRESSURE + (p - REST_PRESSURE) * decay - gain * rate * (1 - decay);
            if (next <= joint.cavitationPressure()) {
                double fraction = (p - joint.cavitationPressure()) / (p - next);
                double inception = t - PRESSURE_STEP * (1 - fraction);
                return Optional.of(
                        source == CavitationSource.INCEPTION
                                ? pop(joint, motion, inception, joint.cavitationPressure())
                                : new PartialCollapse(fluid, sampleRate)
                                        .after(joint, motion, inception, joint.cavitationPressure(), to));
            }
            p = next;
            gapBefore = gapNow;
        }
        return Optional.empty();
    }

    private Cavitation pop(FacetJoint joint, JointMotion motion, double inception, double tension) {
        BubbleInJoint ode = new BubbleInJoint(joint, motion, inception);
        int n = (int) Math.round(WINDOW * sampleRate);
        int pre = (int) Math.round(PRE_ROLL * sampleRate);
        double[] radius = new double[n + pre];
        double[] radiated = new double[n + pre];
        Arrays.fill(radius, 0, pre, 0);
        double h = 1 / sampleRate;
        double[] maxR = {0};
        int[] filled = {pre};
        // Time from inception, so sample k is at inception + k·h exactly; the end does not depend on the rate.
        Integration.dormandPrince(1e-12, popTimeScale(joint, tension) / 10, new double[] {1e-9, 1e-5, 1}, new double[] {
                    1e-6, 1e-6, 1e-6
                })
                .maxEvaluations(5_000_000)
                .sampleEvery(h, (tau, y, dy) -> {
                    int i = pre + (int) Math.round(tau / h);
                    if (i < radius.length) {
                        radius[i] = y[0];
                        radiated[i] = fluid.density()
                                * (y[0] * y[0] * dy[1] + 2 * y[0] * y[1] * y[1])
                                / Emission.REFERENCE_DISTANCE;
                        maxR[0] = Math.max(maxR[0], y[0]);
                        filled[0] = Math.max(filled[0], i + 1);
                    }
                })
                .integrate(ode, 0, new double[] {NUCLEUS_RADIUS, 0, tension}, WINDOW);
        // Two sections: the segment's ringing and the soft tissue over it both favour its mode.
        double[] radiusKept = Arrays.copyOf(radius, filled[0]);
        double[] radiatedKept = Arrays.copyOf(radiated, filled[0]);
        double[] sound = shape(radiatedKept, joint, sampleRate);
        double peak = 0;
        for (double v : sound) {
            peak = Math.max(peak, Math.abs(v));
        }
        double settled = radiusKept[radiusKept.length - 1];
        double onset = Math.max(0, inception - PRE_ROLL);
        return new Cavitation(
                joint,
                inception,
                tension,
                maxR[0],
                settled,
                peak,
                new Cavitation.BubbleTrace(radiusKept, radiatedKept),
                new Emission(onset, sampleRate, sound),
                CavitationSource.INCEPTION,
                inception,
                settled);
    }

    /**
     * What is heard of a radiated pressure: passed twice through a unity-peak-gain resonator at the segment's
     * mode (the segment's ringing and the soft tissue over it both favour it); a new array.
     */
    static double[] shape(double[] radiated, FacetJoint joint, double sampleRate) {
        double[] sound = radiated.clone();
        Biquad.bandPass(joint.segmentModeHz(), joint.segmentQ(), sampleRate).apply(sound);
        Biquad.bandPass(joint.segmentModeHz(), joint.segmentQ(), sampleRate).apply(sound);
        return sound;
    }

    /** Rate at which the movement opens the joint at time t, m/s (zero while the segment is at or past neutral). */
    static double gapRate(FacetJoint joint, JointMotion motion, double t) {
        return joint.gapScale() * (motion.angle(t) > 0 ? motion.angularVelocity(t) : 0);
    }

    private double gap(FacetJoint joint, JointMotion motion, double t) {
        return joint.gapScale() * Math.max(0, motion.angle(t));
    }

    /**
     * The pop's own time scale, s: the cavity grows until its volume 4πR³/3 has taken up C·Δp, the volume the
     * capsule (compliance C) needs to relieve the tension Δp = p_v − p_i it was born under, so it reaches
     * about R_p = (3CΔp/4π)^{1/3}, and t_p = R_p·√(ρ/Δp) is the Rayleigh time of that radius. A cavity of
     * radius R in the capsule oscillates with ω² = 4πR/(ρC) (its volume sets the joint pressure through C;
     * the gas and surface tension stiffnesses are small beside it), a period of 2π·t_p/√3 ≈ 3.6·t_p at R_p;
     * a largest step of t_p/10 therefore gives at least 36 steps per period. For the lumbar joint of the
     * tests (C = 1e-13 m³/Pa, p_i = −120 kPa) R_p = 1.4 mm and t_p = 0.13 ms.
     */
    double popTimeScale(FacetJoint joint, double tension) {
        double dp = Math.max(1, fluid.liquid().vapourPressure() - tension);
        double radius = Math.cbrt(3 * joint.compliance() * dp / (4 * Math.PI));
        return radius * Math.sqrt(fluid.density() / dp);
    }

    /**
     * State y = (R, Ṙ, p): bubble radius, wall velocity and the joint fluid's pressure, against the time τ
     * since inception.
     */
    private final class BubbleInJoint implements OrdinaryDifferentialEquation {
        private final FacetJoint joint;
        private final JointMotion motion;
        private final double inception;
        private final BubbleModel bubble = new KellerMiksisBubble(
                new BubbleSetup(fluid.liquid(), NUCLEUS_RADIUS, NUCLEUS_GAS_PRESSURE, POLYTROPIC));

        BubbleInJoint(FacetJoint joint, JointMotion motion, double inception) {
            this.joint = joint;
            this.motion = motion;
            this.inception = inception;
        }

        @Override
        public int getDimension() {
            return 3;
        }

        @Override
        public double[] computeDerivatives(double tau, double[] y) {
            double t = inception + tau;
            double r = Math.max(y[0], 1e-9);
            double v = y[1];
            double p = y[2];
            double gapRate = joint.gapScale() * (motion.angle(t) > 0 ? motion.angularVelocity(t) : 0);
            double dp = -(joint.area() * gapRate - 4 * Math.PI * r * r * v) / joint.compliance()
                    - (p - REST_PRESSURE) / joint.refillTime();
            return new double[] {v, bubble.wallAcceleration(r, v, p, dp), dp};
        }
    }
}
