package org.backcrack.app.cli;

import java.io.InputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code backcrack} command: the root of every sub-command.
 *
 * <p>Exit codes are fixed: 0 ok, 1 software failure, 2 bad input or usage (the message says what was
 * wrong and what is accepted; no stack trace).
 */
@Command(
        name = "backcrack",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "backcrack explains why a back cracks.",
        descriptionHeading = "%n",
        description = {
            "What the sound is, whether it is harmless, and when to see someone. Run 'backcrack help COMMAND' "
                    + "for a command's options and examples.",
        },
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Exit codes: 0 done, 1 internal error, 2 bad input or usage. This is information, not a diagnosis."},
        subcommands = {
            AssessCommand.class,
            ReportCommand.class,
            KnowledgeCommand.class,
            ServeCommand.class,
            SimulateCommand.class,
            AnalyzeCommand.class,
            SparkBatchCommand.class,
            EvaluateCommand.class,
            CorpusCommand.class,
            TrainAnalyzerCommand.class,
            TriageAuditCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class BackcrackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line set up with backcrack's error handling, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** The same, with standard input given (tests feed the questionnaire through it). */
    public static CommandLine commandLine(InputStream stdin) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == AssessCommand.class) {
                    return cls.cast(new AssessCommand(stdin));
                }
                if (cls == ReportCommand.class) {
                    return cls.cast(new ReportCommand(stdin));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return Cli.configure(new CommandLine(new BackcrackCommand(), factory));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
