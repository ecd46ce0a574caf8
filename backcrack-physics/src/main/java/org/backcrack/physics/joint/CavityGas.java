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
 * it while the joint is held open. With body gas tensions this gives about three quarters CO₂ — the joint gas
 * is mostly CO₂, as reported.
 *
 * <p><b>Dissolution.</b> When the joint closes, the vapour condenses and a gas bubble is left at the fluid
 * pressure plus the Laplace pressure 2σ/R. Each gas leaves it by diffusion: the very soluble CO₂ in seconds,
 * the poorly soluble nitrogen, whose tissue tension is only a little below the bubble's, in many minutes.
 * The refractory period is the time until the bubble has gone (radius below {@link #GONE_RADIUS}): until
 * then any re-separation only re-inflates the bubble, which never builds the tension needed for a new cavity
 * (in vitro, nucleated fluid gave neither crack nor refractory period; J Can Chiropr Assoc 2017;61:32).
 *
 * <p>Both phases are one diffusion problem ({@link GasDiffusion}): the gas goes back into the layer the
 * opening emptied (faster than into fresh fluid), and perfused tissue at {@link #SYNOVIAL_SINK_DISTANCE}
 * holds each gas at its tissue tension. {@link #epsteinPlesset} is the older closed-form treatment (uptake
 * and Epstein–Plesset's law into unbounded, uniform fluid), kept for comparison in the validation table.
 */
public final class CavityGas {
    /** A bubble smaller than this no longer acts as a nucleus, m (assumed: 1 µm). */
    public static final double GONE_RADIUS = 1e-6;

    /**
     * Distance from the gas to the nearest perfused tissue in a facet joint, m (assumption: 100 µm, the middle
     * of 50–200 µm, chosen before the refractory period was computed with it). A closed joint squeezes the
     * residual bubble out of the thin film between the cartilage plates into the joint's recesses, which are
     * lined by synovium; synovial capillaries lie within tens of micrometres of the synovial surface, and the
     * facet joints' vascular synovial folds project between the articular surfaces (Bogduk &amp; Engel 1984,
     * Spine 9:454). Blood there holds each gas at its tissue tension, so the fluid's gas content returns to the
     * tissue's within this distance instead of far away. Not measured for a joint cavity: it is the model's
     * geometric assumption, and the validation table shows the refractory period over its range.
     */
    public static final double SYNOVIAL_SINK_DISTANCE = 100e-6;

    static final double GAS_CONSTANT = GasDiffusion.GAS_CONSTANT;
    static final double BODY_TEMPERATURE = GasDiffusion.BODY_TEMPERATURE;
    private static final double LONGEST = 24 * 3600;

    private final List<GasSpecies> gases;
    private final double fluidPressure;
    private final SynovialFluid fluid;
    private final double sinkDistance;
    private final GasDiffusion.Resolution resolution;

    /**
     * @param gases         the dissolved gases with their tissue tensions
     * @param fluidPressure the joint fluid's pressure once the joint has closed, Pa
     * @param fluid         the synovial fluid (vapour pressure, surface tension)
     * @param sinkDistance  distance from the cavity's wall to perfused tissue, m; {@code +∞} for none
     */
    public CavityGas(List<GasSpecies> gases, double fluidPressure, SynovialFluid fluid, double sinkDistance) {
        if (!(sinkDistance > 0)) {
            throw new IllegalArgumentException("sink distance must be > 0 (or infinite), was " + sinkDistance);
        }
        this.gases = List.copyOf(gases);
        this.fluidPressure = fluidPressure;
        this.fluid = fluid;
        this.sinkDistance = sinkDistance;
        this.resolution = GasDiffusion.Resolution.STANDARD;
    }

    private CavityGas(CavityGas base, double sinkDistance, GasDiffusion.Resolution resolution) {
        this.gases = base.gases;
        this.fluidPressure = base.fluidPressure;
        this.fluid = base.fluid;
        this.sinkDistance = sinkDistance;
        this.resolution = resolution;
    }

    /** The same model solved on a finer grid with smaller steps (convergence checks). */
    CavityGas finer() {
        return new CavityGas(this, sinkDistance, GasDiffusion.Resolution.FINE);
    }

    /** A facet joint's cavity in healthy synovial fluid, with the synovial sink. */
    public static CavityGas body() {
        return new CavityGas(
                GasSpecies.body(), FacetJointCavitation.REST_PRESSURE, SynovialFluid.healthy(), SYNOVIAL_SINK_DISTANCE);
    }

    /** The same gases and fluid with another sink distance, m ({@code +∞}: none). */
    public CavityGas withSinkDistance(double distance) {
        if (!(distance > 0)) {
            throw new IllegalArgumentException("sink distance must be > 0 (or infinite), was " + distance);
        }
        return new CavityGas(this, distance, resolution);
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
     * The diffusion solution: uptake while open, then dissolution into the depleted fluid with the sink.
     *
     * @param cavityRadius radius of the open cavity, m
     * @param openTime     how long the joint stays open after the pop, s
     */
    public History after(double cavityRadius, double openTime) {
        return diffusion(cavityRadius, openTime, true, true);
    }

    /**
     * As {@link #after}, but the fluid is made uniform again at closing: what the gas does if the layer the
     * opening depleted were not there (to measure that layer's effect).
     */
    public History afterWithoutDepletedLayer(double cavityRadius, double openTime) {
        return diffusion(cavityRadius, openTime, true, false);
    }

    /**
     * The diffusion solution under {@link #epsteinPlesset}'s assumptions — no gas pressure inside the open
     * cavity, uniform fluid at closing — so that the two methods can be compared on the same problem.
     */
    public History diffusionUnderEpsteinPlessetAssumptions(double cavityRadius, double openTime) {
        return diffusion(cavityRadius, openTime, false, false);
    }

    /**
     * Time for a gas bubble holding these moles (in {@link #gases()} order), in fluid uniform at the tissue
     * tensions, to dissolve by the diffusion solution, s ({@code +∞} if it never does): for comparing with
     * other solutions of the same problem.
     */
    public double dissolutionTime(double[] moles) {
        if (inherentlySaturated()) {
            return Double.POSITIVE_INFINITY;
        }
        GasDiffusion d = new GasDiffusion(gases, sinkDistance, Math.max(radius(moles), GONE_RADIUS), resolution);
        d.setMoles(moles);
        boolean gone = d.advance(this::radiusOfTotal, this::wallPressures, LONGEST, r -> r < GONE_RADIUS, 1e-4);
        return gone ? d.time() : Double.POSITIVE_INFINITY;
    }

    private void wallPressures(double[] moles, double r, double[] out) {
        double total = 0;
        for (double m : moles) {
            total += m;
        }
        double gas = fluidPressure - fluid.vapourPressure() + 2 * fluid.surfaceTension() / r;
        for (int i = 0; i < out.length; i++) {
            out[i] = total > 0 ? gas * moles[i] / total : 0;
        }
    }

    private History diffusion(double cavityRadius, double openTime, boolean insideGas, boolean keepLayer) {
        check(cavityRadius, openTime);
        GasDiffusion d = new GasDiffusion(gases, sinkDistance, cavityRadius, resolution);
        double volume = 4 * Math.PI / 3 * cavityRadius * cavityRadius * cavityRadius;
        // Open: a cavity of fixed size whose gas stays at the partial pressures its moles give it.
        d.advance(
                total -> cavityRadius,
                (moles, r, out) -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = insideGas ? moles[i] * GAS_CONSTANT * BODY_TEMPERATURE / volume : 0;
                    }
                },
                openTime,
                null,
                Math.min(1e-5, openTime));
        double[] uptake = d.moles();
        double r0 = radius(uptake);
        if (!keepLayer) {
            d.resetFluid();
        }
        if (inherentlySaturated()) {
            return new History(uptake, r0, Double.POSITIVE_INFINITY);
        }
        boolean gone =
                d.advance(this::radiusOfTotal, this::wallPressures, openTime + LONGEST, r -> r < GONE_RADIUS, 1e-4);
        return new History(uptake, r0, gone ? d.time() - openTime : Double.POSITIVE_INFINITY);
    }

    private boolean inherentlySaturated() {
        double tissue = 0;
        for (GasSpecies g : gases) {
            tissue += g.tissuePressure();
        }
        return tissue >= fluidPressure - fluid.vapourPressure();
    }

    private static void check(double cavityRadius, double openTime) {
        if (!(cavityRadius > 0) || !(openTime >= 0)) {
            throw new IllegalArgumentException("cavity radius must be > 0 and open time >= 0");
        }
    }

    /**
     * Epstein–Plesset's treatment (J Chem Phys 18:1505, 1950), unbounded uniform fluid, no sink: the uptake
     * into a sphere of radius R held for a time t with near-zero inside partial pressure,
     * n_i = 4πR·D_i·c_i·(t + 2R·√(t/(πD_i))), then each gas leaves by
     * dn_i/dt = −4πR·D_i·H_i·(x_i·p_gas − p_i)·(1 + R/√(πD_i t)) with the clock restarted at closing.
     */
    public History epsteinPlesset(double cavityRadius, double openTime) {
        check(cavityRadius, openTime);
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
        return new History(n, r0, inherentlySaturated() ? Double.POSITIVE_INFINITY : dissolve(n));
    }

    /** Radius of a bubble holding these moles at the fluid pressure plus its Laplace pressure, m. */
    double radius(double[] n) {
        double total = 0;
        for (double v : n) {
            total += Math.max(0, v);
        }
        return radiusOfTotal(total);
    }

    private double radiusOfTotal(double total) {
        if (total <= 0) {
            return 0;
        }
        double nrt = total * GAS_CONSTANT * BODY_TEMPERATURE;
        double gasPressure = fluidPressure - fluid.vapourPressure();
        double sigma = fluid.surfaceTension();
        UnivariateFunction f = r -> (gasPressure + 2 * sigma / r) * 4 * Math.PI / 3 * r * r * r - nrt;
        BracketedUnivariateSolver<UnivariateFunction> solver = new BracketingNthOrderBrentSolver(1e-15, 1e-12, 5);
        double upper = Math.cbrt(3 * nrt / (4 * Math.PI * gasPressure)) * 1.01 + 1e-9;
        return solver.solve(200, f, 1e-12, upper);
    }

    private double dissolve(double[] n0) {
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
                double gasPressure = fluidPressure - fluid.vapourPressure() + 2 * fluid.surfaceTension() / r;
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
