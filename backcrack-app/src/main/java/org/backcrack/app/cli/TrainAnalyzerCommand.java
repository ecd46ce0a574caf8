package org.backcrack.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                    + "seed and count give the same file. The committed model was made with the example below."
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

    @CommandLine.Mixin
    FamilyOptions families;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AnalyzeCommand.Progress progress =
                new AnalyzeCommand.Progress(spec.commandLine().getErr(), count);
        CorpusPlan.FamilyChoice choice = families.choice();
        AnalyzerModel model = AnalyzerTraining.train(planSeed, count, choice, i -> progress.step(0));
        progress.done();
        String command =
                "backcrack train-analyzer --count " + count + " --plan-seed " + planSeed + families.asArguments();
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(out, model.file(command), StandardCharsets.UTF_8);
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + out + " (" + command + ")");
        o.flush();
        return Cli.OK;
    }
}
