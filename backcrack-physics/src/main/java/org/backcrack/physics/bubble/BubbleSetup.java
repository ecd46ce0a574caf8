package org.backcrack.physics.bubble;

import java.util.Objects;

/**
 * A bubble and the liquid around it.
 *
 * <p>Pressure in the liquid at the wall: p_L = p_v + p_G0·(R0/R)^{3κ} − 2σ/R − 4μṘ/R (polytropic gas,
 * vapour at constant pressure, surface tension, viscous normal stress; Brennen 1995, <i>Cavitation and
 * Bubble Dynamics</i>, ch. 2). For a shear-thinning liquid μ is {@link Liquid#viscosity}'s effective value,
 * which makes 4μṘ/R the exact viscous term ∫_R^∞ 3τ_rr/r dr of the radial flow.
 *
 * @param liquid            the liquid
 * @param referenceRadius   R0, the radius at which the gas pressure is p_G0, m
 * @param gasPressure0      partial pressure of gas at R0, Pa (0 for an empty cavity)
 * @param polytropicIndex   κ: 1 isothermal, 1.4 adiabatic air
 */
public record BubbleSetup(Liquid liquid, double referenceRadius, double gasPressure0, double polytropicIndex) {
    public BubbleSetup {
        Objects.requireNonNull(liquid, "liquid");
        if (!(referenceRadius > 0) || !(gasPressure0 >= 0) || !(polytropicIndex >= 1 && polytropicIndex <= 5.0 / 3)) {
            throw new IllegalArgumentException("need R0 > 0, gas pressure >= 0 and 1 <= kappa <= 5/3");
        }
    }

    /** A gas bubble at rest in equilibrium with a liquid at ambient pressure p0. */
    public static BubbleSetup equilibrium(Liquid liquid, double r0, double p0, double kappa) {
        return new BubbleSetup(liquid, r0, p0 - liquid.vapourPressure() + 2 * liquid.surfaceTension() / r0, kappa);
    }

    /** Gas pressure at radius r, Pa. */
    public double gasPressure(double r) {
        return gasPressure0 == 0 ? 0 : gasPressure0 * Math.pow(referenceRadius / r, 3 * polytropicIndex);
    }

    /** Liquid pressure at the wall, p_L, Pa. */
    public double wallPressure(double r, double rdot) {
        return liquid.vapourPressure() + gasPressure(r) - 2 * liquid.surfaceTension() / r - viscousPressure(r, rdot);
    }

    /**
     * The viscous normal-stress term 4μṘ/R, Pa: zero at rest even when μ is unbounded there (an unclamped
     * power law, whose term (4K/n)(2√3)^(n−1)|Ṙ|^(n−1)Ṙ/R^n still goes to zero with Ṙ).
     */
    public double viscousPressure(double r, double rdot) {
        return rdot == 0 ? 0 : 4 * liquid.viscosity(r, rdot) * rdot / r;
    }
}
