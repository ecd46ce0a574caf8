package org.backcrack.physics.bubble;

/**
 * Viscosity as a function of shear rate γ̇ = √(2 D:D) (D the rate-of-strain tensor; in simple shear this is
 * the ordinary shear rate, so rheometer fits apply unchanged).
 */
public sealed interface Viscosity {
    /** Apparent viscosity at a shear rate (1/s), Pa·s. */
    double apparent(double shearRate);

    /**
     * The viscosity μ_eff that makes the wall term 4μ_eff·Ṙ/R exact for a bubble's radial flow, Pa·s.
     *
     * <p>Outside a bubble u = R²Ṙ/r², so γ̇(r) = γ̇_w·(R/r)³ with γ̇_w = 2√3|Ṙ|/R, and τ_rr = −4μ(γ̇)R²Ṙ/r³.
     * Integrating the radial momentum equation from R to ∞ leaves the viscous term ∫_R^∞ 3τ_rr/r dr in the
     * Rayleigh–Plesset equation; substituting s = (R/r)³ turns it into −(4Ṙ/R)·∫_0^1 μ(γ̇_w·s) ds. So μ_eff is
     * the mean of {@link #apparent} over shear rates 0..γ̇_w (μ itself when Newtonian; K·γ̇_w^(n−1)/n for an
     * unclamped power law).
     *
     * @param wallShearRate γ̇_w = 2√3|Ṙ|/R, 1/s
     */
    double effective(double wallShearRate);

    /** Constant viscosity, Pa·s. */
    record Newtonian(double mu) implements Viscosity {
        public Newtonian {
            if (!(mu >= 0)) {
                throw new IllegalArgumentException("viscosity must be >= 0, was " + mu);
            }
        }

        @Override
        public double apparent(double shearRate) {
            return mu;
        }

        @Override
        public double effective(double wallShearRate) {
            return mu;
        }
    }

    /**
     * Shear-thinning power law μ = K·γ̇^(n−1), clamped to [min, max] so it stays finite at rest and does not
     * fall below the solvent's viscosity at high shear (a truncated power law: Newtonian plateaus at both
     * ends). Synovial fluid is shear-thinning through its hyaluronan (n well below 1). The clamps bound the
     * local viscosity; {@link #effective} averages the clamped law over the flow, so it too stays in [min, max].
     */
    record PowerLaw(double consistency, double flowIndex, double min, double max) implements Viscosity {
        public PowerLaw {
            if (!(consistency > 0 && flowIndex > 0 && flowIndex <= 1 && min >= 0 && max >= min)) {
                throw new IllegalArgumentException("power law needs K > 0, 0 < n <= 1, 0 <= min <= max");
            }
        }

        @Override
        public double apparent(double shearRate) {
            if (shearRate <= 0) {
                return max;
            }
            return Math.min(max, Math.max(min, consistency * Math.pow(shearRate, flowIndex - 1)));
        }

        @Override
        public double effective(double wallShearRate) {
            if (!(wallShearRate > 0) || flowIndex == 1) {
                return apparent(wallShearRate);
            }
            // K·γ̇^(n−1) reaches max below lowKnee and min above highKnee (0 and ∞ when unclamped).
            double exponent = 1 / (flowIndex - 1);
            double lowKnee = Math.min(wallShearRate, Math.pow(max / consistency, exponent));
            double highKnee = Math.min(wallShearRate, Math.pow(min / consistency, exponent));
            double integral = (lowKnee > 0 ? max * lowKnee : 0)
                    + consistency / flowIndex * (Math.pow(highKnee, flowIndex) - Math.pow(lowKnee, flowIndex))
                    + (wallShearRate > highKnee ? min * (wallShearRate - highKnee) : 0);
            return integral / wallShearRate;
        }
    }

    /** A base viscosity plus a constant, Pa·s (for an added film viscosity). */
    record Plus(Viscosity base, double extra) implements Viscosity {
        public Plus {
            if (base == null || !(extra >= 0)) {
                throw new IllegalArgumentException("need a base viscosity and extra >= 0");
            }
        }

        @Override
        public double apparent(double shearRate) {
            return base.apparent(shearRate) + extra;
        }

        @Override
        public double effective(double wallShearRate) {
            return base.effective(wallShearRate) + extra;
        }
    }
}
