package org.backcrack.physics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

class SourceModelsTest {
    @Test
    void comparisonRows_bothSourcesAgainstTheSamePublishedFigures() {
        List<ValidationTable.Row> rows = SourceModels.comparisonRows(1);
        assertThat(rows).hasSize(8);
        assertThat(rows.subList(0, 4)).allMatch(r -> r.quantity().endsWith("— inception"));
        assertThat(rows.subList(4, 8)).allMatch(r -> r.quantity().endsWith("— partial_collapse"));
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i + 4).reference()).isEqualTo(rows.get(i).reference());
        }
        // Level: the partial collapse in this joint is far quieter than the inception pop.
        assertThat(leading(rows.get(4).ours())).isLessThan(leading(rows.get(0).ours()) - 40);
        // Timing: the inception pops come within tens of ms of the thrust, the collapses later.
        assertThat(leading(rows.get(7).ours()))
                .isGreaterThan(leading(rows.get(3).ours()));
    }

    @Test
    void airLevel_fallsTwentyDecibelsForATenthOfThePressure() {
        assertThat(SourceModels.airLevel(1.0) - SourceModels.airLevel(0.1))
                .isCloseTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
        // 1 Pa at 1 cm in tissue: −4 dB of tissue, −65 dB into air, −20 dB from 1 to 10 cm, re 20 µPa (+94 dB).
        assertThat(SourceModels.airLevel(1.0)).isBetween(3.0, 7.0);
    }

    @Test
    void thrustEnd_isWhenTheThrustReachesFullRange() {
        var s = BuiltInScenarios.named("lumbar_manipulation").orElseThrow();
        // 15°, 70% positioned at 10°/s (1.969 s), the last 30% at 150°/s (56 ms), from 0.3 s.
        assertThat(SourceModels.thrustEnd(s))
                .isCloseTo(0.3 + 1.96875 + 0.05625, org.assertj.core.data.Offset.offset(2e-4));
    }

    private static double leading(String s) {
        return Double.parseDouble(s.split(" ")[0]);
    }
}
