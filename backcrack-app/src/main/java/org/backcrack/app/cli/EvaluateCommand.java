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
import org.backcrack.acoustics.Analysis;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.acoustics.evaluate.EventEvaluation;
import org.backcrack.acoustics.evaluate.Scores;
import org.backcrack.app.analyze.RecordingAnalysis;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.labels.AudacityLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcrack evaluate}: scores the analyzer (or any labels) against reference labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
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
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack corpus --out heldout --count 100 && backcrack evaluate heldout",
            "  backcrack evaluate --reference heldout --estimate estimates --format json",
        })
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "CORPUS_DIR", arity = "0..1", description = "Directory of NAME.wav (or NAME.flac) + "
            + "NAME.txt pairs.")
    Path corpus;

    @Option(names = "--reference", paramLabel = "DIR", description = "Directory of reference label files.")
    Path reference;

    @Option(names = "--estimate", paramLabel = "DIR", description = "Directory of estimated label files (same names).")
    Path estimate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0.5", description = "With CORPUS_DIR: the "
            + "analyzer's confidence threshold, as for analyze (default ${DEFAULT-VALUE}).")
    double minConfidence;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((corpus == null) == (reference == null || estimate == null) || (reference == null) != (estimate == null)) {
            throw new InputException("evaluate.usage", corpus == null ? "--reference" : "CORPUS_DIR", "give either "
                    + "CORPUS_DIR (NAME.wav or NAME.flac + NAME.txt pairs) or both --reference DIR and --estimate DIR");
        }
        List<EventEvaluation> parts = new ArrayList<>();
        int files = 0;
        if (corpus != null) {
            requireDir(corpus, "CORPUS_DIR");
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new InputException("evaluate.bad_confidence", "--min-confidence", "--min-confidence was "
                        + minConfidence + "; accepted: a probability from 0 to 1");
            }
            Analyzer analyzer = Analyzer.standard().withMinConfidence(minConfidence);
            AnalyzeCommand.Progress progress = null;
            List<Path> wavs = AnalyzeCommand.expand(List.of(corpus));
            progress = new AnalyzeCommand.Progress(spec.commandLine().getErr(), wavs.size());
            for (Path wav : wavs) {
                Path ref = wav.resolveSibling(AnalyzeCommand.baseName(wav) + ".txt");
                if (!Files.exists(ref)) {
                    continue;
                }
                Analysis a = RecordingAnalysis.analyze(wav, null, analyzer);
                List<SoundEvent> est = a.events().stream().flatMap(e -> e.asSoundEvent().stream()).toList();
                parts.add(EventEvaluation.of(read(ref), est, Collars.standard()));
                files++;
                progress.step(a.duration());
            }
            progress.done();
        } else {
            requireDir(reference, "--reference");
            requireDir(estimate, "--estimate");
            try (var s = Files.list(reference)) {
                for (Path ref : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Path est = estimate.resolve(ref.getFileName().toString());
                    if (!Files.exists(est)) {
                        throw new InputException("evaluate.missing_estimate", est.toString(), "no estimate " + est
                                + " for the reference " + ref + "; every reference needs an estimate of the same name");
                    }
                    parts.add(EventEvaluation.of(read(ref), read(est), Collars.standard()));
                    files++;
                }
            }
        }
        if (files == 0) {
            throw new InputException("evaluate.nothing", corpus != null ? corpus.toString() : reference.toString(),
                    "no NAME.wav or NAME.flac with a NAME.txt reference (or no .txt references) found");
        }
        EventEvaluation total = EventEvaluation.sum(parts);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(total, files)));
        } else {
            out.print(text(total, files));
        }
        out.flush();
        return Cli.OK;
    }

    private static void requireDir(Path p, String field) {
        if (!Files.isDirectory(p)) {
            throw new InputException("evaluate.not_a_directory", field, p + " is not a directory");
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
                SoundClass c = SoundClass.fromId(l.text()).orElseThrow(() -> new InputException("labels.bad_line",
                        file.toString(), file + ": label '" + l.text() + "' is not cavitation, soft_tissue_snap, "
                        + "crepitus or unclassified"));
                out.add(new SoundEvent(l.start(), l.end(), c));
            }
        }
        return out;
    }

    static String text(EventEvaluation e, int files) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d recording%s%n", files, files == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "  %-18s %6s %6s %6s %10s %6s %6s%n", "class", "ref", "est", "match",
                "precision", "recall", "F1"));
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
        sb.append(String.format(Locale.ROOT, "  %-18s %6d %6d %6d %10.3f %6.3f %6.3f%n", name,
                s.truePositives() + s.falseNegatives(), s.truePositives() + s.falsePositives(), s.truePositives(),
                s.precision(), s.recall(), s.f1()));
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
