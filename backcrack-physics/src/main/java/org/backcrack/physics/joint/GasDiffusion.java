package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * The dissolved gases around a spherical cavity, solved as the diffusion problem itself rather than by
 * Epstein–Plesset's formula: the cavity first takes gas up while the joint is open, then, shrunk to a gas
 * bubble, gives it back — into the very fluid it drew it from.
 *
 * <p><b>Formulation.</b> The fluid is incompressible and moves only radially, so each fluid shell keeps its
 * volume: in the volume coordinate v = (r³ − R³)/3 a fluid particle keeps its v while the wall moves,
 * and spherical diffusion with that radial flow is pure diffusion, ∂c/∂t = ∂/∂v(D·r⁴·∂c/∂v), with
 * r = (3v + R³)^⅓ and no advection term. The wall is v = 0, where the dissolved concentration is Henry's
 * c_i = H_i·p_i of the gas inside; far away (and at a perfused sink, if there is one) it is the tissue's
 * H_i·p_i,tissue. The moles in the cavity change by the wall flux, dn_i/dt = 4π·D_i·R⁴·∂c_i/∂v at v = 0.
 * Finite volumes on a geometric grid in v (from 10⁻¹² of the cavity's volume out to 60 cavity radii);
 * Crank–Nicolson in time after four backward-Euler steps at each start (so the jumps at the wall do not
 * oscillate); the cavity's moles advanced with the wall flux of each step. Steps grow by 10% up to 20 s and
 * are halved when the cavity's gas would change by more than a set fraction in one step ({@link Resolution}).
 *
 * <p><b>Why solve it.</b> Epstein–Plesset's law assumes the fluid around the bubble starts uniform, but the
 * fluid around a closing joint cavity is the layer the cavity has just emptied of gas: the gas goes back into
 * a depleted layer, faster than into fresh fluid. Solving the diffusion carries that layer from the opening
 * into the dissolution; with a uniform fluid at closing the result agrees with the Epstein–Plesset law
 * (checked in the validation table), and against an independent solver of the same equations
 * ({@code validation.DiffusionReference}) within 1%.
 */
final class GasDiffusion {
    static final double GAS_CONSTANT = 8.314462618;
    static final double BODY_TEMPERATURE = 310.15;

    /**
     * How finely the problem is resolved: grid cells, and the largest relative change of the cavity's gas in
     * one time step (steps also grow by at most 10% and stay under 20 s).
     */
    record Resolution(int cells, double maxChange) {
        /** What the simulator uses: within 0.5% of the fine resolution (tested). */
        static final Resolution STANDARD = new Resolution(120, 0.05);
        /** For convergence checks. */
        static final Resolution FINE = new Resolution(600, 0.005);
    }

    private static final double MAX_STEP = 20;
    /** Backward-Euler steps before Crank–Nicolson takes over, to damp the jump at the wall (Rannacher 1984). */
    private static final int STARTUP_STEPS = 4;

    private static final double GROWTH = 1.1;

    private final int cells;
    private final double maxChange;

    private final List<GasSpecies> gases;
    private final double sinkDistance;
    private final double[] v;
    private final double[][] c;
    private final double[] n;
    private double time;

    /**
     * @param gases        the dissolved gases, fluid uniform at their tissue tensions at first
     * @param sinkDistance distance from the wall at which perfused tissue holds every gas at its tissue
     *                     tension, m ({@code +∞}: none, the fluid is unbounded)
     * @param scale        the largest radius the cavity will have, m: sets the grid
     * @param resolution   grid and time-step fineness
     */
    GasDiffusion(List<GasSpecies> gases, double sinkDistance, double scale, Resolution resolution) {
        this.cells = resolution.cells();
        this.maxChange = resolution.maxChange();
        this.gases = List.copyOf(gases);
        this.sinkDistance = sinkDistance;
        v = new double[cells + 1];
        double r3 = scale * scale * scale;
        double lo = 1e-12 * r3;
        double hi = (Math.pow(60, 3) - 1) * r3 / 3;
        for (int j = 1; j <= cells; j++) {
            v[j] = lo * Math.pow(hi / lo, (j - 1.0) / (cells - 1));
        }
        c = new double[gases.size()][cells + 1];
        for (int i = 0; i < gases.size(); i++) {
            Arrays.fill(c[i], tissue(i));
        }
        n = new double[gases.size()];
    }

    /** Moles of each gas in the cavity now. */
    double[] moles() {
        return n.clone();
    }

    /** Puts these moles in the cavity (a bubble that exists at the start). */
    void setMoles(double[] moles) {
        System.arraycopy(moles, 0, n, 0, n.length);
    }

    /** Time since the start, s. */
    double time() {
        return time;
    }

    /** Forgets the fluid's history: the fluid is uniform at the tissue tensions again (for comparisons). */
    void resetFluid() {
        for (int i = 0; i < gases.size(); i++) {
            Arrays.fill(c[i], tissue(i));
        }
    }

    /**
     * Advances until {@code until} (absolute time, s) or until {@code done} says the cavity's radius is small
     * enough, whichever is first.
     *
     * @param radiusOfTotal the cavity's radius given the total moles in it, m
     * @param inside        the partial pressure of each gas at the wall given the moles and radius, Pa
     * @param until         absolute end time, s
     * @param done          stops early when true for the current radius (null: never)
     * @param firstStep     the first time step, s
     * @return true when stopped by {@code done}
     */
    boolean advance(
            DoubleUnaryOperator radiusOfTotal,
            PartialPressures inside,
            double until,
            DoublePredicate done,
            double firstStep) {
        double dt = firstStep;
        double[] wall = new double[gases.size()];
        double[][] next = new double[gases.size()][cells + 1];
        double[] flux = new double[gases.size()];
        int taken = 0;
        while (time < until) {
            double total = 0;
            for (double x : n) {
                total += Math.max(0, x);
            }
            double r = radiusOfTotal.applyAsDouble(total);
            if (done != null && done.test(r)) {
                return true;
            }
            double step = Math.min(dt, until - time);
            inside.at(n, r, wall);
            for (int i = 0; i < gases.size(); i++) {
                flux[i] = implicitStep(
                        i, r, step, gases.get(i).solubility() * wall[i], next[i], taken < STARTUP_STEPS ? 1 : 0.5);
            }
            double change = 0;
            boolean negative = false;
            for (int i = 0; i < gases.size(); i++) {
                change += Math.abs(flux[i] * step);
                negative |= n[i] + flux[i] * step < -1e-6 * total;
            }
            if (total > 0 && (negative || change > maxChange * total) && step > 1e-9) {
                dt = step / 2;
                continue;
            }
            for (int i = 0; i < gases.size(); i++) {
                n[i] = Math.max(0, n[i] + flux[i] * step);
                System.arraycopy(next[i], 0, c[i], 0, cells + 1);
            }
            time += step;
            taken++;
            dt = Math.min(step * GROWTH, MAX_STEP);
        }
        return false;
    }

    /** Partial pressures at the wall, Pa, from the moles in the cavity and its radius. */
    @FunctionalInterface
    interface PartialPressures {
        void at(double[] moles, double radius, double[] out);
    }

    private double tissue(int i) {
        GasSpecies g = gases.get(i);
        return g.solubility() * g.tissuePressure();
    }

    /**
     * One θ-step of gas i (θ = 1 backward Euler, ½ Crank–Nicolson) with the wall at radius r and the wall
     * concentration cWall at the end of the step.
     *
     * @return the mean flux into the cavity over the step, mol/s
     */
    private double implicitStep(int i, double r, double dt, double cWall, double[] out, double theta) {
        double d = gases.get(i).diffusivity();
        double r3 = r * r * r;
        int m = cells + 1;
        double sinkV =
                Double.isInfinite(sinkDistance) ? Double.POSITIVE_INFINITY : (Math.pow(r + sinkDistance, 3) - r3) / 3;
        double[] lower = new double[m];
        double[] diag = new double[m];
        double[] upper = new double[m];
        double[] rhs = new double[m];
        double[] old = c[i];
        diag[0] = 1;
        rhs[0] = cWall;
        double far = tissue(i);
        for (int j = 1; j < m - 1; j++) {
            if (v[j] >= sinkV) {
                diag[j] = 1;
                rhs[j] = far;
                continue;
            }
            double left = conductance(d, r3, v[j - 1], v[j]);
            if (v[j + 1] > sinkV) {
                // The sink lies between this node and the next: put it exactly where it is.
                double right = conductance(d, r3, v[j], sinkV);
                double volume = (sinkV - v[j - 1]) / 2;
                lower[j] = -theta * left;
                diag[j] = volume / dt + theta * (left + right);
                rhs[j] = volume / dt * old[j]
                        + (1 - theta) * (left * (old[j - 1] - old[j]) + right * (far - old[j]))
                        + theta * right * far;
                continue;
            }
            double right = conductance(d, r3, v[j], v[j + 1]);
            double volume = (v[j + 1] - v[j - 1]) / 2;
            lower[j] = -theta * left;
            upper[j] = -theta * right;
            diag[j] = volume / dt + theta * (left + right);
            rhs[j] =
                    volume / dt * old[j] + (1 - theta) * (left * (old[j - 1] - old[j]) + right * (old[j + 1] - old[j]));
        }
        diag[m - 1] = 1;
        rhs[m - 1] = far;
        thomas(lower, diag, upper, rhs, out);
        double k0 = conductance(d, r3, v[0], v[1]);
        return 4 * Math.PI * k0 * (theta * (out[1] - out[0]) + (1 - theta) * (old[1] - old[0]));
    }

    /** D·r⁴/Δv across the face between volume coordinates a and b. */
    private static double conductance(double d, double r3, double a, double b) {
        double rf = Math.cbrt(3 * (a + b) / 2 + r3);
        return d * rf * rf * rf * rf / (b - a);
    }

    private static void thomas(double[] a, double[] b, double[] c, double[] d, double[] x) {
        int m = b.length;
        double[] cp = new double[m];
        double[] dp = new double[m];
        cp[0] = c[0] / b[0];
        dp[0] = d[0] / b[0];
        for (int j = 1; j < m; j++) {
            double denom = b[j] - a[j] * cp[j - 1];
            cp[j] = c[j] / denom;
            dp[j] = (d[j] - a[j] * dp[j - 1]) / denom;
        }
        x[m - 1] = dp[m - 1];
        for (int j = m - 2; j >= 0; j--) {
            x[j] = dp[j] - cp[j] * x[j + 1];
        }
    }
}
