package org.backcrack.physics.bubble;

import org.backcrack.physics.ode.Integration;
import org.backcrack.physics.ode.StopWhen;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * A single-gas bubble dissolving in a large volume of liquid (Epstein &amp; Plesset 1950, J Chem Phys
 * 18:1505, with surface tension as in Duncan &amp; Needham 2004, Langmuir 20:2567):
 * dR/dt = −(D·c_s/ρ_g)·(1 − f + 2σ/(p0R))/(1 + 4σ/(3p0R))·(1/R + 1/√(πDt)).
 *
 * @param diffusivity    D, m²/s
 * @param saturation     c_s, dissolved concentration in equilibrium with the gas at p0, mol/m³
 * @param fraction       f = c∞/c_s, how saturated the liquid far away is, in [0, 1)
 * @param gasDensity     ρ_g, moles of gas per m³ of bubble at p0, mol/m³
 * @param ambientPressure p0, Pa
 * @param surfaceTension σ, N/m
 */
public record EpsteinPlessetDissolution(
        double diffusivity,
        double saturation,
        double fraction,
        double gasDensity,
        double ambientPressure,
        double surfaceTension) {
    public EpsteinPlessetDissolution {
        if (!(diffusivity > 0
                && saturation > 0
                && fraction >= 0
                && fraction < 1
                && gasDensity > 0
                && ambientPressure > 0
                && surfaceTension >= 0)) {
            throw new IllegalArgumentException("dissolution parameters out of range");
        }
    }

    /**
     * The closed form without surface tension and without the transient term (the quasi-static limit,
     * valid when R0 is much smaller than the diffusion length √(πDt)): t = ρ_g·R0²/(2·D·c_s·(1 − f)).
     */
    public double quasiStaticTime(double r0) {
        return gasDensity * r0 * r0 / (2 * diffusivity * saturation * (1 - fraction));
    }

    /** dR/dt at radius r and time t, m/s. */
    public double rate(double r, double t, boolean withTransient) {
        double laplace = 2 * surfaceTension / (ambientPressure * r);
        double driving = (1 - fraction + laplace) / (1 + 2 * laplace / 3);
        double geometry = 1 / r + (withTransient ? 1 / Math.sqrt(Math.PI * diffusivity * Math.max(t, 1e-12)) : 0);
        return -diffusivity * saturation / gasDensity * driving * geometry;
    }

    /** Time for a bubble of radius r0 to dissolve completely, integrated numerically, s. */
    public double dissolutionTime(double r0, boolean withTransient) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {rate(Math.max(y[0], r0 * 1e-6), t, withTransient)};
            }
        };
        double guess = quasiStaticTime(r0);
        double end = r0 * 1e-4;
        StopWhen gone = new StopWhen(st -> st.getPrimaryState()[0] - end, Double.POSITIVE_INFINITY, 1e-12 * guess);
        Integration.dormandPrince(1e-12 * guess, guess, new double[] {r0 * 1e-10}, new double[] {1e-10})
                .maxEvaluations(10_000_000)
                .stopWhen(gone)
                .integrate(ode, 0, new double[] {r0}, 10 * guess + 1);
        return gone.time();
    }
}
