package org.backcrack.physics.bubble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpsteinPlessetDissolutionTest {
    @ParameterizedTest
    @CsvSource({"10e-6, 0", "10e-6, 0.5", "50e-6, 0", "50e-6, 0.9", "1e-3, 0.5"})
    void dissolutionTime_withTransient_matchesTheExactSolution(double r0, double f) {
        EpsteinPlessetDissolution ep = new EpsteinPlessetDissolution(2.0e-9, 0.8, f, 41.6, 101_325, 0);
        assertThat(ep.dissolutionTime(r0, true) / ep.closedFormTime(r0)).isCloseTo(1, within(1e-6));
    }

    @Test
    void closedFormTime_vanishingSolubility_tendsToTheQuasiStaticTime() {
        EpsteinPlessetDissolution ep = new EpsteinPlessetDissolution(2.0e-9, 1e-6, 0, 41.6, 101_325, 0);
        assertThat(ep.closedFormTime(50e-6) / ep.quasiStaticTime(50e-6)).isCloseTo(1, within(1e-3));
    }

    @Test
    void closedFormTime_withSurfaceTension_isRefused() {
        EpsteinPlessetDissolution ep = new EpsteinPlessetDissolution(2.0e-9, 0.8, 0, 41.6, 101_325, 0.0728);
        assertThatThrownBy(() -> ep.closedFormTime(50e-6)).isInstanceOf(IllegalStateException.class);
    }
}
