package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAnalyzerCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCountOutsideItsRange_isBadInput_beforeAnyWork() {
        for (String n : List.of("-3", "0", "100001")) {
            CliRun r = CliRun.run(
                    "train-analyzer",
                    "--count",
                    n,
                    "--out",
                    dir.resolve("m.properties").toString());
            assertThat(r.exitCode()).as(n).isEqualTo(2);
            assertThat(r.err())
                    .contains("--count was " + n + "; accepted: 1 to 100000")
                    .doesNotContain("internal error");
            assertThat(dir.resolve("m.properties")).doesNotExist();
        }
    }

    @Test
    void calibrationEvents_writesEveryEventTheMapsWereFittedOn() throws Exception {
        Path model = dir.resolve("m.properties");
        Path events = dir.resolve("sub/events.csv");
        CliRun r = CliRun.run(
                "train-analyzer",
                "--count",
                "30",
                "--plan-seed",
                "77",
                "--calibration-plan-seed",
                "78",
                "--calibration-count",
                "6",
                "--out",
                model.toString(),
                "--calibration-events",
                events.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(model)).contains("calibration.cavitation=");
        List<String> lines = Files.readAllLines(events);
        assertThat(lines.get(0)).isEqualTo("kind,p,snr_db,clicks,right,held_out");
        assertThat(r.out()).contains("wrote " + events + " (" + (lines.size() - 1) + " calibration events)");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> {
            String[] f = l.split(",", -1);
            assertThat(f).hasSize(6);
            assertThat(f[0]).isIn("cavitation", "soft_tissue_snap", "crepitus", "pop_on_snap");
            assertThat(Double.parseDouble(f[1])).isBetween(0.0, 1.0);
            assertThat(Integer.parseInt(f[3])).isPositive();
            assertThat(f[4]).isIn("true", "false");
            // physics families only: the calibration events come from held-out seeds, no family held out
            assertThat(f[5]).isEmpty();
        });
    }
}
