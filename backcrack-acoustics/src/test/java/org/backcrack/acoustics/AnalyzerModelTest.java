package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.backcrack.acoustics.classify.Calibration;
import org.junit.jupiter.api.Test;

class AnalyzerModelTest {
    private static AnalyzerModel read(String file) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(file));
        return AnalyzerModel.read(p);
    }

    @Test
    void committed_calibratesEveryKindOfEvent() {
        assertThat(AnalyzerModel.committed().calibration().maps()).containsOnlyKeys(Calibration.Kind.values());
    }

    @Test
    void file_roundTripsTheCalibration_withTheSameBytes() throws Exception {
        AnalyzerModel m = AnalyzerModel.committed()
                .withCalibration(new Calibration(Map.of(
                        Calibration.Kind.SNAP, new Calibration.Logistic(-1.25, 0.125, 0.5),
                        Calibration.Kind.POP_ON_SNAP, new Calibration.Logistic(-0.5, 0, 0))));
        String file = m.file("test");
        AnalyzerModel back = read(file);
        assertThat(back.calibration().maps()).isEqualTo(m.calibration().maps());
        assertThat(back.popOnSnapConfidence()).isEqualTo(m.popOnSnapConfidence());
        assertThat(back.file("test")).isEqualTo(read(back.file("test")).file("test"));
        assertThat(file).contains("calibration.pop_on_snap=-0.5,0.0,0.0\n", "calibration.soft_tissue_snap=");
        // Without calibration keys (a model file from before calibration) the confidence is the probability.
        String old = m.withCalibration(Calibration.IDENTITY).file("test");
        assertThat(old).doesNotContain("calibration.");
        assertThat(read(old).calibration().maps()).isEmpty();
    }
}
