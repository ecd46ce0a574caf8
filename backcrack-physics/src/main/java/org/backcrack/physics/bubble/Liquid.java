package org.backcrack.physics.bubble;

/**
 * The liquid around a bubble.
 *
 * @param density        kg/m³
 * @param soundSpeed     m/s (only Keller–Miksis uses it)
 * @param surfaceTension N/m
 * @param vapourPressure Pa
 * @param viscosity      how viscous it is (as a function of shear rate)
 */
public record Liquid(
        double density, double soundSpeed, double surfaceTension, double vapourPressure, Viscosity viscosity) {
    public Liquid {
        if (!(density > 0 && soundSpeed > 0 && surfaceTension >= 0 && vapourPressure >= 0) || viscosity == null) {
            throw new IllegalArgumentException("liquid properties must be positive");
        }
    }

    /** Water at 20 °C: 998 kg/m³, 1482 m/s, 0.0728 N/m, 2.34 kPa, 1.0 mPa·s (CRC Handbook). */
    public static Liquid water() {
        return new Liquid(998, 1482, 0.0728, 2.34e3, new Viscosity.Newtonian(1.0e-3));
    }

    /** An ideal liquid: no surface tension, vapour pressure or viscosity (for analytic checks). */
    public static Liquid ideal(double density, double soundSpeed) {
        return new Liquid(density, soundSpeed, 0, 0, new Viscosity.Newtonian(0));
    }

    /**
     * The viscosity to use in the wall term 4μṘ/R for a bubble of radius r moving at rdot, Pa·s: {@link
     * Viscosity#effective} at the wall shear rate γ̇_w = 2√3|Ṙ|/R. For a power law this gives the viscous term
     * (4K/n)(2√3)^(n−1)|Ṙ|^(n−1)Ṙ/R^n (it is not μ at the wall, which would be n·3^((1−n)/2) times too small).
     */
    public double viscosity(double r, double rdot) {
        return viscosity.effective(WALL_SHEAR_FACTOR * Math.abs(rdot) / r);
    }

    /** γ̇_w·R/|Ṙ| for radial flow: √(2 D:D) with D = diag(−2, 1, 1)·Ṙ/R at the wall. */
    private static final double WALL_SHEAR_FACTOR = 2 * Math.sqrt(3);
}
