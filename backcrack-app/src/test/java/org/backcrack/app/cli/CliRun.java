package org.backcrack.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the real command line in-process with given standard input, capturing out, err and the exit code. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The command line main() makes: for a sub-command's arguments, the root with only that sub-command.
        CommandLine cl =
                BackcrackCommand.commandLineFor(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun run(String... args) {
        return withInput("", args);
    }
}
