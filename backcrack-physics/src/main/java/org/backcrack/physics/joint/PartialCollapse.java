package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.List;
import org.backcrack.physics.Emission;
import org.backcrack.physics.JointMotion;
import org.backcrack.physics.bubble.BubbleSetup;
import org.backcrack.physics.bubble.KellerMiksisBubble;
import org.backcrack.physics.bubble.Liquid;
import org.backcrack.physics.ode.Integration;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The crack as the partial collapse of the cavity (Chandran Suja &amp; Barakat 2018, Sci Rep 8:4600), in the
 * same joint as {@link FacetJointCavitation}.
 *
 * <p><b>Their model.</b> Separating the joint surfaces lowers the synovial fluid's pressure; a bubble forms
 * and grows by the Rayleigh–Plesset equation in that time-varying pressure; when the separation ends the
 * pressure recovers, the bubble collapses part of the way, and the pressure it radiates is the crack. Only
 * a partial collapse is needed to match recorded knuckle cracks, so a bubble persists afterwards, as
 * Kawchuk et al. 2015 saw.
 *
 * <p><b>Here.</b> The cavity is born exactly as in {@link FacetJointCavitation} (same tension, same
 * nucleus, same joint). From inception the state y = (R, Ṙ, p, n_CO₂, n_O₂, n_N₂) follows
 *
 * <ul>
 *   <li>the Keller–Miksis equation (Keller &amp; Miksis 1980, J Acoust Soc Am 68:628) with the joint pressure p
 *       as p∞;
 *   <li>the joint: dp/dt = −(A·δ̇ − 4πR²Ṙ)/C − (p − p_rest)/τ. While the gap opens the cavity grows with
 *       it; once the separation ends (δ̇ ≤ 0) the refill term is what recovers the pressure, and it pushes
 *       the cavity shut;
 *   <li>the gas, which diffuses in while the cavity is open and cushions the collapse:
 *       dn_i/dt = 4πR·D_i·H_i·(p_i − x_i·p_g)·(1 + R/√(πD_i·t)) — the Epstein–Plesset exchange {@link
 *       CavityGas} uses, with its transient term (Epstein &amp; Plesset 1950, J Chem Phys 18:1505) — and whose
 *       pressure p_g = nR_gT/(4πR³/3) is isothermal (assumption: the collapse is slow beside heat diffusion
 *       across a millimetre bubble).
 * </ul>
 *
 * <p>The collapse is the cavity's shrinking after the separation has ended (and at least {@value
 * #INCEPTION_WINDOW_MS} ms after inception, so the inception's own ringing is left out): it is followed until
 * the cavity has lost half its volume and its inward wall speed has fallen to a tenth of its peak (the gas
 * has stopped it), then for {@value #TAIL_MS} ms more, or until {@code to} (the joint closes). The sound is
 * the radiated pressure ρ(R²R̈ + 2RṘ²)/r of that collapse, shaped by the segment exactly as the inception
 * pop is ({@link FacetJointCavitation#shape}), so the two sources differ only in which moment is heard.
 */
public final class PartialCollapse {
    /** The inception's ringing left out of the collapse, ms (the window of the inception pop). */
    public static final double INCEPTION_WINDOW_MS = 40;
    /** How long the collapse is followed after it has been stopped, ms (as long as the inception window). */
    public static final double TAIL_MS = 40;
    /** Share of its peak inward wall speed at which the collapse counts as stopped. */
    private static final double ARREST = 0.1;
    /** Share of its volume at the end of the separation the cavity must lose to count as collapsed. */
    private static final double COLLAPSED_VOLUME = 0.5;
    /** Gas pressure exponent of the cavity: isothermal. */
    private static final double ISOTHERMAL = 1.0;
    /** Step of the search for the end of the separation, s. */
    private static final double SEPARATION_STEP = 2e-4;
    /** Length of one integration leg between checks of the stopping rule, s. */
    private static final double LEG = 10e-3;
    /** Share of the peak at which the sound is taken to start (the labels end at the same share). */
    private static final double ONSET_SHARE = 0.1;

    private final SynovialFluid fluid;
    private final Liquid liquid;
    private final double sampleRate;
    private final List<GasSpecies> gases = GasSpecies.body();

    /**
     * @param fluid      the synovial fluid
     * @param sampleRate rate of the emission and bubble trace, Hz
     */
    public PartialCollapse(SynovialFluid fluid, double sampleRate) {
        this.fluid = fluid;
        this.liquid = fluid.liquid();
        this.sampleRate = sampleRate;
    }

    /**
     * The cavitation that started at {@code inception}, heard at its partial collapse.
     *
     * @param tension fluid pressure at inception, Pa
     * @param to      latest time to follow it, s (when the joint closes)
     */
    public Cavitation after(FacetJoint joint, JointMotion motion, double inception, double tension, double to) {
        double h = 1 / sampleRate;
        int pre = (int) Math.round(FacetJointCavitation.PRE_ROLL * sampleRate);
        double separationEnd = separationEnd(joint, motion, inception, to);
        double collapseStart = Math.max(separationEnd, inception + INCEPTION_WINDOW_MS * 1e-3);
        Trace trace = new Trace(pre, inception, h, collapseStart);
        Ode ode = new Ode(joint, motion, inception);
        double[] y = ode.initial(tension);
        double t = inception;
        double stop = to;
        while (t < stop - 1e-12) {
            double legEnd = Math.min(stop, t + LEG);
            ODEStateAndDerivative end = Integration.dormandPrince(
                            1e-12, h, new double[] {1e-9, 1e-5, 1, 1e-18, 1e-18, 1e-18}, tolerances(1e-6))
                    .maxEvaluations(5_000_000)
                    .sampleEvery(h, trace::add)
                    .integrate(ode, t, y, legEnd);
            t = end.getTime();
            y = end.getPrimaryState();
            if (!Double.isNaN(trace.arrested)) {
                stop = Math.min(to, trace.arrested + TAIL_MS * 1e-3);
            }
        }
        return trace.cavitation(joint, inception, tension, separationEnd, collapseStart);
    }

    private static double[] tolerances(double v) {
        double[] r = new double[6];
        Arrays.fill(r, v);
        return r;
    }

    /** First time after inception at which the movement stops opening the joint, or {@code to}. */
    static double separationEnd(FacetJoint joint, JointMotion motion, double inception, double to) {
        for (double t = inception + SEPARATION_STEP; t < to; t += SEPARATION_STEP) {
            if (FacetJointCavitation.gapRate(joint, motion, t) <= 0) {
                return t;
            }
        }
        return to;
    }

    /** The bubble, the joint pressure and the gas in the cavity. */
    private final class Ode implements OrdinaryDifferentialEquation {
        private final FacetJoint joint;
        private final JointMotion motion;
        private final double inception;

        Ode(FacetJoint joint, JointMotion motion, double inception) {
            this.joint = joint;
            this.motion = motion;
            this.inception = inception;
        }

        /** The fresh nucleus: its little gas split among the body's gases as their tissue tensions are. */
        double[] initial(double tension) {
            double r = FacetJointCavitation.NUCLEUS_RADIUS;
            double moles = FacetJointCavitation.NUCLEUS_GAS_PRESSURE
                    * (4 * Math.PI / 3 * r * r * r)
                    / (CavityGas.GAS_CONSTANT * CavityGas.BODY_TEMPERATURE);
            double tissue = 0;
            for (GasSpecies g : gases) {
                tissue += g.tissuePressure();
            }
            double[] y = new double[3 + gases.size()];
            y[0] = r;
            y[2] = tension;
            for (int i = 0; i < gases.size(); i++) {
                y[3 + i] = moles * gases.get(i).tissuePressure() / tissue;
            }
            return y;
        }

        @Override
        public int getDimension() {
            return 3 + gases.size();
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double r = Math.max(y[0], 1e-9);
            double v = y[1];
            double p = y[2];
            double moles = 0;
            for (int i = 3; i < y.length; i++) {
                moles += Math.max(0, y[i]);
            }
            double gas = gasPressure(moles, r);
            double dp = -(joint.area() * FacetJointCavitation.gapRate(joint, motion, t) - 4 * Math.PI * r * r * v)
                            / joint.compliance()
                    - (p - FacetJointCavitation.REST_PRESSURE) / joint.refillTime();
            double[] dy = new double[y.length];
            dy[0] = v;
            dy[1] = new KellerMiksisBubble(new BubbleSetup(liquid, r, gas, ISOTHERMAL)).wallAcceleration(r, v, p, dp);
            dy[2] = dp;
            double age = Math.max(t - inception, 1e-9);
            for (int i = 0; i < gases.size(); i++) {
                GasSpecies g = gases.get(i);
                double share = moles > 0 ? Math.max(0, y[3 + i]) / moles : 0;
                double rate = 4
                        * Math.PI
                        * r
                        * g.diffusivity()
                        * g.solubility()
                        * (g.tissuePressure() - share * gas)
                        * (1 + r / Math.sqrt(Math.PI * g.diffusivity() * age));
                dy[3 + i] = y[3 + i] <= 0 && rate < 0 ? 0 : rate;
            }
            return dy;
        }
    }

    private static double gasPressure(double moles, double r) {
        return moles * CavityGas.GAS_CONSTANT * CavityGas.BODY_TEMPERATURE / (4 * Math.PI / 3 * r * r * r);
    }

    /** The samples taken on the uniform grid, and the stopping rule read from them. */
    private final class Trace {
        private final int pre;
        private final double inception;
        private final double h;
        private final double collapseStart;
        private double[] radius = new double[4096];
        private double[] radiated = new double[4096];
        private int filled;
        private double startVolume = Double.NaN;
        private double peakInward;
        private double arrested = Double.NaN;

        Trace(int pre, double inception, double h, double collapseStart) {
            this.pre = pre;
            this.inception = inception;
            this.h = h;
            this.collapseStart = collapseStart;
            this.filled = pre;
        }

        void add(double time, double[] y, double[] dy) {
            int i = pre + (int) Math.round((time - inception) / h);
            if (i < pre) {
                return;
            }
            if (i >= radius.length) {
                radius = Arrays.copyOf(radius, Math.max(2 * radius.length, i + 1));
                radiated = Arrays.copyOf(radiated, radius.length);
            }
            radius[i] = y[0];
            radiated[i] =
                    fluid.density() * (y[0] * y[0] * dy[1] + 2 * y[0] * y[1] * y[1]) / Emission.REFERENCE_DISTANCE;
            filled = Math.max(filled, i + 1);
            if (time < collapseStart) {
                return;
            }
            double volume = y[0] * y[0] * y[0];
            if (Double.isNaN(startVolume)) {
                startVolume = volume;
            }
            if (y[1] < peakInward) {
                peakInward = y[1];
                arrested = Double.NaN;
            } else if (Double.isNaN(arrested)
                    && peakInward < 0
                    && y[1] >= ARREST * peakInward
                    && volume <= COLLAPSED_VOLUME * startVolume) {
                arrested = time;
            }
        }

        Cavitation cavitation(
                FacetJoint joint, double inception, double tension, double separationEnd, double collapseStart) {
            double[] r = Arrays.copyOf(radius, filled);
            double[] radiatedKept = Arrays.copyOf(radiated, filled);
            int windowEnd = Math.min(filled, pre + (int) Math.round(INCEPTION_WINDOW_MS * 1e-3 / h));
            double maxRadius = 0;
            for (int i = pre; i < windowEnd; i++) {
                maxRadius = Math.max(maxRadius, r[i]);
            }
            int from = Math.min(filled - 1, pre + (int) Math.round((collapseStart - inception) / h));
            int opened = Math.min(filled - 1, pre + (int) Math.round((separationEnd - inception) / h));
            double collapseRadius = r[from];
            for (int i = from; i < filled; i++) {
                collapseRadius = Math.min(collapseRadius, r[i]);
            }
            double[] sound =
                    FacetJointCavitation.shape(Arrays.copyOfRange(radiatedKept, from, filled), joint, sampleRate);
            double peak = 0;
            for (double v : sound) {
                peak = Math.max(peak, Math.abs(v));
            }
            int first = 0;
            while (first < sound.length - 1 && Math.abs(sound[first]) < ONSET_SHARE * peak) {
                first++;
            }
            int keep = Math.max(0, first - pre);
            double start = inception + (from - pre + keep) * h;
            return new Cavitation(
                    joint,
                    inception,
                    tension,
                    maxRadius,
                    r[opened],
                    peak,
                    new Cavitation.BubbleTrace(r, radiatedKept),
                    new Emission(Math.max(0, start), sampleRate, Arrays.copyOfRange(sound, keep, sound.length)),
                    CavitationSource.PARTIAL_COLLAPSE,
                    inception + (from - pre + first) * h,
                    collapseRadius);
        }
    }
}
