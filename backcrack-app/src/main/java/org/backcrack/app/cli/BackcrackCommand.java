package org.backcrack.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backcrack} command: the root of every sub-command. */
@Command(name = "backcrack", mixinStandardHelpOptions = true, version = "backcrack 0.1.0",
        description = "Explains why a back cracks.")
public final class BackcrackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BackcrackCommand()).execute(args));
    }
}
