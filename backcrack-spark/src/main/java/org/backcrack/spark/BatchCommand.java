package org.backcrack.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.backcrack.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcrack batch}: the analyzer over a corpus, on Apache Spark. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        header =
                "Analyses a corpus of recordings on Apache Spark and writes the events and a per-file summary as Parquet.",
        descriptionHeading = "%n",
        description = {
            "INPUT is a directory (its .wav and .flac files), a glob, a list file (.txt or .list, one path or URI "
                    + "per line) or WAV or FLAC files; local paths or any Hadoop-compatible URI (hdfs://, s3a://, "
                    + "...). Spark runs embedded in local mode (local[*]) unless --master or spark-submit says "
                    + "otherwise. Writes DIR/events (one row per event: file, onset, offset, class, confidence, every "
                    + "feature) and DIR/files (duration, sample rate, channels, counts per class, status, error). A "
                    + "file that cannot be read (a compressed MP3 or M4A among them) is recorded with its error and "
                    + "the job carries on. The analysis is the same as 'backcrack analyze'.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack batch recordings/ --out results/",
            "  backcrack batch 'recordings/2026-*/*.wav' --out results/ --mode append",
            "  backcrack batch hdfs://nn/corpus/ --out hdfs://nn/results/ --master yarn   (or spark-submit: docs/batch.md)",
        })
public final class BatchCommand implements Callable<Integer> {
    enum Mode {
        overwrite(SaveMode.Overwrite),
        append(SaveMode.Append),
        error_if_exists(SaveMode.ErrorIfExists);

        final SaveMode save;

        Mode(SaveMode save) {
            this.save = save;
        }
    }

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "Directories, globs, list files, or WAV or FLAC " + "files.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the Parquet tables go.")
    String out;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "error-if-exists",
            converter = ModeConverter.class,
            description = "overwrite, append or error-if-exists (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master (default: local[*], or what " + "spark-submit sets).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            try {
                return Mode.valueOf(value.replace('-', '_').toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a mode; accepted: overwrite, append, error-if-exists");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SparkSession.Builder builder = SparkSession.builder()
                .appName("backcrack batch")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8");
        if (master != null) {
            builder.master(master);
        } else if (!System.getProperties().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        // A session already running in this JVM (an embedding application, a test) is used and left open.
        boolean ours = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            List<String> files = BatchJob.expand(inputs, spark.sparkContext().hadoopConfiguration());
            boolean local = spark.sparkContext().isLocal();
            AtomicInteger done = new AtomicInteger();
            if (local && org.backcrack.core.Terminal.isInteractive()) {
                spark.sparkContext().addSparkListener(new SparkListener() {
                    @Override
                    public void onTaskEnd(SparkListenerTaskEnd end) {
                        int n = done.incrementAndGet();
                        if (n <= files.size()) {
                            err.printf("\ranalysed %d/%d files", n, files.size());
                            err.flush();
                        }
                    }
                });
            }
            if (mode == Mode.error_if_exists) {
                org.apache.hadoop.fs.Path o = new org.apache.hadoop.fs.Path(out);
                if (o.getFileSystem(spark.sparkContext().hadoopConfiguration())
                        .exists(new org.apache.hadoop.fs.Path(o, "files"))) {
                    throw new InputException(
                            SparkError.BATCH_OUTPUT_EXISTS,
                            "--out",
                            out + " already holds results; choose "
                                    + "--mode overwrite or --mode append, or another --out");
                }
            }
            BatchJob.Summary s = BatchJob.run(spark, files, out, mode.save);
            if (local && org.backcrack.core.Terminal.isInteractive()) {
                err.println();
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println("backcrack batch: " + s.text());
            o.println("  wrote " + out + "/events and " + out + "/files (Parquet)");
            o.flush();
            return s.failed() > 0 ? 2 : 0;
        } finally {
            if (ours) {
                spark.close();
            }
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BatchCommand());
        cl.setUsageHelpWidth(100);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException ie) {
                commandLine.getErr().println("backcrack: " + ie.getMessage());
                commandLine
                        .getErr()
                        .println("  (error: " + ie.key() + (ie.field() == null ? "" : ", at: " + ie.field()) + ")");
                return 2;
            }
            commandLine.getErr().println("backcrack: internal error: " + ex);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("backcrack: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'backcrack batch --help'.");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
