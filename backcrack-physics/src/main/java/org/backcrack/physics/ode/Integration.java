package org.backcrack.physics.ode;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * One adaptive Dormand–Prince 5(4) integration (Hipparchus), set up the same way for every bubble and gas
 * model: the step bounds and per-component tolerances, optionally a limit on derivative evaluations, samples
 * on a uniform grid taken from the dense output, and a {@link StopWhen} that ends it early.
 *
 * <pre>{@code
 * ODEStateAndDerivative end = Integration.dormandPrince(minStep, maxStep, absolute, relative)
 *         .maxEvaluations(5_000_000)
 *         .sampleEvery(1 / sampleRate, (t, y, yDot) -> ...)
 *         .stopWhen(collapse)
 *         .integrate(ode, t0, y0, t1);
 * }</pre>
 */
public final class Integration {
    /** Receives one output sample. */
    @FunctionalInterface
    public interface Sample {
        /**
         * @param t    the sample's time, s
         * @param y    the state there; the array is reused for the next sample, copy what you keep
         * @param yDot its time derivative (the dense output's own derivative); reused likewise
         */
        void accept(double t, double[] y, double[] yDot);
    }

    private final DormandPrince54Integrator integrator;

    private Integration(DormandPrince54Integrator integrator) {
        this.integrator = integrator;
    }

    /**
     * @param minStep           smallest step, s
     * @param maxStep           largest step, s
     * @param absoluteTolerance allowed absolute error of each state component per step
     * @param relativeTolerance allowed relative error of each state component per step
     */
    public static Integration dormandPrince(
            double minStep, double maxStep, double[] absoluteTolerance, double[] relativeTolerance) {
        return new Integration(new DormandPrince54Integrator(minStep, maxStep, absoluteTolerance, relativeTolerance));
    }

    /** Fails the integration after this many derivative evaluations (unlimited unless set). */
    public Integration maxEvaluations(int evaluations) {
        integrator.setMaxEvaluations(evaluations);
        return this;
    }

    /**
     * Hands {@code sample} the state at the start and at every multiple k·{@code step} (absolute time, not
     * from the start) after it up to the end, from the dense output; the times are those of Hipparchus'
     * {@code StepNormalizer} in {@code MULTIPLES} mode with the first point, but each is computed as k·step
     * rather than summed, and a step with many samples costs two interpolator calls and a polynomial per
     * sample rather than one interpolator call per sample (see {@link DenseSampler}).
     */
    public Integration sampleEvery(double step, Sample sample) {
        integrator.addStepHandler(new DenseSampler(step, sample));
        return this;
    }

    /** Ends the integration where the detector says (see {@link StopWhen}). */
    public Integration stopWhen(ODEEventDetector stop) {
        integrator.addEventDetector(stop);
        return this;
    }

    /** Integrates {@code ode} from {@code y0} at {@code t0} to {@code t1} (or an earlier stop); the last state. */
    public ODEStateAndDerivative integrate(OrdinaryDifferentialEquation ode, double t0, double[] y0, double t1) {
        return integrator.integrate(ode, new ODEState(t0, y0), t1);
    }
}
