package org.backcrack.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcrack.app.AppError;
import org.backcrack.app.simulate.SimulationFiles;
import org.backcrack.core.InputException;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack corpus}: a varied set of simulated recordings with their labels, for evaluation. */
@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        header = "Writes a corpus of simulated recordings with exact labels (for evaluate and for peers).",
        descriptionHeading = "%n",
        description = {
            "Each recording is a built-in scenario with a new seed and random recording conditions: 16–96 kHz, "
                    + "every sample format, mono or stereo, event-to-noise ratio 6–40 dB, air microphone or "
                    + "contact sensor, sometimes hum, rumble or DC offset, and up to five distractors (speech, "
                    + "rustle, taps, beeps) that must not be reported. Writes NAME.wav, NAME.txt and NAME.json for "
                    + "each. The analyzer's model was trained on plan seed 20261125; use any other seed for "
                    + "held-out corpora.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  backcrack corpus --out heldout --count 100 --plan-seed 1 && backcrack evaluate heldout"})
final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write into.")
    Path out;

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "100",
            description = "Recordings (default ${DEFAULT-VALUE}).")
    int count;

    @Option(
            names = "--plan-seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the plan " + "(default ${DEFAULT-VALUE}).")
    long planSeed;

    @CommandLine.Mixin
    FamilyOptions families;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 100_000) {
            throw new InputException(
                    AppError.CORPUS_BAD_COUNT, "--count", "--count was " + count + "; accepted: 1 to 100000");
        }
        List<Scenario> plan = CorpusPlan.plan(planSeed, count, families.choice());
        AnalyzeCommand.Progress progress =
                new AnalyzeCommand.Progress(spec.commandLine().getErr(), count);
        double seconds = 0;
        for (Scenario s : plan) {
            var sim = Simulator.run(s);
            try {
                SimulationFiles.write(sim, out.resolve(s.name() + ".wav"));
            } catch (IOException e) {
                throw new InputException(
                        AppError.CORPUS_UNWRITABLE, "--out", "could not write into " + out + ": " + e.getMessage());
            }
            seconds += sim.clip().duration();
            progress.step(sim.clip().duration());
        }
        progress.done();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %d recordings (%.0f s of audio) with labels and truth to %s%n", count, seconds, out);
        o.flush();
        return Cli.OK;
    }
}
