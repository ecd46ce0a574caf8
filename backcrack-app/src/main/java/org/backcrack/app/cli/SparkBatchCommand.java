package org.backcrack.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backcrack batch} as the main jar sees it: listed in {@code backcrack --help} like every command, but
 * run elsewhere. The batch job is backcrack-spark's {@code BatchCommand}, on Apache Spark, which stays out of
 * this jar; the {@code ./backcrack} launcher sends {@code batch} there before this jar starts. Reached only
 * when the jar is run directly, it says how to run the real one.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        header = "Analyses a corpus of recordings on Apache Spark, to Parquet (via the launcher).",
        descriptionHeading = "%n",
        customSynopsis = "backcrack batch [-hV] [--master=URL] [--mode=MODE] --out=DIR INPUT...",
        description = {
            "Runs the analyzer over a directory, glob or list of WAV and FLAC files (local or any Hadoop URI) and "
                    + "writes the events and a per-file summary as Parquet. Spark stays out of the main jar: the "
                    + "backcrack launcher script at the repository root runs this command from the backcrack-spark "
                    + "module, building it on first use; 'backcrack batch --help' there lists its options, and "
                    + "docs/batch.md shows spark-submit on a cluster.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./backcrack batch recordings/ --out results/",
            "  ./backcrack batch 'recordings/2026-*/*.wav' --out results/ --mode append",
        })
final class SparkBatchCommand implements Callable<Integer> {
    @CommandLine.Unmatched
    List<String> args;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("backcrack: batch runs on Apache Spark, which is not in this jar. Run it through the launcher: "
                + "./backcrack batch INPUT --out DIR (or with spark-submit: docs/batch.md).");
        err.flush();
        return Cli.BAD_INPUT;
    }
}
