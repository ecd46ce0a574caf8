/**
 * The {@code backcrack} command line, on picocli: one annotated class per sub-command ({@code assess},
 * {@code analyze}, {@code simulate}, {@code evaluate}, {@code serve} and the others), each a
 * {@code Callable<Integer>}, plus the terminal questionnaire. Start with {@link BackcrackCommand}, the root
 * command and {@code main}, which lists the sub-commands and sets up the shared error handling: exit code 0 when
 * done, 1 for an internal error, 2 for bad input or usage, with a message and no stack trace. The commands parse
 * options, read and write files and the terminal, and hand the work to the modules and the other app packages.
 * This is the outermost edge: no other package may depend on it, and it must not depend on spark or bench.
 */
package org.backcrack.app.cli;
