package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkBatchCommandTest {
    @Test
    void batch_inTheMainJar_pointsToTheLauncher() {
        CliRun r = CliRun.run("batch", "recordings/", "--out", "results/");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Apache Spark").contains("./backcrack batch INPUT --out DIR");
    }

    @Test
    void topHelp_listsEveryCommand() {
        assertThat(CliRun.run("--help").out()).contains("  batch ", "  train-analyzer ");
    }
}
