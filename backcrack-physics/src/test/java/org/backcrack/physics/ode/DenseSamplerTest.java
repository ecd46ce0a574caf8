package org.backcrack.physics.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.physics.bubble.BubbleModel;
import org.backcrack.physics.bubble.BubbleSetup;
import org.backcrack.physics.bubble.KellerMiksisBubble;
import org.backcrack.physics.bubble.Liquid;
import org.backcrack.physics.bubble.RayleighPlessetBubble;
import org.backcrack.physics.bubble.Viscosity;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.StepNormalizer;
import org.hipparchus.ode.sampling.StepNormalizerBounds;
import org.hipparchus.ode.sampling.StepNormalizerMode;
import org.junit.jupiter.api.Test;

/**
 * The polynomial sampler gives what Hipparchus' {@link StepNormalizer} (one interpolator call per sample, the
 * path it replaced) gives, to rounding: on a strongly ringing Keller–Miksis bubble and on a Rayleigh collapse
 * stopped by an event. Output steps that are powers of two make the StepNormalizer's summed times exact, so
 * both paths sample at identical instants; 2^-28 s puts tens to hundreds of samples in a step (the polynomial
 * path), 2^-25 s a few, 2^-22 s at most two (the direct interpolator call). Measured worst differences: 7e-14
 * (ringing) and 2e-14 (collapse) on the finest grid; a 1e-6 error in the fitted cubic's leading coefficient
 * makes them 6e-8 and 2e-9.
 */
class DenseSamplerTest {
    private static final double P0 = 1.01325e5;

    record Samples(List<Double> t, List<double[]> y, List<double[]> yDot) {
        Samples() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(double time, double[] state, double[] derivative) {
            t.add(time);
            y.add(state.clone());
            yDot.add(derivative.clone());
        }
    }

    private static OrdinaryDifferentialEquation ode(BubbleModel model) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {y[1], model.wallAcceleration(Math.max(y[0], 1e-15), y[1], P0, 0)};
            }
        };
    }

    private static final double[] ABS = {1e-12, 1e-6};
    private static final double[] REL = {1e-10, 1e-10};

    /** Largest step, s: a tenth of the 10 µm bubble's period, and well under the collapse time. */
    private static final double MAX_STEP = 3e-7;

    private static Samples polynomial(
            OrdinaryDifferentialEquation ode, double[] y0, double t1, double h, boolean stop) {
        Samples out = new Samples();
        Integration integration =
                Integration.dormandPrince(1e-18, MAX_STEP, ABS, REL).sampleEvery(h, out::add);
        if (stop) {
            integration.stopWhen(collapse(y0[0]));
        }
        integration.integrate(ode, 0, y0, t1);
        return out;
    }

    private static Samples stepNormalizer(
            OrdinaryDifferentialEquation ode, double[] y0, double t1, double h, boolean stop) {
        Samples out = new Samples();
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-18, MAX_STEP, ABS, REL);
        integrator.addStepHandler(new StepNormalizer(
                h,
                (state, last) -> out.add(state.getTime(), state.getPrimaryState(), state.getPrimaryDerivative()),
                StepNormalizerMode.MULTIPLES,
                StepNormalizerBounds.FIRST));
        if (stop) {
            integrator.addEventDetector(collapse(y0[0]));
        }
        integrator.integrate(ode, new ODEState(0, y0), t1);
        return out;
    }

    private static StopWhen collapse(double r0) {
        return new StopWhen(s -> s.getPrimaryState()[0] - r0 * 1e-3, Double.POSITIVE_INFINITY, 1e-14);
    }

    /**
     * Worst difference between the paths: component 0 of the state relative to its value, the others and the
     * derivatives relative to the largest magnitude they reach within ±5 samples (they pass through zero).
     */
    private static double worst(Samples a, Samples b) {
        assertThat(a.t()).hasSameSizeAs(b.t());
        double worst = 0;
        int n = a.t().size();
        for (int i = 0; i < n; i++) {
            assertThat(a.t().get(i)).isEqualTo(b.t().get(i));
            double[] ya = a.y().get(i);
            double[] yb = b.y().get(i);
            worst = Math.max(worst, Math.abs(ya[0] - yb[0]) / Math.abs(yb[0]));
            for (int j = 0; j < ya.length; j++) {
                if (j > 0) {
                    worst = Math.max(worst, Math.abs(ya[j] - yb[j]) / localMax(b.y(), j, i));
                }
                worst = Math.max(worst, Math.abs(a.yDot().get(i)[j] - b.yDot().get(i)[j]) / localMax(b.yDot(), j, i));
            }
        }
        return worst;
    }

    private static double localMax(List<double[]> v, int j, int i) {
        double m = Double.MIN_NORMAL;
        for (int k = Math.max(0, i - 5); k <= Math.min(v.size() - 1, i + 5); k++) {
            m = Math.max(m, Math.abs(v.get(k)[j]));
        }
        return m;
    }

    @Test
    void ringingBubble_matchesTheStepNormalizer() {
        Liquid water = new Liquid(998, 1482, 0.0728, 2.34e3, new Viscosity.Newtonian(1e-3));
        BubbleModel model = new KellerMiksisBubble(BubbleSetup.equilibrium(water, 10e-6, P0, 1.4));
        OrdinaryDifferentialEquation ode = ode(model);
        // Released at 2·R0: a strongly nonlinear ringing with violent rebounds; 20 µs is several periods.
        double[] y0 = {20e-6, 0};
        for (double h : new double[] {0x1p-28, 0x1p-25, 0x1p-22}) {
            Samples fast = polynomial(ode, y0, 20e-6, h, false);
            Samples reference = stepNormalizer(ode, y0, 20e-6, h, false);
            assertThat(fast.t()).hasSizeGreaterThan(70);
            assertThat(worst(fast, reference)).as("h = %s", h).isLessThan(1e-12);
        }
    }

    @Test
    void rayleighCollapse_matchesTheStepNormalizerUpToTheStop() {
        BubbleModel model = new RayleighPlessetBubble(new BubbleSetup(Liquid.ideal(998, 1482), 1e-3, 0, 1.4));
        OrdinaryDifferentialEquation ode = ode(model);
        double[] y0 = {1e-3, 0};
        for (double h : new double[] {0x1p-28, 0x1p-25, 0x1p-22}) {
            Samples fast = polynomial(ode, y0, 2e-4, h, true);
            Samples reference = stepNormalizer(ode, y0, 2e-4, h, true);
            // Stopped at the collapse (0.9147·R0·√(ρ/Δp) = 90.78 µs), not at the end.
            assertThat(fast.t().get(fast.t().size() - 1)).isBetween(90.7e-6 - h, 90.8e-6);
            assertThat(worst(fast, reference)).as("h = %s", h).isLessThan(1e-12);
        }
    }

    @Test
    void samplesAtTheStartAndAtEveryMultipleOfTheStepAfterIt() {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {Math.cos(t)};
            }
        };
        Samples out = new Samples();
        double h = 0.1;
        Integration.dormandPrince(1e-9, 0.35, new double[] {1e-7}, new double[] {1e-7})
                .sampleEvery(h, out::add)
                .integrate(ode, 0.25, new double[] {Math.sin(0.25)}, 2.0);
        assertThat(out.t().get(0)).isEqualTo(0.25);
        for (int i = 1; i < out.t().size(); i++) {
            assertThat(out.t().get(i)).isEqualTo((i + 2) * h);
            assertThat(out.y().get(i)[0]).isCloseTo(Math.sin((i + 2) * h), offset(1e-5));
            assertThat(out.yDot().get(i)[0]).isCloseTo(Math.cos((i + 2) * h), offset(1e-5));
        }
        assertThat(out.t().get(out.t().size() - 1)).isEqualTo(20 * h);
    }
}
