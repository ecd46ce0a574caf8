package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcrack.core.audio.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioFileThatIsHugeOrBinary_isBadInput_readNoFurtherThanTheLimit() throws Exception {
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, " ".repeat(20_000_000) + "{}");
        CliRun big = simulate(huge, "a.wav");
        assertThat(big.exitCode()).isEqualTo(2);
        assertThat(big.err()).contains("simulate.unreadable", "larger than 1024 KiB");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '{', '}'});
        CliRun bin = simulate(binary, "b.wav");
        assertThat(bin.exitCode()).isEqualTo(2);
        assertThat(bin.err()).contains("is not UTF-8 text").doesNotContain("Input length");
        // A scenario as --print-scenario writes it is still read.
        Path printed = dir.resolve("printed.json");
        Files.writeString(
                printed,
                CliRun.run("simulate", "--scenario", "snapping_tendon", "--print-scenario")
                        .out());
        assertThat(simulate(printed, "c.wav").exitCode()).isZero();
    }

    /** {@code simulate --scenario FILE --out OUT}, OUT in the test's folder. */
    private CliRun simulate(Path scenario, String out) {
        return CliRun.run(
                "simulate",
                "--scenario",
                scenario.toString(),
                "--out",
                dir.resolve(out).toString());
    }

    @Test
    void list_namesEveryBuiltInScenario() {
        CliRun r = CliRun.run("simulate", "--list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains(
                        "stretch_after_sitting",
                        "morning_twist",
                        "refractory_twist",
                        "lumbar_manipulation",
                        "snapping_tendon",
                        "osteoarthritis_bend");
    }

    @Test
    void simulate_writesWavLabelsAndTruth_andTheSameSeedGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a/thrust.wav");
        Path b = dir.resolve("b/thrust.wav");
        assertThat(CliRun.run("simulate", "--scenario", "lumbar_manipulation", "--out", a.toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.run("simulate", "--scenario", "lumbar_manipulation", "--out", b.toString())
                        .exitCode())
                .isZero();
        for (String ext : new String[] {".wav", ".txt", ".json"}) {
            Path x = dir.resolve("a/thrust" + ext);
            Path y = dir.resolve("b/thrust" + ext);
            assertThat(Files.readAllBytes(x)).as(ext).isEqualTo(Files.readAllBytes(y));
        }
        String labels = Files.readString(dir.resolve("a/thrust.txt"));
        assertThat(labels.lines()).isNotEmpty().allMatch(l -> l.matches("\\d+\\.\\d{4}\t\\d+\\.\\d{4}\tcavitation"));
        assertThat(Files.readString(dir.resolve("a/thrust.json")))
                .contains(
                        "\"mechanism\" : \"cavitation\"",
                        "\"peak_pressure_1cm_pa\"",
                        "\"refractory_s\"",
                        "\"spl_10cm_in_tissue_db\"");
        assertThat(WavReader.readAll(a).sampleRate()).isEqualTo(48_000);
    }

    @Test
    void simulate_otherSeed_otherBytes() throws Exception {
        Path a = dir.resolve("s1.wav");
        Path b = dir.resolve("s2.wav");
        CliRun.run("simulate", "--scenario", "morning_twist", "--seed", "1", "--out", a.toString());
        CliRun.run("simulate", "--scenario", "morning_twist", "--seed", "2", "--out", b.toString());
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
    }

    @Test
    void simulate_scenarioFile_roundTripsThroughPrintScenario() throws Exception {
        CliRun printed = CliRun.run("simulate", "--scenario", "snapping_tendon", "--print-scenario");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, printed.out());
        Path wav = dir.resolve("mine.wav");
        CliRun r = CliRun.run(
                "simulate",
                "--scenario",
                file.toString(),
                "--out",
                wav.toString(),
                "--plot",
                dir.resolve("mine.png").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("soft_tissue_snap");
        assertThat(Files.size(dir.resolve("mine.png"))).isGreaterThan(10_000);
    }

    @Test
    void simulate_badScenarioFile_exit2WithThePath() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"person\": {\"age\": 500}, \"movment\": {}}");
        CliRun r = CliRun.run(
                "simulate",
                "--scenario",
                file.toString(),
                "--out",
                dir.resolve("x.wav").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("2 problems", "$.person.age", "accepted: 10 to 100", "$.movment", "did you mean 'movement'?")
                .doesNotContain("Exception");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void simulate_aScenarioAskingForDaysOfPhysics_exit2AtOnce_notAHang() throws Exception {
        // Every field in range, and a day between 1000 repetitions: it hung for days in the crepitus loop before.
        Path file = dir.resolve("days.json");
        Files.writeString(file, "{\"movement\": {\"repetitions\": 1000, \"interval_s\": 86400}}");
        CliRun r = CliRun.run(
                "simulate",
                "--scenario",
                file.toString(),
                "--out",
                dir.resolve("days.wav").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("simulate.too_costly")
                .contains("scenario time")
                .doesNotContain("Exception");
    }

    @Test
    void simulate_unknownScenarioOrMissingOutput_exit2() {
        CliRun unknown = CliRun.run(
                "simulate", "--scenario", "nope", "--out", dir.resolve("x.wav").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("neither a built-in scenario", "stretch_after_sitting");
        CliRun noOut = CliRun.run("simulate", "--scenario", "morning_twist");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out F.wav");
        CliRun notWav = CliRun.run(
                "simulate",
                "--scenario",
                "morning_twist",
                "--out",
                dir.resolve("x.mp3").toString());
        assertThat(notWav.exitCode()).isEqualTo(2);
        assertThat(notWav.err()).contains(".wav");
    }

    @Test
    void validate_printsTheTableWithOurNumbers() {
        CliRun r = CliRun.run("simulate", "--validate", "--seeds", "2");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("| Rayleigh collapse time", "| Pops per lumbar thrust", "| Refractory period", "| verdict |");
        // Every row says whether it passes (with its criterion) or is only shown.
        r.out()
                .lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| quantity"))
                .forEach(l -> assertThat(l).containsAnyOf("| pass (", "| **fail** (", "| shown |"));
    }
}
