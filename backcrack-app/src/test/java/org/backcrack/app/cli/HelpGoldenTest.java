package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help text is part of the interface: each command's --help is compared with a golden file. After an
 * intended change, regenerate with {@code ./mvnw -pl backcrack-app test -Dtest=HelpGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
class HelpGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "assess",
                "report",
                "knowledge",
                "simulate",
                "analyze",
                "evaluate",
                "corpus",
                "train-analyzer",
                "batch",
                "triage-audit"
            })
    void help_matchesGolden(String command) throws IOException {
        CliRun r = command.isEmpty() ? CliRun.run("--help") : CliRun.run(command, "--help");
        assertThat(r.exitCode()).isZero();
        Path golden = GOLDEN.resolve((command.isEmpty() ? "backcrack" : command) + "-help.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, r.out());
        }
        assertThat(golden).exists();
        assertThat(r.out()).isEqualTo(Files.readString(golden));
    }
}
