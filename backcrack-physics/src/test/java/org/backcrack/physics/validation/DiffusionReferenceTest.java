package org.backcrack.physics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.physics.bubble.EpsteinPlessetDissolution;
import org.backcrack.physics.joint.CavityGas;
import org.backcrack.physics.joint.FacetJointCavitation;
import org.backcrack.physics.joint.GasSpecies;
import org.backcrack.physics.joint.SynovialFluid;
import org.backcrack.physics.validation.DiffusionReference.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The direct diffusion solution: its own convergence, its limits, and the Epstein–Plesset laws against it. */
class DiffusionReferenceTest {
    private static final double P0 = 101_325;

    /** Air in water, as in the validation table: D, c_s, ρ_g (assumed values, about 20 °C). */
    private static EpsteinPlessetDissolution air(double fraction, double surfaceTension) {
        return new EpsteinPlessetDissolution(2.0e-9, 0.8, fraction, 41.6, P0, surfaceTension);
    }

    /** β = √(c_s(1 − f)/(πρ_g)): the size of the transient correction, the order of the law's error. */
    private static double beta(EpsteinPlessetDissolution ep) {
        return Math.sqrt(ep.saturation() * (1 - ep.fraction()) / (Math.PI * ep.gasDensity()));
    }

    @Test
    void dissolutionTime_refiningTheGrid_converges() {
        DiffusionReference ref = DiffusionReference.of(air(0.5, 0.0728));
        double coarse = ref.dissolutionTime(50e-6, Grid.COARSE).time();
        double medium = ref.dissolutionTime(50e-6, Grid.MEDIUM).time();
        double fine = ref.dissolutionTime(50e-6, Grid.FINE).time();
        // better than first order: halving every resolution parameter shrinks the change more than twofold
        assertThat(Math.abs(fine - medium)).isLessThan(Math.abs(medium - coarse) / 2);
        assertThat(Math.abs(fine - medium) / fine).isLessThan(1e-4);
        assertThat(Math.abs(coarse - fine) / fine).isLessThan(3e-4);
    }

    @Test
    void dissolutionTime_aLargerDomain_changesNothing() {
        DiffusionReference ref = DiffusionReference.of(air(0.5, 0.0728));
        double n = ref.moles(50e-6);
        double usual = ref.dissolve(new double[] {n}, 50e-9, 120, Grid.COARSE).time();
        double wide = ref.dissolve(new double[] {n}, 50e-9, 2000, Grid.COARSE).time();
        assertThat(wide / usual).isCloseTo(1, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"10e-6, 0", "10e-6, 0.5", "50e-6, 0", "50e-6, 0.5"})
    void epsteinPlesset_withTransientAndSurfaceTension_isShortByLessThanBeta(double r0, double f) {
        EpsteinPlessetDissolution ep = air(f, 0.0728);
        double reference =
                DiffusionReference.of(ep).dissolutionTime(r0, Grid.MEDIUM).time();
        double withTransient = ep.dissolutionTime(r0, true);
        double quasiStatic = ep.dissolutionTime(r0, false);
        // The law's transient term overstates the flux (it forgets that the bubble was larger before), an
        // error of the order of the transient correction itself: short, and by less than β.
        assertThat(withTransient).isLessThan(reference);
        assertThat(1 - withTransient / reference).isLessThan(beta(ep));
        // still much better than leaving the transient out
        assertThat(Math.abs(withTransient - reference)).isLessThan(Math.abs(quasiStatic - reference));
    }

    @Test
    void withoutSurfaceTension_nearlySaturatedLiquid_approachesTheQuasiStaticClosedForm() {
        // Near saturation the bubble dissolves so slowly that R0 ≪ √(πDt): the transient term fades as
        // β ∝ √(1 − f) and the closed form t = ρ_g·R0²/(2D·c_s(1 − f)) becomes exact.
        double previous = Double.POSITIVE_INFINITY;
        for (double f : new double[] {0.9, 0.99, 0.999}) {
            EpsteinPlessetDissolution ep = air(f, 0);
            double t = DiffusionReference.of(ep)
                    .dissolutionTime(10e-6, Grid.COARSE)
                    .time();
            double deviation = Math.abs(t / ep.quasiStaticTime(10e-6) - 1);
            assertThat(deviation).isLessThan(2 * beta(ep)).isLessThan(previous / 2);
            previous = deviation;
        }
        assertThat(previous).isLessThan(0.005);
    }

    @Test
    void withoutSurfaceTension_nearlySaturatedLiquid_agreesWithTheExactEpsteinPlessetSolution() {
        EpsteinPlessetDissolution ep = air(0.999, 0);
        double t = DiffusionReference.of(ep).dissolutionTime(10e-6, Grid.COARSE).time();
        assertThat(t / ep.closedFormTime(10e-6)).isCloseTo(1, within(0.003));
    }

    @Test
    void twoGases_identicalButForTheirNames_dissolveLikeOne() {
        // Two labels of one gas: their sum obeys the single-gas problem exactly, however the bubble is split.
        EpsteinPlessetDissolution ep = air(0.5, 0.0728);
        DiffusionReference one = DiffusionReference.of(ep);
        DiffusionReference.Gas gas = one.gases().get(0);
        DiffusionReference.Gas half =
                new DiffusionReference.Gas("half", gas.diffusivity(), gas.solubility(), gas.farPressure() / 2);
        DiffusionReference two = new DiffusionReference(List.of(half, half), P0, 0.0728, P0 / ep.gasDensity());
        double n = one.moles(50e-6);
        double single = one.dissolve(new double[] {n}, 50e-9, 120, Grid.MEDIUM).time();
        double even = two.dissolve(new double[] {n / 2, n / 2}, 50e-9, 120, Grid.MEDIUM)
                .time();
        double uneven = two.dissolve(new double[] {n / 4, 3 * n / 4}, 50e-9, 120, Grid.MEDIUM)
                .time();
        assertThat(even / single).isCloseTo(1, within(1e-4));
        assertThat(uneven / single).isCloseTo(1, within(1e-4));
    }

    @Test
    void saturatedLiquidWithoutSurfaceTension_theBubbleNeverDissolves() {
        DiffusionReference ref = new DiffusionReference(
                List.of(new DiffusionReference.Gas("air", 2e-9, 0.8 / P0, P0)), P0, 0, P0 / 41.6);
        assertThat(ref.dissolutionTime(50e-6, Grid.COARSE).time()).isInfinite();
        assertThat(ref.dissolve(new double[] {ref.moles(50e-6)}, 50e-9, 600, Grid.COARSE)
                        .time())
                .isInfinite();
    }

    @ParameterizedTest
    @CsvSource({"0.6e-3, 0.5", "1e-3, 1.0", "1.5e-3, 0.5"})
    void cavityGas_multiGasLaw_isShortByLessThanNitrogensBeta(double cavity, double open) {
        List<GasSpecies> body = GasSpecies.body();
        SynovialFluid fluid = SynovialFluid.healthy();
        for (List<GasSpecies> set : List.of(List.of(body.get(0), body.get(2)), body)) {
            CavityGas unbounded =
                    new CavityGas(set, FacetJointCavitation.REST_PRESSURE, fluid, Double.POSITIVE_INFINITY);
            CavityGas.History h = unbounded.epsteinPlesset(cavity, open);
            List<DiffusionReference.Gas> gases = new ArrayList<>();
            for (GasSpecies g : set) {
                gases.add(new DiffusionReference.Gas(g.name(), g.diffusivity(), g.solubility(), g.tissuePressure()));
            }
            double rt = 8.314462618 * 310.15;
            double gasPressure = FacetJointCavitation.REST_PRESSURE - fluid.vapourPressure();
            DiffusionReference ref = new DiffusionReference(gases, gasPressure, fluid.surfaceTension(), rt);
            double total = 0;
            for (double v : h.uptake()) {
                total += v;
            }
            assertThat(ref.radius(total) / h.residualRadius()).isCloseTo(1, within(1e-6));
            double reference = ref.dissolve(h.uptake(), CavityGas.GONE_RADIUS, 24 * 3600, Grid.COARSE)
                    .time();
            // Most of the life is nitrogen leaving a bubble of almost pure N2 (x ≈ 1) against its tissue
            // tension: β of that single-gas problem bounds the law's error, as for air.
            GasSpecies n2 = body.get(2);
            double nitrogenBeta = Math.sqrt(n2.solubility() * rt * (1 - n2.tissuePressure() / gasPressure) / Math.PI);
            assertThat(h.dissolutionTime()).isLessThan(reference);
            assertThat(1 - h.dissolutionTime() / reference).isLessThan(nitrogenBeta);
            // The joint model's own diffusion solution (another code for the same problem) agrees closely.
            assertThat(unbounded.dissolutionTime(h.uptake())).isCloseTo(reference, withinPercentage(1));
        }
    }

    @Test
    void validationRows_oneRowPerCheck_allFilledIn() {
        List<ValidationTable.Row> rows = DiffusionReference.validationRows();
        assertThat(rows).hasSize(11);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.quantity()).isNotBlank();
            assertThat(r.reference()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(r.ours()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(r.source()).isNotBlank();
        });
    }
}
