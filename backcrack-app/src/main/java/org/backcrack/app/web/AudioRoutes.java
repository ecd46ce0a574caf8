package org.backcrack.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.app.AppError;
import org.backcrack.app.simulate.SimulationFiles;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.AudioReaders;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavReader;
import org.backcrack.core.audio.WavWriter;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.ScenarioJson;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.SimulationBudget;
import org.backcrack.physics.scenario.Simulator;

/**
 * {@code POST /api/v1/analyze} (a WAV recording in, its sound events out) and {@code POST /api/v1/simulate}
 * (a built-in scenario in, a simulated recording out). Limits are checked before anything is read: the
 * size from Content-Length, the duration from the decoded recording.
 */
final class AudioRoutes {
    private static final Set<String> WAV_TYPES =
            Set.of("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", "application/octet-stream");

    private static final Analyzer ANALYZER = Analyzer.standard();

    private final WebOptions options;
    private final HeavyWork heavy;

    AudioRoutes(WebOptions options, HeavyWork heavy) {
        this.options = options;
        this.heavy = heavy;
    }

    void analyze(Context ctx) throws Exception {
        String type = Http.mediaType(ctx);
        if (!WAV_TYPES.contains(type)) {
            throw new HttpProblem(
                    AppError.UPLOAD_NOT_WAV,
                    "Content-Type",
                    "send the recording as the request body with " + "Content-Type: audio/wav (got '"
                            + (type.isEmpty() ? "none" : type) + "').");
        }
        long length = ctx.contentLength();
        if (length > options.maxUploadBytes()) {
            throw tooLarge(length);
        }
        byte[] wav = ctx.bodyAsBytes();
        if (wav.length > options.maxUploadBytes()) {
            throw tooLarge(wav.length);
        }
        if (wav.length == 0) {
            throw new InputException(
                    AppError.UPLOAD_EMPTY, "file", "the recording is empty; send a WAV " + "file as the request body.");
        }
        AudioReaders.Detected detected = AudioReaders.detect(wav, wav.length);
        if (detected.kind() != AudioReaders.Kind.WAV && detected.kind() != AudioReaders.Kind.UNKNOWN) {
            // The web app takes WAV only (the record page converts in the browser); a FLAC or a compressed file
            // gets what it is and the command that converts it, as on the command line.
            throw new HttpProblem(
                    415,
                    CoreError.AUDIO_UNSUPPORTED_FORMAT,
                    "file",
                    AudioReaders.unsupported(
                                    detected,
                                    "the recording",
                                    "the web app",
                                    WavReader.ACCEPTED + " (backcrack analyze also reads FLAC)")
                            .getMessage());
        }
        AnalyzerResult a = heavy.run(() -> analyse(wav));
        Http.json(
                ctx,
                200,
                AnalyzeResponse.of(
                        a.duration(),
                        a.sampleRate(),
                        a.events().stream()
                                .flatMap(e -> e.asSoundEvent().stream())
                                .toList()));
    }

    private AnalyzerResult analyse(byte[] wav) {
        // The same path as 'backcrack analyze': the reader's sample format decides what is quantisation noise.
        // Nothing is sized by the header: the length is checked against the bytes received, and the analysis
        // streams through them in fixed blocks.
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "the recording")) {
            long frames = r.info().frames() >= 0
                    ? Math.min(r.info().frames(), wav.length / r.info().blockAlign())
                    : wav.length / r.info().blockAlign();
            double duration = frames / (double) r.info().sampleRate();
            if (duration > options.maxUploadSeconds()) {
                throw new InputException(
                        AppError.UPLOAD_TOO_LONG,
                        "file",
                        String.format(
                                Locale.ROOT,
                                "the recording lasts "
                                        + "%.1f s; at most %s s are analysed. Record only the movement that cracks, or cut the file.",
                                duration,
                                seconds(options.maxUploadSeconds())));
            }
            return ANALYZER.analyze(r, null);
        } catch (InputException e) {
            throw "file".equals(e.field()) ? e : new InputException(e.kind(), "file", e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    private HttpProblem tooLarge(long bytes) {
        return new HttpProblem(
                AppError.UPLOAD_TOO_LARGE,
                "file",
                "the recording has " + bytes + " bytes; at most "
                        + options.maxUploadBytes() + " are accepted (about " + (long) options.maxUploadSeconds()
                        + " seconds). Record a shorter clip, or mono at 44.1 or 48 kHz.");
    }

    void scenarios(Context ctx) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Scenario sc : BuiltInScenarios.all()) {
            list.addObject().put("name", sc.name()).put("description", sc.description());
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("scenarios", list);
        Http.json(ctx, 200, o);
    }

    /** The sound each class is heard best in, for {@code {"scenario": "cavitation"}} from the learn page. */
    private static final Map<String, String> BY_CLASS = Map.of(
            "cavitation",
            "lumbar_manipulation",
            "soft_tissue_snap",
            "snapping_tendon",
            "crepitus",
            "osteoarthritis_bend");

    /**
     * {@code {"scenario": NAME | CLASS | {scenario object}, "seed": N}} in; the simulated recording out as
     * {@code audio/wav}, with its labels (Audacity lines) in the {@code X-Backcrack-Labels} header, URL-encoded.
     */
    void simulate(Context ctx) throws Exception {
        JsonNode body = Http.body(ctx, "{\"scenario\": NAME}");
        JsonNode sc = body.get("scenario");
        Scenario scenario;
        if (sc != null && sc.isTextual()) {
            String name = BY_CLASS.getOrDefault(sc.asText(), sc.asText());
            scenario = BuiltInScenarios.named(name)
                    .orElseThrow(() -> new InputException(
                            AppError.SIMULATE_UNKNOWN_SCENARIO,
                            "scenario",
                            "unknown scenario '" + sc.asText() + "'; accepted: a sound class (" + BY_CLASS.keySet()
                                    + "), a built-in name (GET /api/v1/scenarios) or a scenario object"));
        } else if (sc != null && sc.isObject()) {
            scenario = ScenarioJson.read(sc.toString(), "request");
        } else {
            throw new InputException(
                    AppError.SIMULATE_NO_SCENARIO,
                    "scenario",
                    "send {\"scenario\": NAME} with a built-in " + "name or sound class, or a scenario object");
        }
        JsonNode seed = body.get("seed");
        if (seed != null && !seed.isNull()) {
            if (!seed.canConvertToLong() || seed.asLong() < 0) {
                throw new InputException(
                        AppError.SIMULATE_BAD_SEED, "seed", "seed must be a whole number >= 0, was " + seed);
            }
            scenario = scenario.withSeed(seed.asLong());
        }
        // Refused from its plan before any work: a small scenario can ask for days of physics (issue 13).
        Scenario run = scenario;
        Simulation sim = heavy.run(() -> Simulator.run(run, SimulationBudget.WEB));
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        WavWriter.write(
                sim.clip(), SampleFormat.fromId(scenario.recording().format()).orElse(SampleFormat.PCM_S16), wav);
        ctx.header("X-Backcrack-Labels", URLEncoder.encode(SimulationFiles.labelText(sim), StandardCharsets.UTF_8));
        ctx.status(200).contentType("audio/wav").result(wav.toByteArray());
    }
}
