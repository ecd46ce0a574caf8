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

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "simulate", "evaluate", "assess", "batch", "triage-audit"})
    void aSubcommandBuiltAlone_helpsAndRejectsAsInTheFullCommandLine(String command) {
        for (String[] args : new String[][] {{command, "--help"}, {command, "--no-such-option"}}) {
            java.io.StringWriter aloneOut = new java.io.StringWriter();
            java.io.StringWriter aloneErr = new java.io.StringWriter();
            picocli.CommandLine alone = BackcrackCommand.commandLineFor(java.io.InputStream.nullInputStream(), args);
            alone.setOut(new java.io.PrintWriter(aloneOut, true));
            alone.setErr(new java.io.PrintWriter(aloneErr, true));
            java.io.StringWriter fullOut = new java.io.StringWriter();
            java.io.StringWriter fullErr = new java.io.StringWriter();
            picocli.CommandLine full = BackcrackCommand.commandLine(java.io.InputStream.nullInputStream());
            full.setOut(new java.io.PrintWriter(fullOut, true));
            full.setErr(new java.io.PrintWriter(fullErr, true));
            assertThat(alone.getSubcommands().keySet()).containsExactly(command);
            assertThat(alone.execute(args)).isEqualTo(full.execute(args));
            assertThat(aloneOut.toString()).isEqualTo(fullOut.toString());
            assertThat(aloneErr.toString()).isEqualTo(fullErr.toString());
        }
    }
}
