package org.backcrack.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.app.analyze.AnalyzerTraining;
import org.backcrack.physics.scenario.CorpusPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backcrack train-analyzer}: refits the analyzer's classifier on simulated recordings and writes the model
 * file that {@code analyze}, {@code evaluate}, {@code serve} and {@code batch} load.
 */
@Command(
        name = "train-analyzer",
        mixinStandardHelpOptions = true,
        header = "Trains the analyzer's classifier on simulations; writes the model file it loads.",
        descriptionHeading = "%n",
        description = {
            "For developers: run it after a change to the simulator or to the analyzer's features, so "
                    + "that the classifier (is each transient a pop, a snap, a click of a grating or something else) "
                    + "fits them again. It simulates a corpus with exact labels, detects the transients in each "
                    + "recording, labels them from the truth and fits the classifier; the analyzer reads the model file "
                    + "from backcrack-acoustics' resources (docs/acoustics.md, Training). Deterministic: the same plan "
                    + "seed and count give the same file. The committed model was made with the example below.",
            "",
            "Then it calibrates the confidence the analyzer reports: for each model family in turn (docs/acoustics.md, "
                    + "Model families) the classifier is fitted again without the training recordings that family made a "
                    + "sound in, and run on --calibration-count recordings (plan seed --calibration-plan-seed) in which "
                    + "that family makes every sound of its class or sets the condition; whether each event it reports "
                    + "is right is what a logistic map per kind of event (Platt scaling) is fitted to. With --families "
                    + "physics there are no families to hold out and the map is fitted on --calibration-count "
                    + "recordings of the calibration plan seed (held-out seeds). With --families all this takes about "
                    + "seven minutes here (280 training and 18 x 20 calibration recordings).",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExample:%n",
        footer = {
            "  backcrack train-analyzer --count 280 --plan-seed 20261125 --families all --out \\",
            "  backcrack-acoustics/src/main/resources/org/backcrack/acoustics/classify/impulse-model.properties",
        })
final class TrainAnalyzerCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file to write.")
    Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "280", description = "Training recordings.")
    int count;

    @Option(
            names = "--plan-seed",
            paramLabel = "S",
            defaultValue = "" + AnalyzerTraining.TRAINING_PLAN_SEED,
            description = "Plan seed of the training corpus (default ${DEFAULT-VALUE}).")
    long planSeed;

    @Option(
            names = "--calibration-plan-seed",
            paramLabel = "S",
            defaultValue = "" + AnalyzerTraining.CALIBRATION_PLAN_SEED,
            description = "Plan seed of the calibration corpora (default ${DEFAULT-VALUE}; not the training seed, "
                    + "and not the held-out evaluation seed 20261127).")
    long calibrationSeed;

    @Option(
            names = "--calibration-count",
            paramLabel = "N",
            defaultValue = "" + AnalyzerTraining.CALIBRATION_COUNT,
            description = "Calibration recordings per held-out family (default ${DEFAULT-VALUE}).")
    int calibrationCount;

    @Option(
            names = "--calibration-events",
            paramLabel = "FILE.csv",
            description = "Also write the events the confidence maps were fitted on (kind, class probability,"
                    + " level over the noise, clicks, right or wrong, the family held out"
                    + " when it was heard), to study the calibration without retraining.")
    Path calibrationEvents;

    @CommandLine.Mixin
    FamilyOptions families;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CorpusPlan.FamilyChoice choice = families.choice();
        if (count < 1 || count > 100_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--count was " + count + "; accepted: 1 to 100000 training recordings");
        }
        if (calibrationCount < 1 || calibrationCount > 5000 || calibrationSeed == planSeed) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--calibration-count must be 1 to 5000 and --calibration-plan-seed differ from --plan-seed");
        }
        AnalyzeCommand.Progress progress = new AnalyzeCommand.Progress(
                spec.commandLine().getErr(), count + AnalyzerTraining.calibrationRecordings(choice, calibrationCount));
        AnalyzerTraining.Calibrated calibrated = AnalyzerTraining.trainCalibrated(
                planSeed, count, choice, calibrationSeed, calibrationCount, i -> progress.step(0));
        AnalyzerModel model = calibrated.model();
        progress.done();
        if (calibrationEvents != null) {
            writeEvents(calibrationEvents, calibrated.pool());
        }
        String command = "backcrack train-analyzer --count " + count + " --plan-seed " + planSeed
                + families.asArguments()
                + (calibrationSeed == AnalyzerTraining.CALIBRATION_PLAN_SEED
                        ? ""
                        : " --calibration-plan-seed " + calibrationSeed)
                + (calibrationCount == AnalyzerTraining.CALIBRATION_COUNT
                        ? ""
                        : " --calibration-count " + calibrationCount);
        write(out, model.file(command));
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + out + " (" + command + ")");
        if (calibrationEvents != null) {
            o.println("wrote " + calibrationEvents + " (" + calibrated.pool().size() + " calibration events)");
        }
        o.flush();
        return Cli.OK;
    }

    private static void writeEvents(Path file, List<AnalyzerTraining.CalibrationPoint> pool) throws IOException {
        StringBuilder csv = new StringBuilder("kind,p,snr_db,clicks,right,held_out\n");
        for (AnalyzerTraining.CalibrationPoint e : pool) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%.6g,%.3f,%d,%b,%s%n",
                    e.kind().id(),
                    e.confidence(),
                    e.features().snrDb(),
                    e.features().subClicks(),
                    e.right(),
                    e.heldOut() == null ? "" : e.heldOut()));
        }
        write(file, csv);
    }

    /** Writes a UTF-8 text file, creating its folder if needed. */
    private static void write(Path file, CharSequence text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
