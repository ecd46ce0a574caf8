package org.backcrack.physics.joint;

import org.backcrack.physics.bubble.Liquid;
import org.backcrack.physics.bubble.Viscosity;

/**
 * Synovial fluid at body temperature, as the bubble sees it.
 *
 * <p>Density and sound speed are those of water at 37 °C (synovial fluid is about 98% water; ρ ≈
 * 1000–1010 kg/m³, c ≈ 1520–1540 m/s). Synovial fluid is strongly shear-thinning because of its
 * hyaluronan; a power law μ = K·γ̇^(n−1) stands in for it, with K and n of the order reported for healthy
 * knee fluid (n ≈ 0.2–0.6). The wall shear rate of a spherical bubble is 2|Ṙ|/R. Surface tension of
 * synovial fluid is lower than water's because of its surface-active phospholipids; 0.05 N/m is assumed.
 *
 * @param density         kg/m³
 * @param soundSpeed      m/s
 * @param surfaceTension  N/m
 * @param vapourPressure  Pa (water at 37 °C: 6.3 kPa)
 * @param consistency     K of the power law, Pa·s^n
 * @param flowIndex       n of the power law, (0, 1]
 * @param minViscosity    Pa·s, the Newtonian plateau at very high shear (about that of water)
 * @param maxViscosity    Pa·s, the zero-shear plateau
 * @param filmViscosity   Pa·s, an added effective viscosity for the squeeze flow in the thin film between
 *                        the cartilage surfaces, which a spherical bubble in open liquid does not have. It
 *                        is the one calibrated parameter of the pop: chosen, inside the range of synovial
 *                        fluid's zero-shear viscosity (1–10 Pa·s), so a pop decays in a few milliseconds
 *                        (Dunning 2013: 5.66 ms).
 */
public record SynovialFluid(
        double density,
        double soundSpeed,
        double surfaceTension,
        double vapourPressure,
        double consistency,
        double flowIndex,
        double minViscosity,
        double maxViscosity,
        double filmViscosity) {
    public SynovialFluid {
        if (!(density > 0
                && soundSpeed > 0
                && surfaceTension >= 0
                && vapourPressure >= 0
                && consistency > 0
                && flowIndex > 0
                && flowIndex <= 1
                && minViscosity > 0
                && maxViscosity >= minViscosity
                && filmViscosity >= 0)) {
            throw new IllegalArgumentException("synovial fluid properties out of range");
        }
    }

    /** Healthy synovial fluid at 37 °C. */
    public static SynovialFluid healthy() {
        return new SynovialFluid(1005, 1530, 0.05, 6.3e3, 0.5, 0.4, 0.001, 10, 0.5);
    }

    /** As a bubble's liquid: power-law bulk viscosity plus the film viscosity. */
    public Liquid liquid() {
        return new Liquid(
                density,
                soundSpeed,
                surfaceTension,
                vapourPressure,
                new Viscosity.Plus(
                        new Viscosity.PowerLaw(consistency, flowIndex, minViscosity, maxViscosity), filmViscosity));
    }
}
