package org.backcrack.physics.ode;

import java.util.function.ToDoubleFunction;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * An integration that stops where a function of the state crosses zero (a collapse, a bubble gone), located
 * by Hipparchus' bracketing Brent solver to the given time accuracy.
 */
public final class StopWhen implements ODEEventDetector {
    private final ToDoubleFunction<ODEStateAndDerivative> g;
    private final double maxCheck;
    private final double timeAccuracy;
    private double time = Double.NaN;

    /**
     * @param g            the switching function; the integration stops where it changes sign
     * @param maxCheck     longest step between sign checks, s (infinite: check at every step)
     * @param timeAccuracy how precisely the crossing is located, s
     */
    public StopWhen(ToDoubleFunction<ODEStateAndDerivative> g, double maxCheck, double timeAccuracy) {
        this.g = g;
        this.maxCheck = maxCheck;
        this.timeAccuracy = timeAccuracy;
    }

    /** When it stopped, or NaN if the function never crossed zero. */
    public double time() {
        return time;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return AdaptableInterval.of(maxCheck);
    }

    @Override
    public int getMaxIterationCount() {
        return 500;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return new BracketingNthOrderBrentSolver(timeAccuracy * 1e-3, timeAccuracy, 1e-30, 5);
    }

    @Override
    public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
            time = state.getTime();
            return Action.STOP;
        };
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        return g.applyAsDouble(state);
    }
}
