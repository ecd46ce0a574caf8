package org.backcrack.physics.joint;

import java.util.List;

/**
 * A gas dissolved in synovial fluid (taken as water at 37 °C) and the tissue's partial pressure of it.
 *
 * @param name            chemical name
 * @param diffusivity     in water at 37 °C, m²/s
 * @param solubility      Henry's law constant, mol/(m³·Pa): dissolved concentration per partial pressure
 * @param tissuePressure  partial pressure in the tissue (mixed-venous blood), Pa
 */
public record GasSpecies(String name, double diffusivity, double solubility, double tissuePressure) {
    public GasSpecies {
        if (!(diffusivity > 0 && solubility > 0 && tissuePressure >= 0)) {
            throw new IllegalArgumentException("gas properties must be positive");
        }
    }

    /**
     * The three gases of the body. Solubilities are Bunsen coefficients at 37 °C (CO₂ 0.57, O₂ 0.024,
     * N₂ 0.0127 mL gas per mL water per atm; Weiss 1970/1974 fits), converted with 22.4 L/mol at STP;
     * diffusivities are water values at 25 °C (CO₂ 1.91, O₂ 2.10, N₂ 1.88 × 10⁻⁹ m²/s; CRC Handbook)
     * scaled to 37 °C by T/μ (×1.33); partial pressures are mixed-venous values (pCO₂ 46 mmHg, pO₂
     * 40 mmHg, pN₂ 573 mmHg). Their sum is below atmospheric pressure — the tissues' "inherent
     * unsaturation" that lets any gas bubble in the body dissolve in the end.
     */
    public static List<GasSpecies> body() {
        double atm = 101_325;
        return List.of(
                new GasSpecies("CO2", 1.91e-9 * 1.33, 0.57 / 0.0224 / atm, 46 * 133.322),
                new GasSpecies("O2", 2.10e-9 * 1.33, 0.024 / 0.0224 / atm, 40 * 133.322),
                new GasSpecies("N2", 1.88e-9 * 1.33, 0.0127 / 0.0224 / atm, 573 * 133.322));
    }
}
