package org.backcrack.app.cli;

import java.io.PrintWriter;
import org.backcrack.core.InputException;
import picocli.CommandLine;

/** Error handling shared by every command: bad input is exit code 2 and a message, never a stack trace. */
final class Cli {
    static final int OK = 0;
    static final int SOFTWARE = 1;
    static final int BAD_INPUT = 2;

    private Cli() {}

    static CommandLine configure(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(100);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException ie) {
                err.println("backcrack: " + ie.getMessage());
                err.println("  (error: " + ie.key() + (ie.field() == null ? "" : ", at: " + ie.field()) + ")");
                err.flush();
                return BAD_INPUT;
            }
            err.println("backcrack: internal error: " + ex);
            err.println("  This is a bug in backcrack; please report it with the command you ran.");
            err.flush();
            return SOFTWARE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("backcrack: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }
}
