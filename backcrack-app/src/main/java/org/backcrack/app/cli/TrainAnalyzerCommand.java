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

/** {@code backcrack train-analyzer}: refits the analyzer's classifier on simulated recordings. */
@Command(name = "train-analyzer", mixinStandardHelpOptions = true, hidden = true,
        header = "Trains the analyzer's transient classifier on a simulated corpus and writes the model file.",
        description = {"Deterministic: the same plan seed and count give the same file. The committed model was made "
                + "with the example below."},
        footerHeading = "%nExample:%n",
        footer = {"  backcrack train-analyzer --count 280 --out "
                + "backcrack-acoustics/src/main/resources/org/backcrack/acoustics/classify/impulse-model.properties --families all"})
final class TrainAnalyzerCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file to write.")
    Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "280", description = "Training recordings.")
    int count;

    @Option(names = "--plan-seed", paramLabel = "S", defaultValue = "" + AnalyzerTraining.TRAINING_PLAN_SEED,
            description = "Plan seed of the training corpus (default ${DEFAULT-VALUE}).")
    long planSeed;

    @CommandLine.Mixin
    FamilyOptions families;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AnalyzeCommand.Progress progress = new AnalyzeCommand.Progress(spec.commandLine().getErr(), count);
        CorpusPlan.FamilyChoice choice = families.choice();
        AnalyzerModel model = AnalyzerTraining.train(planSeed, count, choice, i -> progress.step(0));
        progress.done();
        String command = "backcrack train-analyzer --count " + count + " --plan-seed " + planSeed + families.asArguments();
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
