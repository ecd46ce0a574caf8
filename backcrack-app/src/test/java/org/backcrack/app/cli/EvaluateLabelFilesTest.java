package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --reference --estimate} with label files an attacker or a broken tool would bring: each is
 * bad input (exit 2, a message and its key), never an internal error, minutes of work or gigabytes of memory.
 */
class EvaluateLabelFilesTest {
    @TempDir
    Path dir;

    Path ref;
    Path est;

    @BeforeEach
    void dirs() throws Exception {
        ref = Files.createDirectories(dir.resolve("ref"));
        est = Files.createDirectories(dir.resolve("est"));
        Files.writeString(ref.resolve("a.txt"), "1.0000\t1.0050\tcavitation\n");
    }

    private CliRun evaluate() {
        return CliRun.run("evaluate", "--reference", ref.toString(), "--estimate", est.toString());
    }

    @Test
    void aBinaryFile_isNotText() throws Exception {
        Files.write(est.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, 1, 2, '\n'});
        CliRun r = evaluate();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("labels.not_text", "not UTF-8 text").doesNotContain("internal error");
    }

    @Test
    void labelsPiledUpAtOneTime_areTooDenseToScore() throws Exception {
        String piled = "1.0000\t1.1000\tcavitation\n".repeat(2000);
        Files.writeString(ref.resolve("a.txt"), piled);
        Files.writeString(est.resolve("a.txt"), piled);
        CliRun r = evaluate();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("labels.too_dense", "remove duplicates");
    }

    @Test
    void aFileWithoutLineBreaks_isNotReadWhole() throws Exception {
        Files.writeString(est.resolve("a.txt"), "1".repeat(1_000_000));
        CliRun r = evaluate();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("labels.too_many", "longer than");
    }

    @Test
    void ordinaryLabels_areStillScored() throws Exception {
        Files.writeString(est.resolve("a.txt"), "1.0100\t1.0150\tcavitation\n");
        CliRun r = evaluate();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("cavitation", "1.000");
    }
}
