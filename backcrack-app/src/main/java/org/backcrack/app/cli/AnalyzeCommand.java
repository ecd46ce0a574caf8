package org.backcrack.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.app.AppError;
import org.backcrack.app.analyze.AnalyzerResultFormats;
import org.backcrack.app.analyze.RecordingFileAnalyzer;
import org.backcrack.app.plot.SoundPlot;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.AudioReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcrack analyze}: finds joint sounds in recordings and classifies them. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        header = "Finds the pops, snaps and grating in a recording and says which mechanism made each.",
        descriptionHeading = "%n",
        description = {
            "Reads WAV files (PCM 8/16/24/32-bit or float, 1 to 64 channels, any sample rate from 8 to 192 kHz) and "
                    + "FLAC files (8/16/24-bit, 1 to 8 channels), streaming, so hours of audio fit in little memory; "
                    + "a WAV file of six minutes or more is read on every processor at once, with the same events. "
                    + "Each transient is measured (level, rise, decay, pitch, spectrum, context) and classified as "
                    + "cavitation (a gas pop), soft_tissue_snap (a tendon or ligament over bone) or crepitus (grating: "
                    + "a train of clicks or a stretch of grinding noise, reported as one event); speech, rustle, taps, beeps, "
                    + "chimes and the pieces of a long loud sound such as an explosion are ignored; an event "
                    + "below --min-confidence is unclassified. A directory means every .wav and .flac in it. A "
                    + "compressed file (MP3, M4A, Ogg, WebM) is refused with the ffmpeg or sox command that converts "
                    + "it.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack analyze my-back.wav",
            "  backcrack analyze archive/my-back.flac --channel 1",
            "  backcrack analyze my-back.wav --format labels > my-back.txt     (open both in Audacity)",
            "  backcrack analyze recordings/ --format json",
            "  backcrack analyze recordings/ --labels-dir estimates/           (then: backcrack evaluate)",
            "  backcrack analyze my-back.wav --plot my-back.png",
        })
final class AnalyzeCommand implements Callable<Integer> {
    /** The longest recording --plot draws. */
    static final int PLOT_MAX_SECONDS = 1800;

    enum Format {
        text,
        json,
        labels
    }

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description = "Recordings (WAV or FLAC), or directories " + "of them.")
    List<Path> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (a table and a summary), json, or labels (Audacity: start, end, class). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--channel", paramLabel = "N", description = "Analyse only channel N (0-based) instead of the mix.")
    Integer channel;

    @Option(
            names = "--min-confidence",
            paramLabel = "P",
            defaultValue = "0.5",
            description =
                    "Each event's confidence is the probability that it is right, calibrated on model families the "
                            + "classifier did not see (docs/acoustics.md, Confidence); below this an event is unclassified "
                            + "rather than given a class (0 to 1, default ${DEFAULT-VALUE}: more likely wrong than right).")
    double minConfidence;

    @Option(
            names = "--plot",
            paramLabel = "F.png",
            description = "Draw the waveform and spectrogram with the events" + " marked by class (one input file).")
    Path plot;

    @Option(
            names = "--labels-dir",
            paramLabel = "DIR",
            description = "Also write NAME.txt labels for each NAME.wav " + "or NAME.flac into DIR.")
    Path labelsDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new InputException(
                    AppError.ANALYZE_BAD_CONFIDENCE,
                    "--min-confidence",
                    "--min-confidence was " + minConfidence + "; accepted: a probability from 0 to 1");
        }
        List<Path> files = expand(inputs);
        if (plot != null && files.size() != 1) {
            throw new InputException(
                    AppError.ANALYZE_PLOT_NEEDS_ONE_FILE,
                    "--plot",
                    "--plot draws one recording; give exactly " + "one file (" + files.size() + " given)");
        }
        Analyzer analyzer = Analyzer.standard().withMinConfidence(minConfidence);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // JSON results only as JSON is asked for: setting Jackson up is a tenth of a second of start-up.
        List<ObjectNode> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Progress progress = new Progress(err, files.size());
        for (Path f : files) {
            AnalyzerResult a;
            try {
                a = RecordingFileAnalyzer.analyze(f, channel, analyzer);
            } catch (InputException e) {
                if (files.size() == 1) {
                    throw e;
                }
                failures.add(f + ": " + e.getMessage());
                progress.step(0);
                continue;
            }
            progress.step(a.duration());
            switch (format) {
                case text -> out.print(AnalyzerResultFormats.text(f.toString(), a));
                case json -> all.add(AnalyzerResultFormats.json(f.toString(), a));
                case labels -> out.print(AnalyzerResultFormats.labels(a));
            }
            if (labelsDir != null) {
                Path labels = labelsDir.resolve(baseName(f) + ".txt");
                try {
                    Files.createDirectories(labelsDir);
                    Files.writeString(labels, AnalyzerResultFormats.labels(a), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw unwritable("--labels-dir", labels, e);
                }
            }
            if (plot != null) {
                AudioClip clip;
                try (AudioReader r = AudioReaders.open(f)) {
                    // A picture of more than half an hour is unreadable, and its samples would not fit a small heap.
                    clip = r.readAll((long) PLOT_MAX_SECONDS * r.info().sampleRate());
                }
                float[] mono = clip.channel(channel == null ? 0 : channel);
                try {
                    SoundPlot.write(
                            plot,
                            List.of(
                                    SoundPlot.waveform(
                                            mono,
                                            clip.sampleRate(),
                                            a.events().stream()
                                                    .flatMap(e -> e.asSoundEvent().stream())
                                                    .toList(),
                                            f.getFileName() + ": detected events"),
                                    SoundPlot.spectrogram(
                                            mono,
                                            clip.sampleRate(),
                                            Math.min(5000, clip.sampleRate() / 2.0),
                                            "Spectrogram")),
                            List.of());
                } catch (IOException e) {
                    throw unwritable("--plot", plot, e);
                }
            }
        }
        progress.done();
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(
                    files.size() == 1 && all.size() == 1
                            ? all.get(0)
                            : mapper.createArrayNode().addAll(all)));
        }
        out.flush();
        if (!failures.isEmpty()) {
            for (String f : failures) {
                err.println("backcrack: " + f);
            }
            err.println("backcrack: " + failures.size() + " of " + files.size() + " files could not be analysed.");
            err.flush();
            return Cli.BAD_INPUT;
        }
        return Cli.OK;
    }

    private static InputException unwritable(String option, Path to, IOException e) {
        return new InputException(
                AppError.ANALYZE_UNWRITABLE,
                option,
                to + " could not be written (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); give " + option
                        + " a place where files can be written");
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(AnalyzeCommand::isRecording).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new InputException(
                        AppError.ANALYZE_NO_SUCH_FILE,
                        p.toString(),
                        p + " does not exist; give WAV or FLAC " + "files or directories of them");
            }
        }
        if (files.isEmpty()) {
            throw new InputException(
                    AppError.ANALYZE_NO_WAV, inputs.get(0).toString(), "no .wav or .flac files in " + inputs);
        }
        return files;
    }

    /** What a directory's recordings are: its .wav and .flac files (the reader then goes by their contents). */
    static boolean isRecording(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".wav") || name.endsWith(".flac");
    }

    /** A recording's name without its .wav or .flac, for the NAME.txt labels beside or for it. */
    static String baseName(Path p) {
        return p.getFileName().toString().replaceFirst("(?i)\\.(wav|flac)$", "");
    }

    /** A progress line on the terminal (only when there is one, and only for more than a moment of work). */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean show = org.backcrack.core.Terminal.isInteractive();
        private final long start = System.nanoTime();
        private int done;
        private double seconds;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void step(double audioSeconds) {
            done++;
            seconds += audioSeconds;
            if (show && System.nanoTime() - start > 1_000_000_000L) {
                int width = 30;
                int filled = (int) Math.round(width * done / (double) total);
                err.printf(
                        "\r[%s%s] %d/%d files, %.0f s of audio",
                        "#".repeat(filled), ".".repeat(width - filled), done, total, seconds);
                err.flush();
            }
        }

        void done() {
            if (show && System.nanoTime() - start > 1_000_000_000L) {
                err.println();
                err.flush();
            }
        }
    }
}
