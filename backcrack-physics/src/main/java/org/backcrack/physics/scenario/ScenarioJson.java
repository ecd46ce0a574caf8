package org.backcrack.physics.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.PhysicsError;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.joint.CavitationSource;
import org.backcrack.physics.joint.SpineRegion;
import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.motion.MovementType;
import org.backcrack.physics.record.RecordingSettings;
import org.backcrack.physics.record.Sensor;

/**
 * Scenario files: JSON in and out. Every field is optional (a missing one takes the default shown by
 * {@code backcrack simulate --scenario NAME --print-scenario}); an unknown field, a wrong type or a value
 * outside its physical range is refused with the JSON path of the problem and what is accepted. All
 * problems are reported at once. {@code families} and {@code cavitation_source} ({@code inception}, the
 * default, or {@code partial_collapse}) are written out only when they are not the default.
 */
public final class ScenarioJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();
    private String firstPath;

    private ScenarioJson() {}

    /** Reads a scenario file's text; {@code name} is used when the file has none. */
    public static Scenario read(String json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(
                    PhysicsError.SCENARIO_BAD_JSON,
                    null,
                    "the scenario is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): "
                            + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(
                    PhysicsError.SCENARIO_BAD_JSON,
                    "$",
                    "a scenario must be a JSON object, like "
                            + "the one 'backcrack simulate --scenario stretch_after_sitting --print-scenario' prints");
        }
        return new ScenarioJson().parse((ObjectNode) root, name);
    }

    private Scenario parse(ObjectNode root, String fallbackName) {
        known(
                root,
                "$",
                Set.of(
                        "name",
                        "description",
                        "seed",
                        "person",
                        "region",
                        "movement",
                        "recording",
                        "families",
                        "cavitation_source"));
        String name = text(root, "$.name", "name", fallbackName);
        String description = text(root, "$.description", "description", "");
        long seed = (long) number(root, "$.seed", "seed", 1, 0, 9.0e15, true);

        ObjectNode p = object(root, "$.person", "person");
        known(
                p,
                "$.person",
                Set.of("age", "osteoarthritis_grade", "bone_spurs", "muscle_tightness", "hours_static", "fatigue"));
        double age = number(p, "$.person.age", "age", 35, 10, 100, false);
        int grade = (int) number(p, "$.person.osteoarthritis_grade", "osteoarthritis_grade", 0, 0, 4, true);
        int spurs = (int) number(p, "$.person.bone_spurs", "bone_spurs", 0, 0, 10, true);
        double tight = number(p, "$.person.muscle_tightness", "muscle_tightness", 0.3, 0, 1, false);
        double hours = number(p, "$.person.hours_static", "hours_static", 0, 0, 24, false);
        double fatigue = number(p, "$.person.fatigue", "fatigue", 0, 0, 1, false);

        String regionId = choice(root, "$.region", "region", "lower_back", List.of("neck", "upper_back", "lower_back"));
        ObjectNode m = object(root, "$.movement", "movement");
        known(
                m,
                "$.movement",
                Set.of(
                        "type",
                        "amplitude_deg",
                        "speed_deg_per_s",
                        "repetitions",
                        "interval_s",
                        "side",
                        "start_times_s"));
        String type = choice(
                m, "$.movement.type", "type", "twist", List.of("stretch", "twist", "bend", "thrust", "flex_extend"));
        double amplitude = number(m, "$.movement.amplitude_deg", "amplitude_deg", 30, 0.5, 90, false);
        double speed = number(m, "$.movement.speed_deg_per_s", "speed_deg_per_s", 60, 1, 2000, false);
        int reps = (int) number(m, "$.movement.repetitions", "repetitions", 1, 1, 1000, true);
        double interval = number(m, "$.movement.interval_s", "interval_s", 4, 0, 86_400, false);
        String side = choice(m, "$.movement.side", "side", "right", List.of("left", "right"));
        double[] starts = null;
        if (m.has("start_times_s") && !m.get("start_times_s").isNull()) {
            JsonNode arr = m.get("start_times_s");
            if (!arr.isArray() || arr.isEmpty()) {
                problem(
                        "$.movement.start_times_s",
                        "must be a non-empty array of times in seconds, like [0.5, 60, 300]");
            } else {
                starts = new double[arr.size()];
                for (int i = 0; i < arr.size(); i++) {
                    JsonNode v = arr.get(i);
                    if (!v.isNumber()
                            || v.asDouble() < 0
                            || v.asDouble() > 86_400
                            || (i > 0 && v.asDouble() <= starts[i - 1])) {
                        problem(
                                "$.movement.start_times_s[" + i + "]",
                                "was " + v + "; accepted: increasing times from " + "0 to 86400 s");
                    } else {
                        starts[i] = v.asDouble();
                    }
                }
            }
        }

        ObjectNode r = object(root, "$.recording", "recording");
        known(
                r,
                "$.recording",
                Set.of(
                        "sensor",
                        "distance_m",
                        "tissue_depth_m",
                        "sample_rate",
                        "format",
                        "channels",
                        "snr_db",
                        "hum_db",
                        "rumble",
                        "dc_offset",
                        "headroom_db",
                        "distractors",
                        "window_s"));
        String sensor = choice(
                r,
                "$.recording.sensor",
                "sensor",
                "air_microphone",
                List.of("air_microphone", "contact_accelerometer", "piezo"));
        double distance = number(r, "$.recording.distance_m", "distance_m", 0.1, 0.01, 2, false);
        double depth = number(r, "$.recording.tissue_depth_m", "tissue_depth_m", 0.04, 0.005, 0.15, false);
        int rate = (int) number(r, "$.recording.sample_rate", "sample_rate", 48_000, 8_000, 192_000, true);
        List<String> formats = new ArrayList<>();
        for (SampleFormat f : SampleFormat.values()) {
            formats.add(f.id());
        }
        String format = choice(r, "$.recording.format", "format", "pcm_s16", formats);
        int channels = (int) number(r, "$.recording.channels", "channels", 1, 1, 2, true);
        double snr = number(r, "$.recording.snr_db", "snr_db", 30, -10, 80, false);
        Double hum = r.has("hum_db") && !r.get("hum_db").isNull()
                ? number(r, "$.recording.hum_db", "hum_db", 0, -40, 40, false)
                : null;
        boolean rumble = bool(r, "$.recording.rumble", "rumble", false);
        double dc = number(r, "$.recording.dc_offset", "dc_offset", 0, -0.5, 0.5, false);
        double headroom = number(r, "$.recording.headroom_db", "headroom_db", 6, -20, 60, false);
        List<String> distractors = new ArrayList<>();
        if (r.has("distractors") && !r.get("distractors").isNull()) {
            JsonNode arr = r.get("distractors");
            if (!arr.isArray()) {
                problem("$.recording.distractors", "must be an array of " + RecordingSettings.KINDS);
            } else {
                for (int i = 0; i < arr.size(); i++) {
                    String d = arr.get(i).asText();
                    if (!arr.get(i).isTextual() || !RecordingSettings.KINDS.contains(d)) {
                        problem(
                                "$.recording.distractors[" + i + "]",
                                "was " + arr.get(i) + "; accepted: one of " + RecordingSettings.KINDS);
                    } else {
                        distractors.add(d);
                    }
                }
            }
        }
        Double window = r.has("window_s") && !r.get("window_s").isNull()
                ? number(r, "$.recording.window_s", "window_s", 1, 0.1, 600, false)
                : null;

        // Which model makes each class of sound, and the recording condition (docs/acoustics.md).
        ObjectNode fam = object(root, "$.families", "families");
        known(fam, "$.families", Set.of("pop", "snap", "grating", "condition"));
        Families families = new Families(
                choice(fam, "$.families.pop", "pop", Families.PHYSICS, Families.POPS),
                choice(fam, "$.families.snap", "snap", Families.PHYSICS, Families.SNAPS),
                choice(fam, "$.families.grating", "grating", Families.PHYSICS, Families.GRATINGS),
                choice(fam, "$.families.condition", "condition", "plain", Families.CONDITIONS));

        // Which moment of a joint's cavitation is heard (docs/science.md section 2).
        String source = choice(
                root,
                "$.cavitation_source",
                "cavitation_source",
                CavitationSource.INCEPTION.id(),
                CavitationSource.ids());

        if (!problems.isEmpty()) {
            throw new InputException(
                    PhysicsError.SCENARIO_INVALID,
                    firstPath,
                    (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in the scenario:\n  - "
                            + String.join("\n  - ", problems));
        }
        try {
            Movement movement = new Movement(
                    MovementType.fromId(type).orElseThrow(),
                    amplitude,
                    speed,
                    starts == null ? reps : starts.length,
                    interval,
                    side);
            RecordingSettings recording = new RecordingSettings(
                    Sensor.fromId(sensor).orElseThrow(),
                    distance,
                    depth,
                    rate,
                    format,
                    channels,
                    snr,
                    hum,
                    rumble,
                    dc,
                    headroom,
                    distractors,
                    window);
            return new Scenario(
                    name,
                    description,
                    new Person(age, grade, spurs, tight, hours, fatigue),
                    SpineRegion.fromId(regionId).orElseThrow(),
                    movement,
                    starts,
                    recording,
                    seed,
                    families,
                    CavitationSource.fromId(source).orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    PhysicsError.SCENARIO_INVALID,
                    "$.movement",
                    "the scenario is not physically possible: " + e.getMessage());
        }
    }

    /** The scenario as JSON, every field written out (a template to edit). */
    public static ObjectNode write(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", s.name());
        root.put("description", s.description());
        root.put("seed", s.seed());
        if (!s.families().equals(Families.DEFAULT)) {
            // Which model made each class of sound and the recording condition (docs/acoustics.md).
            root.putObject("families")
                    .put("pop", s.families().pop())
                    .put("snap", s.families().snap())
                    .put("grating", s.families().grating())
                    .put("condition", s.families().condition());
        }
        if (s.cavitationSource() != CavitationSource.INCEPTION) {
            // Written only when not the default, so the scenarios and truth files of inception runs stay as they were.
            root.put("cavitation_source", s.cavitationSource().id());
        }
        ObjectNode p = root.putObject("person");
        p.put("age", s.person().age());
        p.put("osteoarthritis_grade", s.person().osteoarthritisGrade());
        p.put("bone_spurs", s.person().boneSpurs());
        p.put("muscle_tightness", s.person().muscleTightness());
        p.put("hours_static", s.person().hoursStatic());
        p.put("fatigue", s.person().fatigue());
        root.put("region", s.region().id());
        ObjectNode m = root.putObject("movement");
        m.put("type", s.movement().type().id());
        m.put("amplitude_deg", s.movement().amplitudeDeg());
        m.put("speed_deg_per_s", s.movement().speedDegPerS());
        m.put("repetitions", s.movement().repetitions());
        m.put("interval_s", s.movement().intervalS());
        m.put("side", s.movement().side());
        if (s.startTimes() != null) {
            ArrayNode a = m.putArray("start_times_s");
            for (double t : s.startTimes()) {
                a.add(t);
            }
        }
        RecordingSettings r = s.recording();
        ObjectNode rec = root.putObject("recording");
        rec.put("sensor", r.sensor().id());
        rec.put("distance_m", r.distance());
        rec.put("tissue_depth_m", r.tissueDepth());
        rec.put("sample_rate", r.sampleRate());
        rec.put("format", r.format());
        rec.put("channels", r.channels());
        rec.put("snr_db", r.snrDb());
        if (r.humDb() != null) {
            rec.put("hum_db", r.humDb());
        }
        rec.put("rumble", r.rumble());
        rec.put("dc_offset", r.dcOffset());
        rec.put("headroom_db", r.headroomDb());
        ArrayNode d = rec.putArray("distractors");
        r.distractors().forEach(d::add);
        if (r.windowS() != null) {
            rec.put("window_s", r.windowS());
        }
        return root;
    }

    private void problem(String path, String message) {
        if (firstPath == null) {
            firstPath = path;
        }
        problems.add(path + ": " + message);
    }

    private void known(ObjectNode node, String path, Set<String> names) {
        if (node == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String field = entry.getKey();
            if (!names.contains(field)) {
                problem(
                        path + "." + field,
                        "unknown field" + suggestion(field, names) + "; accepted: "
                                + names.stream().sorted().toList());
            }
        }
    }

    private static String suggestion(String field, Set<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            int d = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                    .apply(field, n);
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        return best != null && bestDistance <= 3 ? " (did you mean '" + best + "'?)" : "";
    }

    private ObjectNode object(ObjectNode parent, String path, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (!v.isObject()) {
            problem(path, "must be an object, was " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            return MAPPER.createObjectNode();
        }
        return (ObjectNode) v;
    }

    private String text(ObjectNode parent, String path, String field, String fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            problem(path, "must be a string, was " + v);
            return fallback;
        }
        return v.asText();
    }

    private String choice(ObjectNode parent, String path, String field, String fallback, List<String> accepted) {
        String v = text(parent, path, field, fallback);
        if (!accepted.contains(v)) {
            problem(path, "was \"" + v + "\"; accepted: one of " + accepted);
            return fallback;
        }
        return v;
    }

    private boolean bool(ObjectNode parent, String path, String field, boolean fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            problem(path, "must be true or false, was " + v);
            return fallback;
        }
        return v.asBoolean();
    }

    private double number(
            ObjectNode parent, String path, String field, double fallback, double min, double max, boolean integer) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || (integer && v.asDouble() != Math.rint(v.asDouble()))) {
            problem(path, "must be " + (integer ? "a whole number" : "a number") + ", was " + v);
            return fallback;
        }
        double d = v.asDouble();
        if (d < min || d > max) {
            problem(path, "was " + v + ", outside the physical range; accepted: " + fmt(min) + " to " + fmt(max));
            return fallback;
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
