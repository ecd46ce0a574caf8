package org.backcrack.physics.joint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CavityGasTest {
    private final CavityGas gas = CavityGas.body();

    @Test
    void after_bodyGasTensions_theCavityGasIsMostlyCarbonDioxide() {
        CavityGas.History h = gas.after(1e-3, 1.0);
        assertThat(h.fractions()[0]).as("CO2").isBetween(0.7, 0.85);
        assertThat(h.fractions()[2]).as("N2").isBetween(0.1, 0.3);
        assertThat(h.residualRadius()).isBetween(50e-6, 500e-6);
    }

    @Test
    void after_theBubbleDissolvesInTensOfMinutes_longerForBiggerCavities() {
        double small = gas.after(0.6e-3, 0.5).dissolutionTime();
        double large = gas.after(1.5e-3, 0.5).dissolutionTime();
        assertThat(small).isBetween(5 * 60.0, 120 * 60.0);
        assertThat(large).isGreaterThan(small);
        assertThat(gas.after(1e-3, 2.0).dissolutionTime())
                .isGreaterThan(gas.after(1e-3, 0.5).dissolutionTime());
    }

    @Test
    void after_saturatedTissue_theBubbleNeverDissolves() {
        // Tissue gas tensions that add up to the bubble's pressure: no unsaturation, no dissolution.
        var saturated = new CavityGas(
                java.util.List.of(new GasSpecies("N2", 2.5e-9, 5.6e-6, 95e3)),
                FacetJointCavitation.REST_PRESSURE,
                SynovialFluid.healthy());
        assertThat(saturated.after(1e-3, 1.0).dissolutionTime()).isInfinite();
    }
}
