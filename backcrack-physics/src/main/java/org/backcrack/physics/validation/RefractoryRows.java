package org.backcrack.physics.validation;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.physics.joint.CavityGas;
import org.backcrack.physics.validation.ValidationTable.Row;

/**
 * The refractory period's parts, each shown on one representative neck-facet cavity (radius 1.2 mm, held open
 * 1 s — the order of the cavities in {@code refractory_twist}): the diffusion solution against Epstein–Plesset's
 * law under the same assumptions, then what the depleted layer and the perfused sink each change, and how
 * the result depends on the one assumed distance; then a knuckle's cavity, whose size is assumed.
 */
final class RefractoryRows {
    private static final double CAVITY = 1.2e-3;
    private static final double OPEN = 1.0;

    private RefractoryRows() {}

    static List<Row> compute() {
        List<Row> rows = new ArrayList<>();
        CavityGas unbounded = CavityGas.body().withSinkDistance(Double.POSITIVE_INFINITY);
        double law = unbounded.epsteinPlesset(CAVITY, OPEN).dissolutionTime() / 60;
        double solved =
                unbounded.diffusionUnderEpsteinPlessetAssumptions(CAVITY, OPEN).dissolutionTime() / 60;
        rows.add(new Row(
                "Joint-gas dissolution, 1.2 mm cavity open 1 s, no sink, uniform fluid (min)",
                String.format("%.1f", law),
                String.format("%.1f (%+.1f%%)", solved, 100 * (solved / law - 1)),
                "Epstein & Plesset 1950 multi-gas law (ODE) vs our diffusion solution (PDE) under the same assumptions",
                Row.judge(Math.abs(solved / law - 1) <= 0.03, "within 3%")));
        double fresh = unbounded.afterWithoutDepletedLayer(CAVITY, OPEN).dissolutionTime() / 60;
        double depleted = unbounded.after(CAVITY, OPEN).dissolutionTime() / 60;
        rows.add(new Row(
                "Effect of the layer the opening depleted, same cavity, no sink (min)",
                String.format("%.1f without the layer", fresh),
                String.format("%.1f with it (%+.0f%%)", depleted, 100 * (depleted / fresh - 1)),
                "ours: the uptake's depleted layer carried into the dissolution"));
        StringBuilder range = new StringBuilder();
        for (double l : new double[] {50e-6, 100e-6, 200e-6}) {
            double t = CavityGas.body().withSinkDistance(l).after(CAVITY, OPEN).dissolutionTime() / 60;
            range.append(range.isEmpty() ? "" : ", ").append(String.format("%.0f µm: %.1f", l * 1e6, t));
        }
        rows.add(new Row(
                "Refractory period vs the assumed distance to perfused synovium, same cavity (min)",
                String.format("%.1f with no sink", depleted),
                range.toString(),
                "assumption 50–200 µm (used: 100 µm); synovial capillaries near the surface, facet synovial folds"));
        double[] knuckle = new double[3];
        double[] radii = {1.0e-3, 1.5e-3, 2.0e-3};
        for (int i = 0; i < radii.length; i++) {
            knuckle[i] = CavityGas.body().after(radii[i], OPEN).dissolutionTime() / 60;
        }
        rows.add(new Row(
                "Refractory period, knuckle (MCP) cavity of 1.0 / 1.5 / 2.0 mm radius, open 1 s, sink 100 µm (min)",
                "about 20",
                String.format("%.0f / %.0f / %.0f", knuckle[0], knuckle[1], knuckle[2]),
                "Unsworth et al. 1971, Ann Rheum Dis 30:348 (MCP); cavity size assumed (no measured size found),"
                        + " fluid, gases and sink as for the facets",
                Row.judge(knuckle[1] >= 10 && knuckle[1] <= 40, "1.5 mm case within a factor 2 of 20")));
        return rows;
    }
}
