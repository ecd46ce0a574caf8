package org.backcrack.physics.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

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
                SynovialFluid.healthy(),
                CavityGas.SYNOVIAL_SINK_DISTANCE);
        assertThat(saturated.after(1e-3, 1.0).dissolutionTime()).isInfinite();
        assertThat(saturated.epsteinPlesset(1e-3, 1.0).dissolutionTime()).isInfinite();
    }

    @Test
    void diffusion_uniformFluidAtClosingAndNoSink_agreesWithEpsteinPlesset() {
        // Two independent treatments of the same problem: the diffusion equation solved on a grid, and
        // Epstein–Plesset's uptake formula and dissolution law (an ODE). They differ only in what the formula
        // approximates (a shrinking, not fixed, wall; changing inside partial pressures).
        CavityGas unbounded = gas.withSinkDistance(Double.POSITIVE_INFINITY);
        for (double[] c : new double[][] {{1.2e-3, 5.0}, {0.6e-3, 0.5}}) {
            CavityGas.History pde = unbounded.diffusionUnderEpsteinPlessetAssumptions(c[0], c[1]);
            CavityGas.History ep = unbounded.epsteinPlesset(c[0], c[1]);
            assertThat(pde.dissolutionTime()).isCloseTo(ep.dissolutionTime(), withinPercentage(3));
            for (int i = 0; i < 3; i++) {
                assertThat(pde.uptake()[i]).isCloseTo(ep.uptake()[i], withinPercentage(3));
            }
            assertThat(pde.residualRadius()).isCloseTo(ep.residualRadius(), withinPercentage(2));
        }
    }

    @Test
    void diffusion_theDepletedLayerAndTheSinkEachShortenTheRefractoryPeriod() {
        CavityGas unbounded = gas.withSinkDistance(Double.POSITIVE_INFINITY);
        double fresh = unbounded.afterWithoutDepletedLayer(1.2e-3, 5.0).dissolutionTime();
        double depleted = unbounded.after(1.2e-3, 5.0).dissolutionTime();
        double sink = gas.after(1.2e-3, 5.0).dissolutionTime();
        double nearerSink = gas.withSinkDistance(50e-6).after(1.2e-3, 5.0).dissolutionTime();
        assertThat(depleted).isLessThan(0.95 * fresh);
        assertThat(sink).isLessThan(0.9 * depleted);
        assertThat(nearerSink).isLessThan(0.9 * sink);
    }

    @Test
    void diffusion_theStandardResolutionIsWithinHalfAPercentOfAFineOne() {
        for (double[] c : new double[][] {{1.2e-3, 5.0}, {0.8e-3, 1.0}}) {
            CavityGas.History standard = gas.after(c[0], c[1]);
            CavityGas.History fine = gas.finer().after(c[0], c[1]);
            assertThat(standard.dissolutionTime()).isCloseTo(fine.dissolutionTime(), withinPercentage(0.5));
            assertThat(standard.residualRadius()).isCloseTo(fine.residualRadius(), withinPercentage(0.5));
        }
    }
}
