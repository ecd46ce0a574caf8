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

    /**
     * The exact dissolution time of this law with the transient term and without surface tension:
     * t = t_qs·exp(−(2β/a)·arctan(a/β)), β = √(c_s(1 − f)/(πρ_g)), a = √(2 − β²), t_qs the
     * {@link #quasiStaticTime quasi-static time}. Derivation: with x = R/R0 and τ = t/(2·t_qs) the law reads
     * dx/dτ = −(1/x + β/√τ); u = x/√τ separates it into d(ln τ)/du = −2u/(u² + 2βu + 2), which integrates to
     * ln τ + ln(u² + 2βu + 2) − (2β/a)·arctan((u + β)/a) = −πβ/a (from x = 1 as τ → 0, u → ∞); the bubble
     * is gone at u = 0. For β → 0 this tends to t_qs.
     *
     * @throws IllegalStateException if σ ≠ 0
     */
    public double closedFormTime(double r0) {
        if (surfaceTension != 0) {
            throw new IllegalStateException("the closed form holds without surface tension only");
        }
        double beta = Math.sqrt(saturation * (1 - fraction) / (Math.PI * gasDensity));
        if (beta * beta >= 2) {
            throw new IllegalStateException("the closed form needs c_s(1 − f)/ρ_g < 2π");
        }
        double a = Math.sqrt(2 - beta * beta);
        return quasiStaticTime(r0) * Math.exp(-2 * beta / a * Math.atan(a / beta));
    }

    /** dR/dt at radius r and time t, m/s. */
    public double rate(double r, double t, boolean withTransient) {
        double laplace = 2 * surfaceTension / (ambientPressure * r);
        double driving = (1 - fraction + laplace) / (1 + 2 * laplace / 3);
        double geometry = 1 / r + (withTransient ? 1 / Math.sqrt(Math.PI * diffusivity * Math.max(t, 1e-12)) : 0);
        return -diffusivity * saturation / gasDensity * driving * geometry;
    }

    /**
     * Time for a bubble of radius r0 to dissolve completely (to 10⁻⁴·r0), integrated numerically, s. The
     * independent variable is s = √t: the transient term's 1/√t, singular at t = 0, becomes the constant
     * 2/√(πD) in dR/ds = 2s·dR/dt, so the integration needs no cut-off near the start.
     */
    public double dissolutionTime(double r0, boolean withTransient) {
        double k = diffusivity * saturation / gasDensity;
        double startTerm = withTransient ? 2 / Math.sqrt(Math.PI * diffusivity) : 0;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double s, double[] y) {
                double r = Math.max(y[0], r0 * 1e-6);
                double laplace = 2 * surfaceTension / (ambientPressure * r);
                double driving = (1 - fraction + laplace) / (1 + 2 * laplace / 3);
                return new double[] {-k * driving * (2 * s / r + startTerm)};
            }
        };
        double guess = Math.sqrt(quasiStaticTime(r0));
        double end = r0 * 1e-4;
        StopWhen gone = new StopWhen(st -> st.getPrimaryState()[0] - end, Double.POSITIVE_INFINITY, 1e-12 * guess);
        Integration.dormandPrince(1e-12 * guess, guess / 10, new double[] {r0 * 1e-10}, new double[] {1e-10})
                .maxEvaluations(10_000_000)
                .stopWhen(gone)
                .integrate(ode, 0, new double[] {r0}, 10 * guess + 1);
        double s = gone.time();
        return s * s;
    }
}
