package org.backcrack.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backcrack.app.AppError;
import org.backcrack.app.plot.SoundPlot;
import org.backcrack.app.simulate.SimulationFiles;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.joint.Cavitation;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.ScenarioJson;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.SimulationBudget;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;
import org.backcrack.physics.validation.ValidationTable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.IChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack simulate}: the physics of each cracking mechanism, written to WAV with its truth. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        header = "Simulates the sound of a back cracking from first principles, to WAV with exact labels.",
        descriptionHeading = "%n",
        description = {
            "Runs a scenario (a person, a part of the spine, a movement, a microphone) through the physics: "
                    + "gas cavitation in each facet joint (with the gas that must redissolve before the joint "
                    + "can pop again), tendons snapping over bone, worn cartilage grating, then tissue, air, "
                    + "sensor and noise. Writes F.wav, F.txt (Audacity labels: start, end, class) and F.json "
                    + "(every event's joint, mechanism and physical quantities). The same scenario and seed "
                    + "give the same bytes.",
            "",
            "A scenario is a built-in name (see --list) or a JSON file; print a built-in with "
                    + "--print-scenario to get a template to edit.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack simulate --list",
            "  backcrack simulate --scenario lumbar_manipulation --out out/thrust.wav --plot out/thrust.png",
            "  backcrack simulate --scenario refractory_twist --out out/refractory.wav",
            "  backcrack simulate --scenario morning_twist --print-scenario > my.json   (then edit it)",
            "  backcrack simulate --scenario my.json --seed 7 --out out/mine.wav",
            "  backcrack simulate --validate          the physics against closed forms and published figures",
        })
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--list", description = "List the built-in scenarios and exit.")
    boolean list;

    @Option(
            names = "--scenario",
            paramLabel = "NAME|FILE.json",
            description = "A built-in scenario or a scenario file.")
    String scenario;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for joint-to-joint variation, noise and " + "distractors (default: the scenario's).")
    Long seed;

    @Option(
            names = "--out",
            paramLabel = "F.wav",
            description = "Where to write the WAV; F.txt and F.json go beside it.")
    Path out;

    @Option(
            names = "--plot",
            paramLabel = "F.png",
            description =
                    "Also draw the waveform, spectrogram and the " + "first pop's bubble radius and radiated pressure.")
    Path plot;

    @Option(names = "--print-scenario", description = "Print the scenario as JSON (every field) and exit.")
    boolean printScenario;

    @Option(
            names = "--validate",
            description =
                    "Print the validation table (analytic checks and published " + "figures against ours) and exit.")
    boolean validate;

    @Option(
            names = "--seeds",
            paramLabel = "N",
            defaultValue = "20",
            description = "Seeds averaged by --validate (default: ${DEFAULT-VALUE}); the rows on manipulation thrusts"
                    + " use at least 100.")
    int seeds;

    @Option(
            names = "--family",
            paramLabel = "F",
            description = "Make a class's sounds, or the recording, with model "
                    + "family F instead of the physics (e.g. pop.burst, snap.thud, grating.friction, condition.phone; "
                    + "repeatable; docs/acoustics.md, Model families).")
    List<String> families = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            out.println("Built-in scenarios (backcrack simulate --scenario NAME --out F.wav):");
            for (Scenario s : BuiltInScenarios.all()) {
                out.printf("  %-22s %s%n", s.name(), s.description());
            }
            out.flush();
            return Cli.OK;
        }
        if (validate) {
            if (seeds < 1 || seeds > 1000) {
                throw new InputException(
                        AppError.SIMULATE_SEEDS, "--seeds", "--seeds was " + seeds + "; accepted: 1 to 1000");
            }
            out.println("| quantity | published or analytic | backcrack | reference | verdict |");
            out.println("|---|---|---|---|---|");
            for (ValidationTable.Row r : ValidationTable.compute(seeds)) {
                out.printf(
                        "| %s | %s | %s | %s | %s |%n", r.quantity(), r.reference(), r.ours(), r.source(), r.verdict());
            }
            out.flush();
            return Cli.OK;
        }
        if (scenario == null) {
            throw new InputException(
                    AppError.SIMULATE_NO_SCENARIO,
                    "--scenario",
                    "say which scenario to run: --scenario NAME " + "(one of " + names()
                            + ") or --scenario FILE.json; --list describes them");
        }
        Scenario s = load(scenario);
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (!families.isEmpty()) {
            Families f = s.families();
            for (String name : families) {
                f = f.with(FamilyOptions.check(name));
            }
            s = s.withFamilies(f);
            if (f.condition().equals("contact") || f.condition().equals("clipped")) {
                // These two are settings of the chain: a contact sensor, the loudest sound past full scale.
                s = s.withRecording(CorpusPlan.forCondition(
                        s.recording(), f.condition(), new java.util.SplittableRandom(s.seed())));
            }
        }
        if (printScenario) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ScenarioJson.write(s)));
            out.flush();
            return Cli.OK;
        }
        if (this.out == null && plot == null) {
            throw new InputException(
                    AppError.SIMULATE_NO_OUTPUT,
                    "--out",
                    "say where to write the sound: --out F.wav " + "(and optionally --plot F.png)");
        }
        Simulation sim = Simulator.run(s, SimulationBudget.COMMAND_LINE);
        List<Path> written = new ArrayList<>();
        try {
            if (this.out != null) {
                if (!this.out
                        .getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".wav")) {
                    throw new InputException(
                            AppError.SIMULATE_OUT_NOT_WAV, "--out", "--out must name a .wav file, was " + this.out);
                }
                written.addAll(SimulationFiles.write(sim, this.out));
            }
            if (plot != null) {
                drawPlot(sim, plot);
                written.add(plot);
            }
        } catch (IOException e) {
            throw new InputException(
                    AppError.SIMULATE_UNWRITABLE,
                    "--out",
                    "could not write " + e.getMessage()
                            + ": check that the directory exists or can be created and is writable");
        }
        summary(out, sim, written);
        return Cli.OK;
    }

    private static String names() {
        return String.join(
                ", ", BuiltInScenarios.all().stream().map(Scenario::name).toList());
    }

    /** Largest scenario file read, bytes: one written by --print-scenario is about 1 KiB. */
    static final int MAX_SCENARIO_BYTES = 1024 * 1024;

    private static Scenario load(String nameOrFile) {
        var builtIn = BuiltInScenarios.named(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InputException(
                    AppError.SIMULATE_UNKNOWN_SCENARIO,
                    "--scenario",
                    "'" + nameOrFile + "' is neither a " + "built-in scenario (" + names() + ") nor a readable file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_SCENARIO_BYTES + 1);
        } catch (IOException e) {
            throw new InputException(
                    AppError.SIMULATE_UNREADABLE, "--scenario", "could not read " + file + ": " + e.getMessage());
        }
        if (bytes.length > MAX_SCENARIO_BYTES) {
            throw new InputException(
                    AppError.SIMULATE_UNREADABLE,
                    "--scenario",
                    file + " is larger than " + MAX_SCENARIO_BYTES / 1024
                            + " KiB; a scenario file is a small JSON object (--print-scenario writes one)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(
                    AppError.SIMULATE_UNREADABLE,
                    "--scenario",
                    file + " is not UTF-8 text; a scenario file is a JSON object (--print-scenario writes one)");
        }
        return ScenarioJson.read(text, file.getFileName().toString().replaceFirst("\\.json$", ""));
    }

    private static void summary(PrintWriter out, Simulation sim, List<Path> written) {
        Map<SoundClass, Integer> counts = new EnumMap<>(SoundClass.class);
        for (TruthEvent e : sim.events()) {
            counts.merge(e.soundClass(), 1, Integer::sum);
        }
        out.printf(
                "%s: %.2f s at %d Hz, %d channel(s), %s%s%n",
                sim.scenario().name(),
                sim.clip().duration(),
                sim.clip().sampleRate(),
                sim.clip().channelCount(),
                sim.scenario().recording().format(),
                sim.clipped() ? " (clipped)" : "");
        out.printf(
                "  events: %d cavitation, %d soft_tissue_snap, %d crepitus; %d distractor(s)%n",
                counts.getOrDefault(SoundClass.CAVITATION, 0),
                counts.getOrDefault(SoundClass.SOFT_TISSUE_SNAP, 0),
                counts.getOrDefault(SoundClass.CREPITUS, 0),
                sim.distractors().size());
        for (Simulation.JointHistory j : sim.joints()) {
            if (!j.pops().isEmpty()) {
                out.printf(
                        "  %-14s popped at %s s; its gas is gone %.1f min after the last pop%n",
                        j.joint(),
                        String.join(
                                ", ",
                                j.pops().stream()
                                        .map(t -> String.format("%.3f", t))
                                        .toList()),
                        (j.refractoryUntil() - j.pops().get(j.pops().size() - 1)) / 60);
            }
        }
        for (Path p : written) {
            out.println("  wrote " + p);
        }
        out.flush();
    }

    private static void drawPlot(Simulation sim, Path png) throws IOException {
        float[] samples = sim.clip().channel(0);
        int fs = sim.clip().sampleRate();
        List<IChart> full = new ArrayList<>();
        full.add(SoundPlot.waveform(
                samples,
                fs,
                sim.events().stream().map(TruthEvent::asSoundEvent).toList(),
                sim.scenario().name() + ": recording with the true events"));
        full.add(SoundPlot.spectrogram(samples, fs, Math.min(5000, fs / 2.0), "Spectrogram"));
        List<XYChart> halves = new ArrayList<>();
        if (!sim.cavitations().isEmpty()) {
            Cavitation c = sim.cavitations().get(0);
            double[] r = c.bubble().radius();
            double[] p = c.bubble().pressure();
            double[] t = new double[r.length];
            double[] mm = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                t[i] = i * 1e3 / c.emission().sampleRate();
                mm[i] = r[i] * 1e3;
            }
            halves.add(
                    SoundPlot.line("Bubble radius, " + c.joint().name(), "time from pop (ms)", "radius (mm)", t, mm));
            halves.add(SoundPlot.line(
                    "Radiated pressure at 1 cm, " + c.joint().name(), "time from pop (ms)", "pressure (Pa)", t, p));
        }
        SoundPlot.write(png, full, halves);
    }
}
