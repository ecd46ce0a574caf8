package org.backcrack.physics.bubble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The solver's accuracy comes from the problem's scales: sampling more densely samples the same solution. */
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
        BubbleTrace fine = solver.solve(model, drive, 5e-6, 0, 0, 5e-6, 1.6e9, BubbleSolver.Stop.NEVER);
        double[] rc = coarse.radius();
        double[] rf = fine.radius();
        double[] vc = coarse.wallVelocity();
        double[] vf = fine.wallVelocity();
        double vmax = 0;
        for (double v : vc) {
            vmax = Math.max(vmax, Math.abs(v));
        }
        // Not bit-identical: the two runs still differ by up to 1.5e-8 relative in R (cause not yet found; the
        // step control no longer reads the sample rate), so this checks agreement to the solver's tolerance.
        for (int i = 0; i < rc.length; i++) {
            assertEquals(rc[i], rf[16 * i], 1e-7 * rc[i], "R at sample " + i);
            assertEquals(vc[i], vf[16 * i], 1e-7 * vmax, "Rdot at sample " + i);
        }
    }
}
