package org.backcrack.physics.bubble;

/**
 * The liquid around a bubble.
 *
 * @param density        kg/m³
 * @param soundSpeed     m/s (only Keller–Miksis uses it)
 * @param surfaceTension N/m
 * @param vapourPressure Pa
 * @param viscosity      how viscous it is at the bubble wall
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

    /** Apparent viscosity at the wall of a bubble of radius r moving at rdot (wall shear rate 2|Ṙ|/R), Pa·s. */
    public double viscosity(double r, double rdot) {
        return viscosity.apparent(2 * Math.abs(rdot) / r);
    }
}
