package org.backcrack.physics.bubble;

/** Viscosity as a function of shear rate. */
public sealed interface Viscosity {
    /** Apparent viscosity at a shear rate (1/s), Pa·s. */
    double apparent(double shearRate);

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
    }

    /**
     * Shear-thinning power law μ = K·γ̇^(n−1), clamped to [min, max] so it stays finite at rest and does not
     * fall below the solvent's viscosity at high shear. Synovial fluid is shear-thinning through its
     * hyaluronan (n well below 1).
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
    }
}
