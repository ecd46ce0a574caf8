package org.backcrack.physics.ode;

import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Samples an integration at the start time and at every multiple k·h of the output step inside it (the grid
 * of Hipparchus' {@code StepNormalizer} in {@code MULTIPLES} mode with the first point included), but
 * without asking the interpolator once per sample.
 *
 * <p>Dormand–Prince 5(4)'s continuous extension (Shampine 1986, Math Comp 46:135; Hairer, Nørsett &amp; Wanner
 * 1993, <i>Solving ODEs I</i>, §II.6) is, within one step of length H, a polynomial of degree 4 in θ = (t −
 * t_a)/H, and Hipparchus' interpolator returns its exact θ-derivative (divided by H) as the state derivative.
 * So the derivative is a cubic in θ, fixed by its values at θ = 0 and 1 (the step's end states, which cost
 * nothing) and at two interior points (two interpolator calls), and the state is y_a + H·∫₀^θ of that cubic.
 * Building the cubic from derivatives rather than from interpolated states keeps Ẏ free of the cancellation
 * of nearly equal states (y(θ) − y_a is tiny next to y). A step holding at most two samples asks the
 * interpolator directly.
 *
 * <p>Sample times are k·h with an integer k, each emitted once, from the step that holds it. StepNormalizer
 * (Hipparchus 4.0.3) sums h instead; when the sum lands a few ulps below k·h, the next step recomputes k·h and
 * emits sample k a second time, extrapolated backwards from that step (1.5e-8 off in R for a driven bubble,
 * see BubbleSolverSampleRateTest).
 *
 * <p>The state and derivative arrays handed to the {@link Integration.Sample} are reused.
 */
final class DenseSampler implements ODEStepHandler {
    /** Interior nodes of the derivative cubic, as fractions of the step. */
    private static final double NODE_1 = 1.0 / 3;

    private static final double NODE_2 = 2.0 / 3;

    private final double h;
    private final Integration.Sample sample;
    private double[] y = new double[0];
    private double[] yDot = new double[0];
    /** Derivative cubic per component: Ẏ(θ) = d0 + θ(d1 + θ(d2 + θ·d3)). */
    private double[] d0 = new double[0];

    private double[] d1 = new double[0];
    private double[] d2 = new double[0];
    private double[] d3 = new double[0];
    /** Its integral times the step length: Y(θ) = y_a + θ(i0 + θ(i1 + θ(i2 + θ·i3))). */
    private double[] i0 = new double[0];

    private double[] i1 = new double[0];
    private double[] i2 = new double[0];
    private double[] i3 = new double[0];
    /** The state at the step's start. */
    private double[] ya = new double[0];

    private boolean started;
    private long next;

    DenseSampler(double h, Integration.Sample sample) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("sample step must be finite and > 0, was " + h);
        }
        this.h = h;
        this.sample = sample;
    }

    @Override
    public void init(ODEStateAndDerivative initialState, double finalTime) {
        int n = initialState.getPrimaryStateDimension();
        y = new double[n];
        yDot = new double[n];
        d0 = new double[n];
        d1 = new double[n];
        d2 = new double[n];
        d3 = new double[n];
        i0 = new double[n];
        i1 = new double[n];
        i2 = new double[n];
        i3 = new double[n];
        ya = new double[n];
        started = false;
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        if (!interpolator.isForward()) {
            throw new IllegalStateException("sampling needs a forward integration");
        }
        ODEStateAndDerivative a = interpolator.getPreviousState();
        ODEStateAndDerivative b = interpolator.getCurrentState();
        double ta = a.getTime();
        double tb = b.getTime();
        if (!started) {
            started = true;
            emit(a);
            next = (long) Math.floor(ta / h) + 1;
            while (next * h <= ta) {
                next++;
            }
        }
        long last = (long) Math.floor(tb / h);
        while ((last + 1) * h <= tb) {
            last++;
        }
        while (last * h > tb) {
            last--;
        }
        long count = last - next + 1;
        if (count <= 0) {
            return;
        }
        double step = tb - ta;
        if (count <= 2 || !(step > 0)) {
            for (; next <= last; next++) {
                emit(interpolator.getInterpolatedState(next * h));
            }
            return;
        }
        fit(interpolator, a, b);
        double perStep = 1 / step;
        for (; next <= last; next++) {
            double t = next * h;
            double s = (t - ta) * perStep;
            for (int j = 0; j < y.length; j++) {
                yDot[j] = d0[j] + s * (d1[j] + s * (d2[j] + s * d3[j]));
                y[j] = ya[j] + s * (i0[j] + s * (i1[j] + s * (i2[j] + s * i3[j])));
            }
            sample.accept(t, y, yDot);
        }
    }

    /** The derivative cubic through Ẏ at θ = 0, σ1, σ2, 1 (Newton's divided differences, then monomials). */
    private void fit(ODEStateInterpolator interpolator, ODEStateAndDerivative a, ODEStateAndDerivative b) {
        double ta = a.getTime();
        double step = b.getTime() - ta;
        ODEStateAndDerivative m1 = interpolator.getInterpolatedState(ta + NODE_1 * step);
        ODEStateAndDerivative m2 = interpolator.getInterpolatedState(ta + NODE_2 * step);
        double s1 = (m1.getTime() - ta) / step;
        double s2 = (m2.getTime() - ta) / step;
        double[] f0 = a.getPrimaryDerivative();
        double[] f1 = m1.getPrimaryDerivative();
        double[] f2 = m2.getPrimaryDerivative();
        double[] f3 = b.getPrimaryDerivative();
        double[] start = a.getPrimaryState();
        System.arraycopy(start, 0, ya, 0, ya.length);
        for (int j = 0; j < ya.length; j++) {
            double b01 = (f1[j] - f0[j]) / s1;
            double b12 = (f2[j] - f1[j]) / (s2 - s1);
            double b23 = (f3[j] - f2[j]) / (1 - s2);
            double b012 = (b12 - b01) / s2;
            double b123 = (b23 - b12) / (1 - s1);
            double b0123 = b123 - b012;
            // q(θ) = f0 + b01·θ + b012·θ(θ − s1) + b0123·θ(θ − s1)(θ − s2)
            d0[j] = f0[j];
            d1[j] = b01 - s1 * b012 + s1 * s2 * b0123;
            d2[j] = b012 - (s1 + s2) * b0123;
            d3[j] = b0123;
            i0[j] = step * d0[j];
            i1[j] = step * d1[j] / 2;
            i2[j] = step * d2[j] / 3;
            i3[j] = step * d3[j] / 4;
        }
    }

    private void emit(ODEStateAndDerivative state) {
        double[] s = state.getPrimaryState();
        double[] d = state.getPrimaryDerivative();
        System.arraycopy(s, 0, y, 0, y.length);
        System.arraycopy(d, 0, yDot, 0, yDot.length);
        sample.accept(state.getTime(), y, yDot);
    }
}
