package org.backcrack.physics.bubble;

import java.util.Arrays;
import org.backcrack.physics.ode.Integration;
import org.backcrack.physics.ode.StopWhen;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Integrates a {@link BubbleModel} driven by a {@link DrivingPressure} with Hipparchus' adaptive
 * Dormand–Prince 5(4) integrator and samples it on a uniform grid from the dense output.
 *
 * <p>The error control comes from the problem, not from the output grid, so sampling more or less densely
 * samples the same solution (the same steps; the samples then differ only by rounding): the absolute
 * tolerance on Ṙ is absoluteRadius/t_c and the largest step is t_c/10, with t_c = R0·√(ρ/Δp) the Rayleigh
 * time scale of the initial radius (Δp the largest of |p∞(t0)|, the gas pressure and the Laplace pressure at
 * R0, at least 1 Pa).
 *
 * <p>Why t_c/10: a gas bubble's linear natural period (Minnaert 1933, with surface tension) is T0 =
 * 2π·R0·√(ρ/(3κp_G − 2σ/R0)) ≥ 2π·t_c/√(3κ) ≥ 2.8·t_c for κ ≤ 5/3, since Δp ≥ p_G; a step of at most
 * t_c/10 is then at most T0/28, so a ringing bubble gets at least 28 steps per period whatever the
 * tolerances (an empty cavity collapses in 0.915·t_c, Rayleigh 1917, so at least 9 steps). When the
 * absolute radius tolerance is large next to the ringing amplitude the error control alone allows longer
 * steps: with 10·t_c as the cap, a 10 µm bubble released at 1.001·R0 with {@link #precise()} took about 11
 * steps per period and its ringing frequency came out 1.8e-5 above the converged value; with t_c/10 it is
 * within 4e-8 of it (the converged value, from caps down to T0/200, is 4e-7 below Minnaert's f0: the ringing
 * is not infinitesimal).
 *
 * @param relativeTolerance relative error per step
 * @param absoluteRadius    absolute error on R, m
 */
public record BubbleSolver(double relativeTolerance, double absoluteRadius) {
    public BubbleSolver {
        if (!(relativeTolerance > 0 && absoluteRadius > 0)) {
            throw new IllegalArgumentException("tolerances must be > 0");
        }
    }

    /** Tolerances good to well under 0.1% on the analytic checks. */
    public static BubbleSolver precise() {
        return new BubbleSolver(1e-10, 1e-12);
    }

    /** What ends an integration early. */
    public enum Stop {
        /** Run to the end time. */
        NEVER,
        /** Stop when the radius falls to 1/1000 of the initial radius (a collapse). */
        COLLAPSE
    }

    public BubbleTrace solve(
            BubbleModel model,
            DrivingPressure drive,
            double r0,
            double rdot0,
            double t0,
            double t1,
            double sampleRate,
            Stop stop) {
        if (!(t1 > t0) || !(r0 > 0) || !(sampleRate > 0)) {
            throw new IllegalArgumentException("need t1 > t0, r0 > 0 and sampleRate > 0");
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double r = Math.max(y[0], 1e-15);
                return new double[] {y[1], model.wallAcceleration(r, y[1], drive.at(t), drive.rate(t))};
            }
        };
        int capacity = (int) Math.ceil((t1 - t0) * sampleRate) + 1;
        double[] r = new double[capacity];
        double[] v = new double[capacity];
        double[] a = new double[capacity];
        int[] count = {0};
        double h = 1 / sampleRate;
        double timeScale = rayleighTime(model.setup(), r0, drive.at(t0));
        Integration integration = Integration.dormandPrince(
                        1e-18,
                        Math.min(t1 - t0, timeScale / 10),
                        new double[] {absoluteRadius, absoluteRadius / timeScale},
                        new double[] {relativeTolerance, relativeTolerance})
                .maxEvaluations(50_000_000)
                .sampleEvery(h, (t, y, yDot) -> {
                    int i = (int) Math.round((t - t0) * sampleRate);
                    if (i >= 0 && i < capacity) {
                        r[i] = y[0];
                        v[i] = y[1];
                        a[i] = yDot[1];
                        count[0] = Math.max(count[0], i + 1);
                    }
                });
        if (stop == Stop.COLLAPSE) {
            integration.stopWhen(
                    new StopWhen(s -> s.getPrimaryState()[0] - r0 * 1e-3, Double.POSITIVE_INFINITY, 1e-14));
        }
        ODEStateAndDerivative end = integration.integrate(ode, t0, new double[] {r0, rdot0}, t1);
        int n = count[0];
        return new BubbleTrace(
                t0, sampleRate, Arrays.copyOf(r, n), Arrays.copyOf(v, n), Arrays.copyOf(a, n), end.getTime());
    }

    /** R0·√(ρ/Δp): the time a pressure difference Δp takes to move the wall by about R0, s. */
    static double rayleighTime(BubbleSetup setup, double r0, double pInf0) {
        double laplace = 2 * setup.liquid().surfaceTension() / r0;
        double pressure = Math.max(1, Math.max(Math.abs(pInf0), Math.max(setup.gasPressure(r0), laplace)));
        return r0 * Math.sqrt(setup.liquid().density() / pressure);
    }
}
