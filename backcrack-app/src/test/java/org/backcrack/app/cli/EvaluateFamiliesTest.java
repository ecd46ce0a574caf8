package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus --family, evaluate --holdout-family, --negatives and --mix-under from the command line. */
class EvaluateFamiliesTest {
    @TempDir
    Path dir;

    @Test
    void corpus_withAFamily_writesItIntoEveryTruthFile() throws Exception {
        CliRun r = CliRun.run(
                "corpus", "--out", dir.toString(), "--count", "3", "--plan-seed", "8", "--family", "snap.thud");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var files = Files.list(dir)) {
            for (Path json : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode families = new ObjectMapper()
                        .readTree(json.toFile())
                        .path("scenario")
                        .path("families");
                assertThat(families.path("snap").asText()).isEqualTo("thud");
                assertThat(families.path("condition").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void familyOptions_unknownOrBoth_exit2WithTheKnownNames() {
        CliRun unknown = CliRun.run("corpus", "--out", dir.toString(), "--family", "snap.crunch");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no family snap.crunch")
                .contains("snap.thud")
                .doesNotContain("Exception");
        CliRun both =
                CliRun.run("corpus", "--out", dir.toString(), "--family", "snap.thud", "--without-family", "pop.burst");
        assertThat(both.exitCode()).isEqualTo(2);
        CliRun holdout = CliRun.run("evaluate", "--holdout-family", "pop.crunch");
        assertThat(holdout.exitCode()).isEqualTo(2);
        assertThat(holdout.err()).contains("pop.knuckle");
        CliRun tiny = CliRun.run("evaluate", "--holdout-family", "snap.thud", "--train-count", "20", "--count", "1");
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.err()).contains("raise --train-count").doesNotContain("internal error");
        // A count out of range names its own option and value.
        for (String[] bad : new String[][] {
            {"--count", "0", "--count must be 1 to 5000 recordings, not 0"},
            {"--calibration-count", "-1", "--calibration-count must be 1 to 5000 recordings, not -1"},
            {"--train-count", "5001", "--train-count must be 20 to 5000 recordings, not 5001"}
        }) {
            CliRun r = CliRun.run("evaluate", "--holdout-family", "snap.thud", bad[0], bad[1]);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains(bad[2], "evaluate.bad_count", "at: " + bad[0]);
        }
    }

    @Test
    void holdoutFamily_trainsAndCalibratesWithoutIt_andScoresOnIt_asJson() throws Exception {
        CliRun r = CliRun.run(
                "evaluate",
                "--holdout-family",
                "snap.thud",
                "--train-count",
                "60",
                "--count",
                "3",
                "--plan-seed",
                "5",
                "--calibration-count",
                "1",
                "--reliability",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(r.out()).path("snap.thud");
        assertThat(row.path("recordings").asInt()).isEqualTo(3);
        assertThat(row.path("overall").path("f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(row.path("expected_calibration_error").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void negatives_countsEveryEventAsFalse_asIsAndOverANoiseFloor() throws Exception {
        Path neg = Files.createDirectories(dir.resolve("neg"));
        // One second of a steady 440 Hz tone: no joint sound in it.
        float[] x = new float[16_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 16_000.0));
        }
        WavWriter.write(AudioClip.mono(16_000, x), SampleFormat.PCM_S16, neg.resolve("tone.wav"));
        CliRun r = CliRun.run("evaluate", "--negatives", neg.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.path("files").asInt()).isEqualTo(1);
        assertThat(o.path("seconds").asDouble()).isEqualTo(1.0);
        assertThat(o.path("false_events_as_is").asInt()).isZero();
        assertThat(o.path("false_events_noise_floor").asInt()).isZero();
        CliRun withCorpus = CliRun.run("evaluate", dir.toString(), "--negatives", neg.toString());
        assertThat(withCorpus.exitCode()).isEqualTo(2);
    }

    @Test
    void aConfidenceThatIsNoProbability_isBadInputInEveryMode() throws Exception {
        Path neg = Files.createDirectories(dir.resolve("neg"));
        for (String p : new String[] {"2", "-0.1", "NaN"}) {
            for (String[] mode : new String[][] {
                {"evaluate", dir.toString()},
                {"evaluate", "--negatives", neg.toString()},
                {"evaluate", "--holdout-family", "snap.thud"}
            }) {
                String[] args = java.util.Arrays.copyOf(mode, mode.length + 2);
                args[mode.length] = "--min-confidence";
                args[mode.length + 1] = p;
                CliRun r = CliRun.run(args);
                assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(r.err())
                        .contains("--min-confidence was")
                        .contains("accepted: a probability from 0 to 1")
                        .doesNotContain("internal error");
            }
        }
    }

    @Test
    void negatives_sayHowManyOfTheFalseEventsWereGivenAClass_asAnalyzeReportsThem() throws Exception {
        Path neg = Files.createDirectories(dir.resolve("neg"));
        // Damped pops (600 Hz) and thuds (150 Hz) over light noise: something for the analyzer to report.
        int rate = 48_000;
        float[] x = new float[rate * 4];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[] pops = {0.5, 1.1, 1.13, 2.0, 2.6, 3.3};
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / rate;
            double v = 0.002 * (rng.nextDouble() * 2 - 1);
            for (int k = 0; k < pops.length; k++) {
                double d = t - pops[k];
                if (d >= 0 && d < 0.05) {
                    double f = k % 2 == 0 ? 600 : 150;
                    v += 0.4 * Math.exp(-d / (k % 2 == 0 ? 0.0015 : 0.012)) * Math.sin(2 * Math.PI * f * d);
                }
            }
            x[i] = (float) v;
        }
        Path wav = neg.resolve("clicks.wav");
        WavWriter.write(AudioClip.mono(rate, x), SampleFormat.PCM_S16, wav);

        // A threshold between the events' confidences, so that some are given a class and some are not.
        String threshold = "0.92";
        CliRun r = CliRun.run(
                "evaluate", "--negatives", neg.toString(), "--format", "json", "--min-confidence", threshold);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        CliRun a = CliRun.run("analyze", wav.toString(), "--format", "json", "--min-confidence", threshold);
        assertThat(a.exitCode()).as(a.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(a.out()).path("events");
        int classified = 0;
        for (JsonNode e : events) {
            classified += e.path("class").asText().equals("unclassified") ? 0 : 1;
        }
        // Both kinds present, or the count could not tell them apart.
        assertThat(classified).as("events given a class").isPositive();
        assertThat(events.size() - classified).as("events left unclassified").isPositive();
        assertThat(o.path("false_events_as_is").asInt()).isEqualTo(events.size());
        assertThat(o.path("classified_as_is").asInt()).isEqualTo(classified);
        assertThat(o.path("by_file").get(0).path("classified_as_is").asInt()).isEqualTo(classified);
        assertThat(o.path("classified_noise_floor").asInt())
                .isBetween(0, o.path("false_events_noise_floor").asInt());

        CliRun text = CliRun.run("evaluate", "--negatives", neg.toString(), "--min-confidence", threshold);
        assertThat(text.out())
                .contains("of them given a class (cavitation, soft_tissue_snap or crepitus): " + classified + " as is, "
                        + o.path("classified_noise_floor").asInt() + " over the noise floor");
    }

    @Test
    void mixUnder_laysTheNegativesUnderEveryRecording_andStillScores() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(CliRun.run("corpus", "--out", corpus.toString(), "--count", "2", "--plan-seed", "4")
                        .exitCode())
                .isZero();
        Path neg = Files.createDirectories(dir.resolve("neg"));
        float[] x = new float[8_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * i / 8_000.0));
        }
        WavWriter.write(AudioClip.mono(8_000, x), SampleFormat.PCM_S16, neg.resolve("hum.wav"));
        CliRun clean = CliRun.run("evaluate", corpus.toString(), "--format", "json");
        CliRun mixed = CliRun.run("evaluate", corpus.toString(), "--mix-under", neg.toString(), "--format", "json");
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(clean.out()).path("overall");
        JsonNode b = new ObjectMapper().readTree(mixed.out()).path("overall");
        int refsA = a.path("true_positives").asInt() + a.path("false_negatives").asInt();
        int refsB = b.path("true_positives").asInt() + b.path("false_negatives").asInt();
        assertThat(refsB).isEqualTo(refsA);
        // The background is really there: the analysis differs.
        assertThat(mixed.out()).isNotEqualTo(clean.out());
    }

    @Test
    void reliability_binsEveryEventByItsConfidence_andGivesTheCalibrationError() throws Exception {
        Path corpus = dir.resolve("rel");
        assertThat(CliRun.run("corpus", "--out", corpus.toString(), "--count", "3", "--plan-seed", "6")
                        .exitCode())
                .isZero();
        CliRun r = CliRun.run("evaluate", corpus.toString(), "--reliability", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rel = new ObjectMapper().readTree(r.out()).path("reliability");
        assertThat(rel.path("bins")).hasSize(10);
        int events = 0;
        for (JsonNode b : rel.path("bins")) {
            events += b.path("events").asInt();
        }
        assertThat(events).isPositive();
        assertThat(rel.path("expected_calibration_error").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void simulate_withFamilies_writesThemIntoTheTruth_andRefusesAnUnknownOne() throws Exception {
        Path wav = dir.resolve("thud.wav");
        CliRun r = CliRun.run(
                "simulate",
                "--scenario",
                "snapping_tendon",
                "--family",
                "snap.thud",
                "--family",
                "condition.contact",
                "--out",
                wav.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode scenario =
                new ObjectMapper().readTree(dir.resolve("thud.json").toFile()).path("scenario");
        assertThat(scenario.path("families").path("snap").asText()).isEqualTo("thud");
        assertThat(scenario.path("families").path("condition").asText()).isEqualTo("contact");
        assertThat(scenario.path("recording").path("sensor").asText()).isNotEqualTo("air_microphone");
        // The printed scenario, families included, runs again as a scenario file; a wrong family is refused.
        Path file = dir.resolve("thud-scenario.json");
        Files.writeString(
                file,
                CliRun.run("simulate", "--scenario", "snapping_tendon", "--family", "snap.thud", "--print-scenario")
                        .out());
        CliRun again = CliRun.run(
                "simulate",
                "--scenario",
                file.toString(),
                "--out",
                dir.resolve("again.wav").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        Files.writeString(file, Files.readString(file).replace("\"thud\"", "\"thump\""));
        CliRun wrong = CliRun.run(
                "simulate",
                "--scenario",
                file.toString(),
                "--out",
                dir.resolve("w.wav").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("$.families.snap");
        CliRun bad = CliRun.run(
                "simulate", "--scenario", "snapping_tendon", "--family", "snap.crunch", "--out", wav.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("snap.thud");
    }
}
