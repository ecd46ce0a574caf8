package org.backcrack.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.classify.Calibration;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.backcrack.acoustics.features.EventFeatures;
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
    void fitCalibration_usesTheLevelOnlyWhereEnoughEventsLieUnderItsCeiling() {
        // Trains all 35-60 dB over the noise but one at 26 dB, which is wrong: the level must not enter their
        // map. Pops spread over 6-40 dB, the quiet ones wrong: it must.
        SplittableRandom rng = new SplittableRandom(5);
        List<AnalyzerTraining.CalibrationPoint> pool = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double loud = 35 + 25 * rng.nextDouble();
            pool.add(point(Calibration.Kind.CREPITUS, 0.97, loud, rng.nextDouble() < 0.6));
            double level = 6 + 34 * rng.nextDouble();
            pool.add(point(Calibration.Kind.CAVITATION, 0.9, level, rng.nextDouble() < level / 40));
        }
        pool.add(point(Calibration.Kind.CREPITUS, 0.97, 26, false));
        Calibration c = AnalyzerTraining.fitCalibration(pool);
        assertThat(c.maps().get(Calibration.Kind.CREPITUS).snr()).isZero();
        // a quieter train than any fitted on is judged like the others, not extrapolated
        assertThat(c.apply(Calibration.Kind.CREPITUS, 0.97, 12))
                .isCloseTo(c.apply(Calibration.Kind.CREPITUS, 0.97, 50), within(1e-12))
                .isGreaterThan(0.5);
        assertThat(c.maps().get(Calibration.Kind.CAVITATION).snr()).isGreaterThan(0);
    }

    private static AnalyzerTraining.CalibrationPoint point(
            Calibration.Kind kind, double p, double snrDb, boolean right) {
        return new AnalyzerTraining.CalibrationPoint(
                kind, p, new EventFeatures(-20, snrDb, 0.001, 0.01, 500, 800, 300, 0.3, 1), right, "f");
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
