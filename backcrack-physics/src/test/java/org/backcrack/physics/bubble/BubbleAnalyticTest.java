package org.backcrack.physics.bubble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bubble models against closed-form results of bubble physics. */
class BubbleAnalyticTest {
    /** Rayleigh (1917): an empty cavity under Δp collapses in 0.91468·R0·√(ρ/Δp). */
    static final double RAYLEIGH_FACTOR = 0.914681;

    static double collapseTime(BubbleModel model, double r0, double dp) {
        double expected =
                RAYLEIGH_FACTOR * r0 * Math.sqrt(model.setup().liquid().density() / dp);
        BubbleTrace trace = BubbleSolver.precise()
                .solve(
                        model,
                        DrivingPressure.constant(dp),
                        r0,
                        0,
                        0,
                        2 * expected,
                        1e3 / expected,
                        BubbleSolver.Stop.COLLAPSE);
        return trace.end();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-5, 1e-3, 5e-3})
    void rayleighPlesset_emptyCavity_collapsesInRayleighTime(double r0) {
        double dp = 101_325;
        Liquid water = Liquid.ideal(998, 1482);
        double expected = RAYLEIGH_FACTOR * r0 * Math.sqrt(998 / dp);
        double time = collapseTime(new RayleighPlessetBubble(new BubbleSetup(water, r0, 0, 1.4)), r0, dp);
        assertThat(time / expected).isCloseTo(1, within(0.005));
    }

    @Test
    void kellerMiksis_incompressibleLimit_approachesRayleighPlesset() {
        double r0 = 1e-3;
        double dp = 101_325;
        double expected = RAYLEIGH_FACTOR * r0 * Math.sqrt(998 / dp);
        double soft =
                collapseTime(new KellerMiksisBubble(new BubbleSetup(Liquid.ideal(998, 1482), r0, 0, 1.4)), r0, dp);
        double stiff =
                collapseTime(new KellerMiksisBubble(new BubbleSetup(Liquid.ideal(998, 1e6), r0, 0, 1.4)), r0, dp);
        assertThat(stiff / expected).isCloseTo(1, within(0.001));
        assertThat(Math.abs(soft / expected - 1)).isGreaterThan(Math.abs(stiff / expected - 1));
        assertThat(soft / expected).isCloseTo(1, within(0.01));
    }

    /** Minnaert (1933) with surface tension: f0 = √((3κ(p0 + 2σ/R0) − 2σ/R0)/ρ)/(2πR0). */
    static double minnaert(double r0, double p0, double kappa, double sigma, double rho) {
        return Math.sqrt((3 * kappa * (p0 + 2 * sigma / r0) - 2 * sigma / r0) / rho) / (2 * Math.PI * r0);
    }

    static double measuredFrequency(BubbleModel model, double r0, double p0) {
        double f0 = minnaert(
                r0,
                p0,
                model.setup().polytropicIndex(),
                model.setup().liquid().surfaceTension(),
                model.setup().liquid().density());
        double periods = 20;
        double sampleRate = f0 * 2000;
        BubbleTrace trace = BubbleSolver.precise()
                .solve(
                        model,
                        DrivingPressure.constant(p0),
                        r0 * 1.001,
                        0,
                        0,
                        periods / f0,
                        sampleRate,
                        BubbleSolver.Stop.NEVER);
        return trace.crossingFrequency(r0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 1e-5})
    void rayleighPlesset_smallOscillation_ringsAtMinnaertFrequency(double r0) {
        double p0 = 101_325;
        Liquid water = new Liquid(998, 1482, 0.0728, 0, new Viscosity.Newtonian(0));
        BubbleModel model = new RayleighPlessetBubble(BubbleSetup.equilibrium(water, r0, p0, 1.4));
        double expected = minnaert(r0, p0, 1.4, 0.0728, 998);
        assertThat(measuredFrequency(model, r0, p0) / expected).isCloseTo(1, within(0.01));
    }

    @Test
    void minnaert_surfaceTensionCorrection_mattersForSmallBubbles() {
        double withSigma = minnaert(1e-5, 101_325, 1.4, 0.0728, 998);
        double without = minnaert(1e-5, 101_325, 1.4, 0, 998);
        assertThat(withSigma / without).isGreaterThan(1.05);
    }

    @Test
    void epsteinPlesset_quasiStatic_matchesClosedForm() {
        // Air in water at 20 °C, half saturated.
        EpsteinPlessetDissolution ep = new EpsteinPlessetDissolution(2.0e-9, 0.8, 0.5, 41.6, 101_325, 0);
        for (double r0 : new double[] {10e-6, 50e-6, 200e-6}) {
            assertThat(ep.dissolutionTime(r0, false) / ep.quasiStaticTime(r0)).isCloseTo(1, within(0.02));
        }
    }

    @Test
    void epsteinPlesset_transientTermAndSurfaceTension_shortenDissolution() {
        EpsteinPlessetDissolution plain = new EpsteinPlessetDissolution(2.0e-9, 0.8, 0.5, 41.6, 101_325, 0);
        EpsteinPlessetDissolution laplace = new EpsteinPlessetDissolution(2.0e-9, 0.8, 0.5, 41.6, 101_325, 0.0728);
        double r0 = 20e-6;
        assertThat(plain.dissolutionTime(r0, true)).isLessThan(plain.dissolutionTime(r0, false));
        assertThat(laplace.dissolutionTime(r0, false)).isLessThan(plain.dissolutionTime(r0, false));
    }

    @Test
    void radiatedPressure_isDelayedByRetardedTime() {
        double r0 = 1e-3;
        Liquid water = new Liquid(998, 1482, 0.0728, 0, new Viscosity.Newtonian(0));
        BubbleModel model = new KellerMiksisBubble(BubbleSetup.equilibrium(water, r0, 101_325, 1.4));
        BubbleTrace trace = BubbleSolver.precise()
                .solve(model, DrivingPressure.constant(101_325), r0 * 1.01, 0, 0, 1e-3, 1e6, BubbleSolver.Stop.NEVER);
        double[] near = trace.radiatedPressure(998, 1482, 0.01);
        double[] far = trace.radiatedPressure(998, 1482, 0.10);
        // 1/r spreading, and the far signal arrives (0.10 − 0.01) m / 1482 m/s = 60.7 µs later.
        double lag = 0.09 / 1482 * 1e6;
        for (int i = 100; i < 900; i += 50) {
            int k = (int) Math.floor(i + lag);
            double frac = i + lag - k;
            double farShifted = far[k] * (1 - frac) + far[k + 1] * frac;
            assertThat(farShifted * 10).isCloseTo(near[i], within(0.02 * peak(near)));
        }
    }

    private static double peak(double[] x) {
        double p = 0;
        for (double v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
