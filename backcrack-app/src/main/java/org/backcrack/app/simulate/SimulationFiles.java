package org.backcrack.app.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavWriter;
import org.backcrack.core.labels.AudacityLabels;
import org.backcrack.physics.record.Recorder;
import org.backcrack.physics.scenario.ScenarioJson;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.TruthEvent;

/**
 * Writes a simulation as three files next to each other: {@code F.wav}, {@code F.txt} (Audacity labels,
 * {@code start<TAB>end<TAB>class}, one per event that is in the file: see {@link Simulation#labels}) and
 * {@code F.json} (the full truth, every pop, with its peak in the file). Nothing in them depends on the
 * clock or the machine, so the same scenario and seed give the same bytes.
 */
public final class SimulationFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SimulationFiles() {}

    /** @param wav the WAV path; the labels and truth go beside it with .txt and .json */
    public static List<Path> write(Simulation sim, Path wav) throws IOException {
        Path dir = wav.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String base = wav.getFileName().toString().replaceFirst("(?i)\\.wav$", "");
        Path labels = wav.resolveSibling(base + ".txt");
        Path truth = wav.resolveSibling(base + ".json");
        SampleFormat format =
                SampleFormat.fromId(sim.scenario().recording().format()).orElseThrow();
        WavWriter.write(sim.clip(), format, wav);
        try (Writer w = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            w.write(labelText(sim));
        }
        Files.writeString(truth, truthJson(sim), StandardCharsets.UTF_8);
        return List.of(wav, labels, truth);
    }

    public static String labelText(Simulation sim) throws IOException {
        List<SoundEvent> events = sim.labels();
        StringWriter w = new StringWriter();
        AudacityLabels.write(events, w);
        return w.toString();
    }

    public static String truthJson(Simulation sim) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("backcrack", "simulation truth");
        root.set("scenario", ScenarioJson.write(sim.scenario()));
        root.put("sample_rate", sim.clip().sampleRate());
        root.put("channels", sim.clip().channelCount());
        root.put("duration_s", round(sim.clip().duration()));
        root.put("clipped", sim.clipped());
        ArrayNode events = root.putArray("events");
        for (TruthEvent e : sim.events()) {
            ObjectNode o = events.addObject();
            o.put("onset", round(e.onset()));
            o.put("offset", round(e.offset()));
            o.put("class", e.soundClass().id());
            o.put("mechanism", e.mechanism().id());
            o.put("source", e.source());
            o.put("scenario_time_s", round(e.scenarioTime()));
            ObjectNode q = o.putObject("physics");
            for (Map.Entry<String, Double> kv : e.quantities().entrySet()) {
                q.put(kv.getKey(), significant(kv.getValue()));
            }
        }
        ArrayNode distractors = root.putArray("distractors");
        for (Recorder.DistractorSpan d : sim.distractors()) {
            distractors
                    .addObject()
                    .put("kind", d.kind())
                    .put("start", round(d.start()))
                    .put("end", round(d.end()));
        }
        ArrayNode windows = root.putArray("windows");
        for (double[] w : sim.windows()) {
            windows.addObject()
                    .put("scenario_start_s", round(w[0]))
                    .put("scenario_end_s", round(w[1]))
                    .put("recording_start_s", round(w[2]));
        }
        ArrayNode joints = root.putArray("joints");
        for (Simulation.JointHistory j : sim.joints()) {
            ObjectNode o = joints.addObject();
            o.put("joint", j.joint());
            ArrayNode pops = o.putArray("pops_scenario_s");
            j.pops().forEach(t -> pops.add(round(t)));
            o.put("refractory_until_s", round(j.refractoryUntil()));
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static double significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }
}
