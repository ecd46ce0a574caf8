package org.backcrack.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.core.audio.FlacTool;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavReader;
import org.backcrack.core.audio.WavWriter;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch job in local mode on a small simulated corpus with a broken file among it. */
class BatchJobTest {
    @TempDir
    static Path dir;

    static Path corpus;
    static SparkSession spark;

    @BeforeAll
    static void setUp() throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        String[] names = {"snapping_tendon", "lumbar_manipulation", "osteoarthritis_bend"};
        SampleFormat[] formats = {SampleFormat.PCM_S16, SampleFormat.PCM_S24, SampleFormat.FLOAT_32};
        for (int i = 0; i < names.length; i++) {
            WavWriter.write(
                    Simulator.run(BuiltInScenarios.named(names[i]).orElseThrow())
                            .clip(),
                    formats[i],
                    corpus.resolve(names[i] + ".wav"));
        }
        Files.writeString(corpus.resolve("broken.wav"), "this is not audio");
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("test")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() throws Exception {
        spark.close();
    }

    @Test
    void run_writesEventsAndFiles_equalToTheAnalyzer_andRecordsTheBrokenFile() throws Exception {
        List<String> files =
                BatchJob.expand(List.of(corpus.toString()), spark.sparkContext().hadoopConfiguration());
        assertThat(files).hasSize(4);
        Path out = dir.resolve("out1");
        BatchJob.Summary s = BatchJob.run(spark, files, out.toString(), SaveMode.ErrorIfExists);
        assertThat(s.files()).isEqualTo(4);
        assertThat(s.failed()).isEqualTo(1);

        Dataset<Row> fileRows = spark.read().parquet(out + "/files");
        Dataset<Row> events = spark.read().parquet(out + "/events");
        Row broken = fileRows.filter("status = 'error'").collectAsList().get(0);
        assertThat(broken.<String>getAs("file")).endsWith("broken.wav");
        assertThat(broken.<String>getAs("error")).contains("not a WAV file");

        for (String name : List.of("snapping_tendon", "lumbar_manipulation", "osteoarthritis_bend")) {
            Path wav = corpus.resolve(name + ".wav");
            AnalyzerResult expected;
            try (WavReader r = WavReader.open(wav)) {
                expected = Analyzer.standard().analyze(r, null);
            }
            List<Row> got = events.filter(events.col("file").endsWith(name + ".wav"))
                    .orderBy("onset")
                    .collectAsList();
            assertThat(got).hasSameSizeAs(expected.events()).isNotEmpty();
            for (int i = 0; i < got.size(); i++) {
                DetectedEvent e = expected.events().get(i);
                assertThat(got.get(i).<Double>getAs("onset")).isEqualTo(e.onset());
                assertThat(got.get(i).<Double>getAs("offset")).isEqualTo(e.offset());
                assertThat(got.get(i).<String>getAs("class")).isEqualTo(e.label());
                assertThat(got.get(i).<Double>getAs("confidence")).isEqualTo(e.confidence());
                assertThat(got.get(i).<Double>getAs("dominant_frequency"))
                        .isEqualTo(e.features().dominantFrequency());
            }
            Row f = fileRows.filter(fileRows.col("file").endsWith(name + ".wav"))
                    .collectAsList()
                    .get(0);
            assertThat(f.<String>getAs("status")).isEqualTo("ok");
            assertThat(f.<Double>getAs("duration")).isCloseTo(expected.duration(), within(1e-9));
            assertThat(f.<Integer>getAs("cavitation"))
                    .isEqualTo(expected.counts().get("cavitation"));
            assertThat(f.<Integer>getAs("soft_tissue_snap"))
                    .isEqualTo(expected.counts().get("soft_tissue_snap"));
            assertThat(f.<Integer>getAs("crepitus")).isEqualTo(expected.counts().get("crepitus"));
        }
        // A Spark SQL query over the result.
        long snaps = spark.sql("SELECT count(*) FROM parquet.`" + out + "/events` WHERE class = 'soft_tissue_snap'")
                .first()
                .getLong(0);
        assertThat(snaps).isGreaterThanOrEqualTo(6);
    }

    @Test
    void flacFiles_areAnalysedLikeTheirWavs_andACompressedFile_isRecordedWithItsConversion() throws Exception {
        Path flacs = dir.resolve("flac-corpus");
        Files.createDirectories(flacs);
        Path wav = corpus.resolve("snapping_tendon.wav");
        FlacTool.encode(wav, flacs.resolve("snapping_tendon.flac"));
        byte[] mp3 = new byte[64];
        System.arraycopy("ID3".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, mp3, 0, 3);
        Files.write(flacs.resolve("voice-memo.wav"), mp3);
        Files.writeString(flacs.resolve("notes.md"), "not a recording");
        List<String> files =
                BatchJob.expand(List.of(flacs.toString()), spark.sparkContext().hadoopConfiguration());
        assertThat(files).hasSize(2).anyMatch(f -> f.endsWith("snapping_tendon.flac"));
        Path out = dir.resolve("out-flac");
        BatchJob.Summary s = BatchJob.run(spark, files, out.toString(), SaveMode.ErrorIfExists);
        assertThat(s.failed()).isEqualTo(1);

        Dataset<Row> fileRows = spark.read().parquet(out + "/files");
        Row memo = fileRows.filter(fileRows.col("file").endsWith("voice-memo.wav"))
                .collectAsList()
                .get(0);
        assertThat(memo.<String>getAs("status")).isEqualTo("error");
        assertThat(memo.<String>getAs("error"))
                .contains("voice-memo.wav is an MP3 file", "ffmpeg -i in.mp3 -ac 1 out.wav");
        AnalyzerResult expected;
        try (WavReader r = WavReader.open(wav)) {
            expected = Analyzer.standard().analyze(r, null);
        }
        Dataset<Row> events = spark.read().parquet(out + "/events");
        List<Row> got = events.orderBy("onset").collectAsList();
        assertThat(got).hasSameSizeAs(expected.events()).isNotEmpty();
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i).<String>getAs("file")).endsWith("snapping_tendon.flac");
            assertThat(got.get(i).<Double>getAs("onset"))
                    .isEqualTo(expected.events().get(i).onset());
            assertThat(got.get(i).<String>getAs("class"))
                    .isEqualTo(expected.events().get(i).label());
        }
    }

    @Test
    void modes_appendAddsRows_overwriteReplaces() throws Exception {
        List<String> one = BatchJob.expand(
                List.of(corpus.resolve("snapping_tendon.wav").toString()),
                spark.sparkContext().hadoopConfiguration());
        Path out = dir.resolve("out2");
        BatchJob.run(spark, one, out.toString(), SaveMode.ErrorIfExists);
        BatchJob.run(spark, one, out.toString(), SaveMode.Append);
        assertThat(spark.read().parquet(out + "/files").count()).isEqualTo(2);
        BatchJob.run(spark, one, out.toString(), SaveMode.Overwrite);
        assertThat(spark.read().parquet(out + "/files").count()).isEqualTo(1);
    }

    @Test
    void expand_globAndListFile() throws Exception {
        var conf = spark.sparkContext().hadoopConfiguration();
        assertThat(BatchJob.expand(List.of(corpus + "/s*.wav"), conf)).hasSize(1);
        Path list = dir.resolve("files.txt");
        Files.writeString(
                list,
                "# two files\n" + corpus.resolve("snapping_tendon.wav") + "\n" + corpus.resolve("broken.wav") + "\n");
        assertThat(BatchJob.expand(List.of(list.toString()), conf)).hasSize(2);
    }

    @Test
    void command_badInput_exit2() {
        var cl = BatchCommand.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        assertThat(cl.execute(
                        dir.resolve("nothing-here").toString(),
                        "--out",
                        dir.resolve("x").toString(),
                        "--master",
                        "local[1]"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("nothing matches");
        assertThat(cl.execute(corpus.toString(), "--out", "x", "--mode", "sideways"))
                .isEqualTo(2);
    }
}
