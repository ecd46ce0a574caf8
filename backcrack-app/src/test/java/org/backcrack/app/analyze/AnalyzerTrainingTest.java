package org.backcrack.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Properties;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.junit.jupiter.api.Test;

class AnalyzerTrainingTest {
    @Test
    void train_smallCorpus_givesAReadableModelWithItsPopOnSnapConfidence_sameBytesTwice() throws Exception {
        AnalyzerTraining.Trained t = AnalyzerTraining.train(77, 40, i -> { });
        int[] counts = t.popOnSnapCounts();
        assertThat(counts[1]).isBetween(0, counts[0]);
        assertThat(t.popOnSnapConfidence()).isEqualTo((counts[1] + 1.0) / (counts[0] + 2.0));
        String file = AnalyzerTraining.modelFile(t, "test");
        Properties p = new Properties();
        p.load(new StringReader(file));
        assertThat(Double.parseDouble(p.getProperty(Analyzer.POP_ON_SNAP_CONFIDENCE))).isEqualTo(t.popOnSnapConfidence());
        assertThat(QuadraticDiscriminant.fromProperties(p).posterior(new double[p.getProperty("dimensions").split(",").length]))
                .containsKeys(ImpulseClass.CAVITATION, ImpulseClass.SNAP, ImpulseClass.CREPITUS_CLICK);
        assertThat(AnalyzerTraining.modelFile(AnalyzerTraining.train(77, 40, i -> { }), "test")).isEqualTo(file);
    }
}
