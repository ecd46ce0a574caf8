package org.backcrack.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.backcrack.core.InputException;

/**
 * The batch job: files in, two Parquet tables out — {@code events} (one row per event, every feature) and
 * {@code files} (one row per file: duration, rate, counts per class, status and error). Each file is one
 * Spark task's unit of work, read as a stream from its file system.
 */
public final class BatchJob {
    public static final StructType EVENTS = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("onset", DataTypes.DoubleType, false)
            .add("offset", DataTypes.DoubleType, false)
            .add("class", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("peak_dbfs", DataTypes.DoubleType, false)
            .add("snr_db", DataTypes.DoubleType, false)
            .add("rise_time", DataTypes.DoubleType, false)
            .add("decay_time", DataTypes.DoubleType, false)
            .add("dominant_frequency", DataTypes.DoubleType, false)
            .add("spectral_centroid", DataTypes.DoubleType, false)
            .add("bandwidth", DataTypes.DoubleType, false)
            .add("flatness", DataTypes.DoubleType, false)
            .add("sub_clicks", DataTypes.IntegerType, false);
    public static final StructType FILES = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("duration", DataTypes.DoubleType, false)
            .add("sample_rate", DataTypes.IntegerType, false)
            .add("channels", DataTypes.IntegerType, false)
            .add("cavitation", DataTypes.IntegerType, false)
            .add("soft_tissue_snap", DataTypes.IntegerType, false)
            .add("crepitus", DataTypes.IntegerType, false)
            .add("unclassified", DataTypes.IntegerType, false);

    private BatchJob() {}

    /** What a run did. */
    public record Summary(
            long files,
            long failed,
            double audioSeconds,
            long cavitation,
            long snaps,
            long crepitus,
            long unclassified,
            double wallSeconds) {
        public String text() {
            return String.format(
                    Locale.ROOT,
                    "%d files (%d failed), %.3f hours of audio; events: %d cavitation, "
                            + "%d soft_tissue_snap, %d crepitus, %d unclassified; %.1f s, %.1f files/s, %.0f s of audio per s",
                    files,
                    failed,
                    audioSeconds / 3600,
                    cavitation,
                    snaps,
                    crepitus,
                    unclassified,
                    wallSeconds,
                    files / Math.max(1e-9, wallSeconds),
                    audioSeconds / Math.max(1e-9, wallSeconds));
        }
    }

    /** A regular file (not a directory, not missing); FileSystem.isFile(Path) is deprecated. */
    private static boolean isFile(FileSystem fs, Path p) throws IOException {
        try {
            return fs.getFileStatus(p).isFile();
        } catch (java.io.FileNotFoundException e) {
            return false;
        }
    }

    /**
     * The recordings an input names: a directory (its .wav and .flac files), a glob, a list file (.txt or .list, one path
     * or URI per line), or a single file; local paths or any Hadoop-compatible URI.
     */
    public static List<String> expand(List<String> inputs, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            String lower = input.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".txt") || lower.endsWith(".list")) && isFile(fs, p)) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            files.add(line.strip());
                        }
                    }
                }
                continue;
            }
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new InputException(
                        SparkError.BATCH_NO_INPUT,
                        input,
                        "nothing matches " + input + "; give a directory, "
                                + "a glob, a list file (.txt or .list) or WAV or FLAC files, as local paths or URIs");
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    FileStatus[] inDir = fs.listStatus(m.getPath(), x -> isRecording(x.getName()));
                    Arrays.sort(inDir);
                    for (FileStatus f : inDir) {
                        files.add(f.getPath().toString());
                    }
                } else {
                    files.add(m.getPath().toString());
                }
            }
        }
        if (files.isEmpty()) {
            throw new InputException(SparkError.BATCH_NO_WAV, inputs.get(0), "no .wav or .flac files in " + inputs);
        }
        return files;
    }

    /** A directory's recordings are its .wav and .flac files; each is then read by its contents. */
    static boolean isRecording(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".wav") || lower.endsWith(".flac");
    }

    /** Runs the job and writes {@code out/events} and {@code out/files}. */
    public static Summary run(SparkSession spark, List<String> files, String out, SaveMode mode) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        // A few tasks per core balance uneven file lengths; one task per file would spend more time scheduling
        // and writing tiny Parquet files than analysing.
        int cores = Math.max(1, jsc.defaultParallelism());
        int slices = Math.max(1, Math.min(files.size(), cores * 4));
        JavaRDD<FileResult> results = jsc.parallelize(files, slices)
                .map(f -> HadoopFileAnalyzer.analyze(f, conf.value().value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // Analyse first, spread over every task; the writes below then read the cached results (coalescing
        // before this would have run the analysis itself in only a few tasks).
        results.count();
        JavaRDD<Row> fileRows = results.map(r -> RowFactory.create(
                r.file(),
                r.status(),
                r.error(),
                r.duration(),
                r.sampleRate(),
                r.channels(),
                r.count("cavitation"),
                r.count("soft_tissue_snap"),
                r.count("crepitus"),
                r.count("unclassified")));
        JavaRDD<Row> eventRows = results.flatMap(r -> {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < r.events().size(); i++) {
                double[] e = r.events().get(i);
                rows.add(RowFactory.create(
                        r.file(),
                        e[0],
                        e[1],
                        r.classes().get(i),
                        e[2],
                        e[3],
                        e[4],
                        e[5],
                        e[6],
                        e[7],
                        e[8],
                        e[9],
                        e[10],
                        (int) e[11]));
            }
            return rows.iterator();
        });
        Dataset<Row> filesDf = spark.createDataFrame(fileRows, FILES).coalesce(cores);
        Dataset<Row> eventsDf = spark.createDataFrame(eventRows, EVENTS).coalesce(cores);
        filesDf.write().mode(mode).parquet(out + "/files");
        eventsDf.write().mode(mode).parquet(out + "/events");
        List<FileResult> all = results.collect();
        results.unpersist();
        long failed = all.stream().filter(r -> !r.status().equals("ok")).count();
        double seconds = all.stream().mapToDouble(FileResult::duration).sum();
        return new Summary(
                all.size(),
                failed,
                seconds,
                all.stream().mapToLong(r -> r.count("cavitation")).sum(),
                all.stream().mapToLong(r -> r.count("soft_tissue_snap")).sum(),
                all.stream().mapToLong(r -> r.count("crepitus")).sum(),
                all.stream().mapToLong(r -> r.count("unclassified")).sum(),
                (System.nanoTime() - start) / 1e9);
    }
}
