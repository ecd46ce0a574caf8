package org.backcrack.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.acoustics.evaluate.EventEvaluation;
import org.backcrack.acoustics.evaluate.NegativeAudio;
import org.backcrack.acoustics.evaluate.Reliability;
import org.backcrack.acoustics.evaluate.Scores;
import org.backcrack.app.AppError;
import org.backcrack.app.analyze.AnalyzerTraining;
import org.backcrack.app.analyze.FamilyHoldout;
import org.backcrack.app.analyze.NegativesCheck;
import org.backcrack.app.analyze.RecordingFileAnalyzer;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.AudioReaders;
import org.backcrack.core.labels.AudacityLabels;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.scenario.CorpusPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcrack evaluate}: scores the analyzer (or any labels) against reference labels. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        header = "Scores detected events against reference labels: precision, recall, F1, confusion.",
        descriptionHeading = "%n",
        description = {
            "Event-based and one to one, as in DCASE/sed_eval: an estimate matches a reference event of the same "
                    + "class when its onset is within 30 ms (cavitation, soft_tissue_snap), or, for crepitus, its "
                    + "onset within 250 ms and its offset within max(250 ms, half the reference's length). Reports "
                    + "per-class and overall (micro-averaged) precision, recall and F1, the class-agnostic "
                    + "detection scores, and the confusion matrix.",
            "",
            "With CORPUS_DIR, every NAME.wav or NAME.flac that has a NAME.txt reference is analysed and scored. With "
                    + "--reference and --estimate, label files of the same names are compared (any tool's output).",
            "",
            "With --negatives DIR, every WAV or FLAC file under DIR is audio with no joint sounds in it (speech, chimes, game "
                    + "sounds): each is analysed as it is, and again inside a recording — a second of pink noise "
                    + "before and after it and under it, --noise-floor-db under its RMS. Every event reported is a "
                    + "false one, unclassified or not; the figures are false events per 10 minutes, and how many "
                    + "of them were given a class.",
            "",
            "With CORPUS_DIR and --mix-under DIR, the files under DIR are laid end to end and looped under every "
                    + "recording of the corpus (their RMS --mix-level-db under that of its quietest labelled event) before it is "
                    + "analysed: how well joint sounds are still found with a voice or a television behind them.",
            "",
            "With --holdout-family F, the classifier is trained without model family F (docs/acoustics.md, Model "
                    + "families), its confidence calibrated without F (as train-analyzer does, over the other families), "
                    + "and it is scored on a simulated corpus in which F makes every sound of its class or sets every "
                    + "recording's condition: how the analyzer does on sounds it was not designed on.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack corpus --out heldout --count 100 && backcrack evaluate heldout",
            "  backcrack evaluate --reference heldout --estimate estimates --format json",
            "  backcrack-bench/scripts/negative-audio.sh negatives && backcrack evaluate --negatives negatives/heldout",
            "  backcrack evaluate heldout --mix-under negatives/heldout",
            "  backcrack evaluate --holdout-family snap.thud",
        })
final class EvaluateCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(
            paramLabel = "CORPUS_DIR",
            arity = "0..1",
            description = "Directory of NAME.wav (or NAME.flac) + " + "NAME.txt pairs.")
    Path corpus;

    @Option(names = "--reference", paramLabel = "DIR", description = "Directory of reference label files.")
    Path reference;

    @Option(names = "--estimate", paramLabel = "DIR", description = "Directory of estimated label files (same names).")
    Path estimate;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json " + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--min-confidence",
            paramLabel = "P",
            defaultValue = "0.5",
            description = "With CORPUS_DIR, --negatives or --holdout-family: the "
                    + "analyzer's confidence threshold, as for analyze (default ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(
            names = "--negatives",
            paramLabel = "DIR",
            description = "Count false events in the WAV and FLAC files under DIR, "
                    + "audio with no joint sounds (see above).")
    Path negatives;

    @Option(
            names = "--noise-floor-db",
            paramLabel = "DB",
            defaultValue = "30",
            description = "With --negatives: "
                    + "the noise floor's RMS under each file's RMS, dB (default ${DEFAULT-VALUE}).")
    double noiseFloorDb;

    @Option(
            names = "--mix-under",
            paramLabel = "DIR",
            description = "With CORPUS_DIR: lay the WAVs under DIR under "
                    + "every recording before analysing it (see above).")
    Path mixUnder;

    @Option(
            names = "--mix-level-db",
            paramLabel = "DB",
            defaultValue = "10",
            description =
                    "With --mix-under: the "
                            + "background's RMS under the RMS of the recording's quietest labelled event, dB (default ${DEFAULT-VALUE}).")
    double mixLevelDb;

    @Option(
            names = "--holdout-family",
            paramLabel = "F",
            description =
                    "Train the classifier without family F "
                            + "(e.g. snap.thud, condition.phone; 'all' for each in turn) and score it on a simulated corpus in which F "
                            + "makes every sound of its class; prints one row per family. Takes six to ten minutes a family here.")
    String holdoutFamily;

    @Option(
            names = "--train-count",
            paramLabel = "N",
            defaultValue = "280",
            description = "With --holdout-family: " + "training recordings (default ${DEFAULT-VALUE}).")
    int trainCount;

    @Option(
            names = "--calibration-count",
            paramLabel = "N",
            defaultValue = "" + AnalyzerTraining.CALIBRATION_COUNT,
            description = "With --holdout-family: calibration recordings for each other family, as in "
                    + "train-analyzer (default ${DEFAULT-VALUE}).")
    int calibrationCount;

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "60",
            description = "With --holdout-family: " + "recordings in each held-out corpus (default ${DEFAULT-VALUE}).")
    int evalCount;

    @Option(
            names = "--plan-seed",
            paramLabel = "S",
            defaultValue = "" + FamilyHoldout.EVALUATION_PLAN_SEED,
            description = "With --holdout-family: plan seed of the held-out corpora (default ${DEFAULT-VALUE}, never "
                    + "tuned on; develop on another).")
    long holdoutPlanSeed;

    @Option(
            names = "--reliability",
            description =
                    "With CORPUS_DIR: also the reliability of the reported "
                            + "confidence (every event's most probable class, whatever --min-confidence): ten bins, and the expected "
                            + "calibration error. With --holdout-family: the expected calibration error of each family's corpus.")
    boolean reliability;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Checked first: every mode (a corpus, --negatives, --holdout-family) runs the analyzer with it.
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new InputException(
                    AppError.EVALUATE_BAD_CONFIDENCE,
                    "--min-confidence",
                    "--min-confidence was " + minConfidence + "; accepted: a probability from 0 to 1");
        }
        if (negatives != null) {
            return negatives();
        }
        if (holdoutFamily != null) {
            return holdout();
        }
        if ((corpus == null) == (reference == null || estimate == null) || (reference == null) != (estimate == null)) {
            throw new InputException(
                    AppError.EVALUATE_USAGE,
                    corpus == null ? "--reference" : "CORPUS_DIR",
                    "give either "
                            + "CORPUS_DIR (NAME.wav or NAME.flac + NAME.txt pairs) or both --reference DIR and --estimate DIR");
        }
        List<EventEvaluation> parts = new ArrayList<>();
        Reliability calibration = new Reliability();
        int files = 0;
        if (corpus != null) {
            requireDir(corpus, "CORPUS_DIR");
            Analyzer analyzer = Analyzer.standard().withMinConfidence(minConfidence);
            List<Path> wavs = AnalyzeCommand.expand(List.of(corpus));
            NegativesCheck.Background background = null;
            if (reliability && mixUnder != null) {
                throw new InputException(
                        AppError.EVALUATE_USAGE,
                        "--reliability",
                        "--reliability goes with CORPUS_DIR alone, " + "not with --mix-under");
            }
            if (mixUnder != null) {
                requireDir(mixUnder, "--mix-under");
                if (!(mixLevelDb >= -40 && mixLevelDb <= 120)) {
                    throw new InputException(
                            AppError.EVALUATE_BAD_MIX_LEVEL,
                            "--mix-level-db",
                            "--mix-level-db was " + mixLevelDb
                                    + "; accepted: -40 to 120 dB under the quietest labelled event");
                }
                background = new NegativesCheck.Background(AnalyzeCommand.expand(List.of(mixUnder)));
            }
            AnalyzeCommand.Progress progress =
                    new AnalyzeCommand.Progress(spec.commandLine().getErr(), wavs.size());
            for (Path wav : wavs) {
                Path ref = wav.resolveSibling(AnalyzeCommand.baseName(wav) + ".txt");
                if (!Files.exists(ref)) {
                    continue;
                }
                AnalyzerResult a;
                if (background == null) {
                    a = RecordingFileAnalyzer.analyze(wav, null, analyzer);
                } else {
                    try (AudioReader r = AudioReaders.open(wav)) {
                        AudioClip clip = r.readAll((long)
                                (NegativesCheck.MAX_FILE_SECONDS * r.info().sampleRate()));
                        float[] under = background.at(clip.sampleRate());
                        // Each recording gets another stretch of the background, mixLevelDb under its quietest
                        // labelled event, so that every labelled event stands out of it.
                        long offset = (long) files * 7919L * clip.sampleRate() / 10;
                        double rms = NegativeAudio.quietestEventRms(clip, read(ref)) * Math.pow(10, -mixLevelDb / 20);
                        a = analyzer.forFormat(r.info().format())
                                .analyze(NegativeAudio.mixUnder(clip, under, rms, offset));
                    }
                }
                List<SoundEvent> est = a.events().stream()
                        .flatMap(e -> e.asSoundEvent().stream())
                        .toList();
                parts.add(EventEvaluation.of(read(ref), est, Collars.standard()));
                if (reliability) {
                    AnalyzerResult all = background == null
                            ? RecordingFileAnalyzer.analyze(wav, null, analyzer.withMinConfidence(0))
                            : null;
                    if (all != null) {
                        calibration.add(read(ref), all.events(), Collars.standard());
                    }
                }
                files++;
                progress.step(a.duration());
            }
            progress.done();
        } else {
            requireDir(reference, "--reference");
            requireDir(estimate, "--estimate");
            try (var s = Files.list(reference)) {
                for (Path ref :
                        s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Path est = estimate.resolve(ref.getFileName().toString());
                    if (!Files.exists(est)) {
                        throw new InputException(
                                AppError.EVALUATE_MISSING_ESTIMATE,
                                est.toString(),
                                "no estimate " + est + " for the reference " + ref
                                        + "; every reference needs an estimate of the same name");
                    }
                    parts.add(EventEvaluation.of(read(ref), read(est), Collars.standard()));
                    files++;
                }
            }
        }
        if (files == 0) {
            throw new InputException(
                    AppError.EVALUATE_NOTHING,
                    corpus != null ? corpus.toString() : reference.toString(),
                    "no NAME.wav or NAME.flac with a NAME.txt reference (or no .txt references) found");
        }
        EventEvaluation total = EventEvaluation.sum(parts);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = json(total, files);
            if (reliability) {
                ObjectNode r = o.putObject("reliability");
                r.put("expected_calibration_error", Math.round(calibration.expectedCalibrationError() * 1e4) / 1e4);
                var bins = r.putArray("bins");
                for (Reliability.Bin b : calibration.table()) {
                    var x = bins.addObject()
                            .put("from", b.from())
                            .put("to", b.to())
                            .put("events", b.events());
                    if (b.events() > 0) {
                        x.put("mean_confidence", Math.round(b.meanConfidence() * 1e4) / 1e4)
                                .put("share_right", Math.round(b.shareRight() * 1e4) / 1e4);
                    }
                }
            }
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(o));
        } else {
            out.print(text(total, files));
            if (reliability) {
                out.println("  reliability of the confidence (every event's most probable class):");
                out.printf(
                        Locale.ROOT,
                        "  %-12s %8s %16s %12s%n",
                        "confidence",
                        "events",
                        "mean confidence",
                        "share right");
                for (Reliability.Bin b : calibration.table()) {
                    if (b.events() > 0) {
                        out.printf(
                                Locale.ROOT,
                                "  %.1f-%.1f %11d %16.3f %12.3f%n",
                                b.from(),
                                b.to(),
                                b.events(),
                                b.meanConfidence(),
                                b.shareRight());
                    }
                }
                out.printf(Locale.ROOT, "  expected calibration error: %.3f%n", calibration.expectedCalibrationError());
            }
        }
        out.flush();
        return Cli.OK;
    }

    private int holdout() throws IOException {
        if (corpus != null || reference != null || estimate != null || mixUnder != null) {
            throw new InputException(
                    AppError.EVALUATE_USAGE,
                    "--holdout-family",
                    "--holdout-family stands alone: give no "
                            + "CORPUS_DIR, --reference, --estimate or --mix-under with it");
        }
        List<String> families =
                holdoutFamily.equals("all") ? Families.qualifiedNames() : List.of(FamilyOptions.check(holdoutFamily));
        checkCount("--train-count", trainCount, 20);
        checkCount("--count", evalCount, 1);
        checkCount("--calibration-count", calibrationCount, 1);
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode json = new ObjectMapper().createObjectNode();
        if (format == Format.text) {
            out.printf(
                    Locale.ROOT,
                    "held-out family: trained without it on %d recordings (plan seed %d), scored on %d "
                            + "(plan seed %d) where it makes every sound of its class%n",
                    trainCount,
                    AnalyzerTraining.TRAINING_PLAN_SEED,
                    evalCount,
                    holdoutPlanSeed);
            out.printf(
                    Locale.ROOT,
                    "  %-20s %10s %10s %10s %10s%s%n",
                    "family",
                    "cavitation",
                    "snap",
                    "crepitus",
                    "overall",
                    reliability ? String.format(Locale.ROOT, " %6s", "ECE") : "");
            out.flush();
        }
        for (String family : families) {
            AnalyzeCommand.Progress progress = new AnalyzeCommand.Progress(
                    spec.commandLine().getErr(),
                    trainCount
                            + AnalyzerTraining.calibrationRecordings(
                                    CorpusPlan.FamilyChoice.excluding(family), calibrationCount)
                            + evalCount);
            AnalyzerModel model;
            try {
                model = FamilyHoldout.trainWithout(family, trainCount, calibrationCount, i -> progress.step(0));
            } catch (IllegalArgumentException e) {
                throw new InputException(
                        AppError.EVALUATE_TRAINING_TOO_SMALL,
                        "--train-count",
                        "the training corpus of " + trainCount + " recordings is too small: " + e.getMessage()
                                + "; raise --train-count");
            }
            Reliability rel = reliability ? new Reliability() : null;
            EventEvaluation e = FamilyHoldout.score(
                    Analyzer.of(model).withMinConfidence(minConfidence),
                    holdoutPlanSeed,
                    evalCount,
                    CorpusPlan.FamilyChoice.only(family),
                    rel,
                    i -> progress.step(0));
            progress.done();
            if (format == Format.json) {
                ObjectNode row = json(e, evalCount);
                if (rel != null) {
                    row.put("expected_calibration_error", Math.round(rel.expectedCalibrationError() * 1e4) / 1e4);
                }
                json.set(family, row);
            } else {
                out.printf(
                        Locale.ROOT,
                        "  %-20s %10s %10s %10s %10s%s%n",
                        family,
                        f1(e.scores(SoundClass.CAVITATION)),
                        f1(e.scores(SoundClass.SOFT_TISSUE_SNAP)),
                        f1(e.scores(SoundClass.CREPITUS)),
                        f1(e.overall()),
                        rel == null ? "" : String.format(Locale.ROOT, " %6.3f", rel.expectedCalibrationError()));
                out.flush();
            }
        }
        if (format == Format.json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json));
        }
        out.flush();
        return Cli.OK;
    }

    /** F1 with the number of reference events, or a dash when the corpus has none of the class. */
    private static String f1(Scores s) {
        int refs = s.truePositives() + s.falseNegatives();
        return refs == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d)", s.f1(), refs);
    }

    private int negatives() throws IOException {
        if (corpus != null || reference != null || estimate != null || mixUnder != null) {
            throw new InputException(
                    AppError.EVALUATE_USAGE,
                    "--negatives",
                    "--negatives DIR stands alone: give no "
                            + "CORPUS_DIR, --reference, --estimate or --mix-under with it");
        }
        requireDir(negatives, "--negatives");
        if (!(noiseFloorDb >= 0 && noiseFloorDb <= 120)) {
            throw new InputException(
                    AppError.EVALUATE_BAD_NOISE_FLOOR,
                    "--noise-floor-db",
                    "--noise-floor-db was " + noiseFloorDb + "; accepted: 0 to 120 dB");
        }
        Analyzer analyzer = Analyzer.standard().withMinConfidence(minConfidence);
        List<Path> wavs = AnalyzeCommand.expand(List.of(negatives));
        if (wavs.isEmpty()) {
            throw new InputException(
                    AppError.EVALUATE_NOTHING, negatives.toString(), "no WAV files under " + negatives);
        }
        AnalyzeCommand.Progress progress =
                new AnalyzeCommand.Progress(spec.commandLine().getErr(), wavs.size());
        List<NegativesCheck.Row> rows = new ArrayList<>();
        for (Path wav : wavs) {
            NegativesCheck.Row row = NegativesCheck.check(wav, analyzer, noiseFloorDb);
            rows.add(row);
            progress.step(row.seconds());
        }
        progress.done();
        double seconds = rows.stream().mapToDouble(NegativesCheck.Row::seconds).sum();
        int asIs = rows.stream().mapToInt(NegativesCheck.Row::asIs).sum();
        int noisy = rows.stream().mapToInt(NegativesCheck.Row::noisy).sum();
        int asIsClassified =
                rows.stream().mapToInt(NegativesCheck.Row::asIsClassified).sum();
        int noisyClassified =
                rows.stream().mapToInt(NegativesCheck.Row::noisyClassified).sum();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("files", rows.size());
            o.put("seconds", Math.round(seconds * 10) / 10.0);
            o.put("noise_floor_db", noiseFloorDb);
            o.put("false_events_as_is", asIs);
            o.put("false_events_noise_floor", noisy);
            o.put("per_10_min_as_is", Math.round(asIs / seconds * 600 * 100) / 100.0);
            o.put("per_10_min_noise_floor", Math.round(noisy / seconds * 600 * 100) / 100.0);
            o.put("classified_as_is", asIsClassified);
            o.put("classified_noise_floor", noisyClassified);
            var list = o.putArray("by_file");
            for (NegativesCheck.Row r : rows) {
                list.addObject()
                        .put("file", r.file())
                        .put("seconds", Math.round(r.seconds() * 10) / 10.0)
                        .put("as_is", r.asIs())
                        .put("noise_floor", r.noisy())
                        .put("classified_as_is", r.asIsClassified())
                        .put("classified_noise_floor", r.noisyClassified());
            }
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "%d files, %.1f s of audio with no joint sounds%n", rows.size(), seconds);
            out.printf(Locale.ROOT, "  %-44s %8s %6s %12s%n", "file", "seconds", "as is", "noise floor");
            for (NegativesCheck.Row r : rows) {
                if (r.asIs() > 0 || r.noisy() > 0) {
                    out.printf(Locale.ROOT, "  %-44s %8.1f %6d %12d%n", r.file(), r.seconds(), r.asIs(), r.noisy());
                }
            }
            out.printf(Locale.ROOT, "  (files with no false event not listed)%n");
            out.printf(
                    Locale.ROOT,
                    "false events: %d as is, %d over a noise floor %.0f dB under the sound%n",
                    asIs,
                    noisy,
                    noiseFloorDb);
            out.printf(
                    Locale.ROOT,
                    "per 10 minutes: %.2f as is, %.2f over the noise floor%n",
                    asIs / seconds * 600,
                    noisy / seconds * 600);
            out.printf(
                    Locale.ROOT,
                    "of them given a class (cavitation, soft_tissue_snap or crepitus): %d as is, %d over the noise floor;"
                            + " the rest unclassified%n",
                    asIsClassified,
                    noisyClassified);
        }
        out.flush();
        return Cli.OK;
    }

    private static void requireDir(Path p, String field) {
        if (!Files.isDirectory(p)) {
            throw new InputException(AppError.EVALUATE_NOT_A_DIRECTORY, field, p + " is not a directory");
        }
    }

    /** A recording count for --holdout-family: from {@code least} to 5000, else bad input naming the option. */
    private static void checkCount(String option, int value, int least) {
        if (value < least || value > 5000) {
            throw new InputException(
                    AppError.EVALUATE_BAD_COUNT,
                    option,
                    option + " must be " + least + " to 5000 recordings, not " + value
                            + " (--train-count 20 to 5000, --count and --calibration-count 1 to 5000)");
        }
    }

    /** Reference or estimate labels; {@code unclassified} lines are not events of any class. */
    private static List<SoundEvent> read(Path file) throws IOException {
        List<SoundEvent> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (AudacityLabels.Label l : AudacityLabels.readRaw(r, file.toString())) {
                if (l.text().equals("unclassified")) {
                    continue;
                }
                SoundClass c = SoundClass.fromId(l.text())
                        .orElseThrow(() -> new InputException(
                                CoreError.LABELS_BAD_LINE,
                                file.toString(),
                                file + ": label '" + l.text() + "' is not cavitation, soft_tissue_snap, "
                                        + "crepitus or unclassified"));
                out.add(new SoundEvent(l.start(), l.end(), c));
            }
        }
        return out;
    }

    static String text(EventEvaluation e, int files) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d recording%s%n", files, files == 1 ? "" : "s"));
        sb.append(String.format(
                Locale.ROOT,
                "  %-18s %6s %6s %6s %10s %6s %6s%n",
                "class",
                "ref",
                "est",
                "match",
                "precision",
                "recall",
                "F1"));
        for (SoundClass c : SoundClass.values()) {
            row(sb, c.id(), e.scores(c));
        }
        row(sb, "overall", e.overall());
        row(sb, "any class (onsets)", e.classAgnostic());
        sb.append("  confusion (rows reference, columns estimate):\n");
        Map<String, Map<String, Integer>> m = e.confusion();
        sb.append(String.format(Locale.ROOT, "  %-18s", ""));
        for (String col : m.keySet()) {
            sb.append(String.format(Locale.ROOT, " %16s", col));
        }
        sb.append('\n');
        m.forEach((r, row) -> {
            sb.append(String.format(Locale.ROOT, "  %-18s", r));
            for (String col : m.keySet()) {
                sb.append(String.format(Locale.ROOT, " %16d", row.getOrDefault(col, 0)));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Scores s) {
        sb.append(String.format(
                Locale.ROOT,
                "  %-18s %6d %6d %6d %10.3f %6.3f %6.3f%n",
                name,
                s.truePositives() + s.falseNegatives(),
                s.truePositives() + s.falsePositives(),
                s.truePositives(),
                s.precision(),
                s.recall(),
                s.f1()));
    }

    static ObjectNode json(EventEvaluation e, int files) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("recordings", files);
        ObjectNode per = o.putObject("classes");
        for (SoundClass c : SoundClass.values()) {
            scores(per.putObject(c.id()), e.scores(c));
        }
        scores(o.putObject("overall"), e.overall());
        scores(o.putObject("any_class"), e.classAgnostic());
        ObjectNode conf = o.putObject("confusion");
        e.confusion().forEach((r, row) -> {
            ObjectNode x = conf.putObject(r);
            row.forEach(x::put);
        });
        return o;
    }

    private static void scores(ObjectNode o, Scores s) {
        o.put("true_positives", s.truePositives());
        o.put("false_positives", s.falsePositives());
        o.put("false_negatives", s.falseNegatives());
        o.put("precision", Math.round(s.precision() * 1e4) / 1e4);
        o.put("recall", Math.round(s.recall() * 1e4) / 1e4);
        o.put("f1", Math.round(s.f1() * 1e4) / 1e4);
    }
}
