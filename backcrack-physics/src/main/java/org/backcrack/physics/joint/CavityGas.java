package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.List;
import org.backcrack.physics.ode.Integration;
import org.backcrack.physics.ode.StopWhen;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Why a joint cannot crack again at once: the gas in the cavity and how long it takes to dissolve.
 *
 * <p><b>Uptake.</b> The fresh cavity holds almost nothing but vapour, so every dissolved gas diffuses into
 * it. Into a sphere of radius R held for a time t with the inside partial pressure near zero, the
 * diffusion-limited uptake of gas i is n_i = 4πR·D_i·c_i·(t + 2R·√(t/(πD_i))), with c_i = H_i·p_i the
 * dissolved concentration (Epstein &amp; Plesset 1950, J Chem Phys 18:1505, the transient term included).
 * With body gas tensions this gives about three quarters CO₂ — the joint gas is mostly CO₂, as reported.
 *
 * <p><b>Dissolution.</b> When the joint closes, the vapour condenses and a gas bubble is left at the fluid
 * pressure plus the Laplace pressure 2σ/R. Each gas leaves by the Epstein–Plesset law
 * dn_i/dt = −4πR·D_i·H_i·(x_i·p_gas − p_i)·(1 + R/√(πD_i t)), where x_i is its mole fraction, so the very
 * soluble CO₂ goes in seconds and the poorly soluble nitrogen, whose tissue tension is only a little below
 * the bubble's, takes many minutes. The refractory period is the time until the bubble has gone (radius
 * below {@link #GONE_RADIUS}): until then any re-separation only re-inflates the bubble, which never
 * builds the tension needed for a new cavity (in vitro, nucleated fluid gave neither crack nor refractory
 * period; J Can Chiropr Assoc 2017;61:32).
 */
public final class CavityGas {
    /** A bubble smaller than this no longer acts as a nucleus, m (assumed: 1 µm). */
    public static final double GONE_RADIUS = 1e-6;

    static final double GAS_CONSTANT = 8.314462618;
    static final double BODY_TEMPERATURE = 310.15;

    private final List<GasSpecies> gases;
    private final double fluidPressure;
    private final double vapourPressure;
    private final double surfaceTension;

    public CavityGas(List<GasSpecies> gases, double fluidPressure, SynovialFluid fluid) {
        this.gases = List.copyOf(gases);
        this.fluidPressure = fluidPressure;
        this.vapourPressure = fluid.vapourPressure();
        this.surfaceTension = fluid.surfaceTension();
    }

    public static CavityGas body() {
        return new CavityGas(GasSpecies.body(), FacetJointCavitation.REST_PRESSURE, SynovialFluid.healthy());
    }

    /**
     * What happens to a cavity's gas.
     *
     * @param uptake           moles of each gas in the cavity when the joint closed, in {@link #gases()} order
     * @param residualRadius   radius of the gas bubble left when the joint closes, m
     * @param dissolutionTime  time from closing until the bubble is gone, s
     */
    public record History(double[] uptake, double residualRadius, double dissolutionTime) {
        public History {
            uptake = uptake.clone();
        }

        @Override
        public double[] uptake() {
            return uptake.clone();
        }

        /** Mole fraction of each gas at closing. */
        public double[] fractions() {
            double total = 0;
            for (double n : uptake) {
                total += n;
            }
            double[] f = new double[uptake.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = uptake[i] / total;
            }
            return f;
        }
    }

    public List<GasSpecies> gases() {
        return gases;
    }

    /**
     * @param cavityRadius radius of the open cavity, m
     * @param openTime     how long the joint stays open after the pop, s
     */
    public History after(double cavityRadius, double openTime) {
        if (!(cavityRadius > 0) || !(openTime >= 0)) {
            throw new IllegalArgumentException("cavity radius must be > 0 and open time >= 0");
        }
        double[] n = new double[gases.size()];
        for (int i = 0; i < n.length; i++) {
            GasSpecies g = gases.get(i);
            double c = g.solubility() * g.tissuePressure();
            n[i] = 4
                    * Math.PI
                    * cavityRadius
                    * g.diffusivity()
                    * c
                    * (openTime + 2 * cavityRadius * Math.sqrt(openTime / (Math.PI * g.diffusivity())));
        }
        double r0 = radius(n);
        return new History(n, r0, dissolve(n));
    }

    /** Radius of a bubble holding these moles at the fluid pressure plus its Laplace pressure, m. */
    double radius(double[] n) {
        double total = 0;
        for (double v : n) {
            total += Math.max(0, v);
        }
        if (total <= 0) {
            return 0;
        }
        double nrt = total * GAS_CONSTANT * BODY_TEMPERATURE;
        double gasPressure = fluidPressure - vapourPressure;
        UnivariateFunction f = r -> (gasPressure + 2 * surfaceTension / r) * 4 * Math.PI / 3 * r * r * r - nrt;
        BracketedUnivariateSolver<UnivariateFunction> solver = new BracketingNthOrderBrentSolver(1e-15, 1e-12, 5);
        double upper = Math.cbrt(3 * nrt / (4 * Math.PI * gasPressure)) * 1.01 + 1e-9;
        return solver.solve(200, f, 1e-12, upper);
    }

    private double dissolve(double[] n0) {
        double tissue = 0;
        for (GasSpecies g : gases) {
            tissue += g.tissuePressure();
        }
        if (tissue >= fluidPressure - vapourPressure) {
            // No inherent unsaturation: a gas bubble in this fluid never dissolves completely.
            return Double.POSITIVE_INFINITY;
        }
        int k = n0.length;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return k;
            }

            @Override
            public double[] computeDerivatives(double t, double[] n) {
                double r = Math.max(radius(n), GONE_RADIUS / 2);
                double total = 0;
                for (double v : n) {
                    total += Math.max(0, v);
                }
                double gasPressure = fluidPressure - vapourPressure + 2 * surfaceTension / r;
                double[] dn = new double[k];
                for (int i = 0; i < k; i++) {
                    GasSpecies g = gases.get(i);
                    double x = Math.max(0, n[i]) / total;
                    double unsteady = 1 + r / Math.sqrt(Math.PI * g.diffusivity() * Math.max(t, 1e-6));
                    dn[i] = -4
                            * Math.PI
                            * r
                            * g.diffusivity()
                            * g.solubility()
                            * (x * gasPressure - g.tissuePressure())
                            * unsteady;
                    if (n[i] <= 0 && dn[i] < 0) {
                        dn[i] = 0;
                    }
                }
                return dn;
            }
        };
        double[] scale = new double[k];
        double total = 0;
        for (double v : n0) {
            total += v;
        }
        Arrays.fill(scale, total * 1e-9);
        double[] rel = new double[k];
        Arrays.fill(rel, 1e-8);
        StopWhen gone = new StopWhen(st -> radius(st.getPrimaryState()) - GONE_RADIUS, 1.0, 1e-6);
        Integration.dormandPrince(1e-9, 600, scale, rel).stopWhen(gone).integrate(ode, 0, n0.clone(), 24 * 3600);
        return Double.isNaN(gone.time()) ? Double.POSITIVE_INFINITY : gone.time();
    }
}
