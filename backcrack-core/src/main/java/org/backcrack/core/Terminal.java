package org.backcrack.core;

import java.io.Console;

/** Whether a person is watching: progress lines go to a terminal, never into a pipe or a log file. */
public final class Terminal {
    private Terminal() {}

    /**
     * True when standard input and output are a terminal. Up to Java 21 that is {@code System.console() != null};
     * from Java 22 the console exists even when output is piped, so its {@code isTerminal()} decides (called
     * reflectively, as it does not exist in Java 17, our baseline).
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is for Java 17 to 21; isTerminal() covers 22 on
    public static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        if (Runtime.version().feature() < 22) {
            return true;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
