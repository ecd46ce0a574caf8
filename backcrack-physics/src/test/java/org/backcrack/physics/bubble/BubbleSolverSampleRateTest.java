package org.backcrack.physics.bubble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The solver's step control comes from the problem's scales, not from the output grid: sampling a driven bubble
 * 7 times more densely takes the same steps, so the common samples agree to rounding (measured 1.1e-15 in R,
 * 1.6e-15 of the largest |Ṙ|, 2e-16 of the largest |R̈|). With the rule before (absolute Ṙ tolerance
 * absoluteRadius × sampleRate, largest step 50/sampleRate) the two rates take different steps and differ by
 * 2.6e-7, 9.5e-7 and 4.8e-6. With the rate-free tolerances but Hipparchus' StepNormalizer doing the sampling
 * they differ by 1.5e-8, 5.2e-8 and 3.7e-7: in MULTIPLES mode it sums the output step, and when the sum lands a
 * few ulps below k·h it re-emits sample k extrapolated from the following step (and it dropped the last
 * sample of the 7× run). All three figures were measured by putting the older code back.
 */
class BubbleSolverSampleRateTest {
    @Test
    void samplingRateDoesNotChangeTheSolution() {
        Liquid water = new Liquid(998, 1482, 0.0728, 2.34e3, new Viscosity.Newtonian(1e-3));
        BubbleModel model = new KellerMiksisBubble(BubbleSetup.equilibrium(water, 5e-6, 1.01325e5, 1.4));
        DrivingPressure drive = new DrivingPressure() {
            @Override
            public double at(double t) {
                return 1.01325e5 - 2e5 * Math.sin(2 * Math.PI * 1e6 * t);
            }

            @Override
            public double rate(double t) {
                return -2e5 * 2 * Math.PI * 1e6 * Math.cos(2 * Math.PI * 1e6 * t);
            }
        };
        BubbleSolver solver = new BubbleSolver(1e-8, 1e-14);
        BubbleTrace coarse = solver.solve(model, drive, 5e-6, 0, 0, 5e-6, 1e8, BubbleSolver.Stop.NEVER);
        BubbleTrace fine = solver.solve(model, drive, 5e-6, 0, 0, 5e-6, 7e8, BubbleSolver.Stop.NEVER);
        double[] rc = coarse.radius();
        double[] rf = fine.radius();
        double[] vc = coarse.wallVelocity();
        double[] vf = fine.wallVelocity();
        double[] ac = coarse.wallAcceleration();
        double[] af = fine.wallAcceleration();
        assertThat(rc.length).isGreaterThanOrEqualTo(500);
        double vmax = maxAbs(vc);
        double amax = maxAbs(ac);
        double worstR = 0;
        double worstV = 0;
        double worstA = 0;
        for (int i = 0; i < rc.length && 7 * i < rf.length; i++) {
            worstR = Math.max(worstR, Math.abs(rc[i] - rf[7 * i]) / rc[i]);
            worstV = Math.max(worstV, Math.abs(vc[i] - vf[7 * i]) / vmax);
            worstA = Math.max(worstA, Math.abs(ac[i] - af[7 * i]) / amax);
        }
        assertThat(worstR).as("R").isLessThan(1e-12);
        assertThat(worstV).as("Rdot").isLessThan(1e-12);
        assertThat(worstA).as("Rddot").isLessThan(1e-12);
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
