package org.backcrack.app.cli;

import java.io.InputStream;
import java.util.List;
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
        footer = {"Exit codes: 0 done, 1 internal error, 2 bad input or usage. This is information, not a diagnosis."})
public final class BackcrackCommand implements Runnable {
    /**
     * The sub-commands, in the order the help lists them. Added to the command line in code rather than in
     * the annotation, so that a run of one of them builds only that one: picocli reads every option of every
     * command it is given by reflection, about a third of a second of start-up for all twelve.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            CommandLine.HelpCommand.class);

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
        return commandLine(stdin, SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when the first names a sub-command, the root with only that one
     * (its help, its errors and its run are the same as in the full command line); otherwise all of them.
     */
    static CommandLine commandLineFor(InputStream stdin, String... args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (c != CommandLine.HelpCommand.class
                        && command != null
                        && command.name().equals(args[0])) {
                    return commandLine(stdin, List.of(c));
                }
            }
        }
        return commandLine(stdin);
    }

    private static CommandLine commandLine(InputStream stdin, List<Class<?>> subcommands) {
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
        CommandLine cl = new CommandLine(new BackcrackCommand(), factory);
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        // After the sub-commands are added: the settings apply to the commands present when they are made.
        return Cli.configure(cl);
    }

    public static void main(String[] args) {
        System.exit(commandLineFor(System.in, args).execute(args));
    }
}
