package org.backcrack.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Properties;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.backcrack.physics.scenario.CorpusPlan;
import org.junit.jupiter.api.Test;

class AnalyzerTrainingTest {
    @Test
    void train_smallCorpus_givesAReadableModelWithItsPopOnSnapConfidence_sameBytesTwice() throws Exception {
        AnalyzerModel t = AnalyzerTraining.train(77, 40, i -> {});
        int[] counts = t.popOnSnapCounts();
        assertThat(counts[1]).isBetween(0, counts[0]);
        assertThat(t.popOnSnapConfidence()).isEqualTo((counts[1] + 1.0) / (counts[0] + 2.0));
        String file = t.file("test");
        Properties p = new Properties();
        p.load(new StringReader(file));
        assertThat(Double.parseDouble(p.getProperty(AnalyzerModel.POP_ON_SNAP_CONFIDENCE)))
                .isEqualTo(t.popOnSnapConfidence());
        assertThat(QuadraticDiscriminant.fromProperties(p)
                        .posterior(new double[p.getProperty("dimensions").split(",").length]))
                .containsKeys(ImpulseClass.CAVITATION, ImpulseClass.SNAP, ImpulseClass.CREPITUS_CLICK);
        assertThat(AnalyzerTraining.train(77, 40, i -> {}).file("test")).isEqualTo(file);
        assertThat(AnalyzerModel.read(p).popOnSnapConfidence()).isEqualTo(t.popOnSnapConfidence());
    }

    @Test
    void trainCalibrated_physicsOnly_addsMapsFittedOnHeldOutSeeds_toTheSameClassifier() {
        CorpusPlan.FamilyChoice physics = CorpusPlan.FamilyChoice.PHYSICS_ONLY;
        assertThat(AnalyzerTraining.calibrationFamilies(physics)).isEmpty();
        assertThat(AnalyzerTraining.calibrationRecordings(physics, 6)).isEqualTo(6);
        AnalyzerTraining.Calibrated c = AnalyzerTraining.trainCalibrated(77, 30, physics, 78, 6, i -> {});
        assertThat(c.pool()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.heldOut()).isNull();
            assertThat(p.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(c.model().calibration().maps())
                .isEqualTo(AnalyzerTraining.fitCalibration(c.pool()).maps());
        // The maps are added to the classifier the plain training fits, nothing else changes.
        String calibrated = c.model().file("t");
        assertThat(calibrated).contains("calibration.cavitation=");
        assertThat(calibrated.lines().filter(l -> !l.startsWith("calibration.") && !l.startsWith("# Confidence")))
                .containsExactlyElementsOf(AnalyzerTraining.train(77, 30, i -> {})
                        .file("t")
                        .lines()
                        .toList());
    }

    @Test
    void calibrationFamilies_areEveryFamilyButTheExcludedOne() {
        assertThat(AnalyzerTraining.calibrationFamilies(CorpusPlan.FamilyChoice.EVERY))
                .hasSize(18);
        assertThat(AnalyzerTraining.calibrationFamilies(CorpusPlan.FamilyChoice.excluding("snap.thud")))
                .hasSize(17)
                .doesNotContain("snap.thud");
        assertThat(AnalyzerTraining.calibrationRecordings(CorpusPlan.FamilyChoice.EVERY, 20))
                .isEqualTo(360);
    }

    @Test
    void train_withoutAFamily_neverSimulatesIt_andDiffersFromTheFullModel() {
        for (var s : org.backcrack.physics.scenario.CorpusPlan.plan(
                77, 40, org.backcrack.physics.scenario.CorpusPlan.FamilyChoice.excluding("snap.thud"))) {
            assertThat(s.families().snap()).isNotEqualTo("thud");
        }
        assertThat(AnalyzerTraining.train(
                                77,
                                20,
                                org.backcrack.physics.scenario.CorpusPlan.FamilyChoice.excluding("snap.thud"),
                                i -> {})
                        .file("t"))
                .isNotEqualTo(AnalyzerTraining.train(77, 20, i -> {}).file("t"));
    }
}
