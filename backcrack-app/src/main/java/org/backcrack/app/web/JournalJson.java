package org.backcrack.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.EntryData;
import org.backcrack.app.journal.JournalEntry;
import org.backcrack.app.journal.SoundCounts;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;

/**
 * Journal entries as JSON ({@code {id, date, region, trigger, sounds{cavitation, soft_tissue_snap, crepitus},
 * pain, note, assessment, created, updated}}) and CSV, and the checks on what a client sends.
 */
final class JournalJson {
    private static final Set<String> FIELDS =
            Set.of("date", "region", "trigger", "sounds", "pain", "note", "assessment");
    private static final Set<String> SOUND_FIELDS = Set.of("cavitation", "soft_tissue_snap", "crepitus");

    private final List<String> regions;
    private final List<String> triggers;
    private final Set<String> levels = Set.of("emergency", "urgent", "soon", "self_care");
    private final ObjectMapper mapper;
    private final AnswersReader answersReader;
    private final Assessor assessor;

    JournalJson(KnowledgeBase kb, ObjectMapper mapper) {
        this.answersReader = new AnswersReader(kb);
        this.assessor = new Assessor(kb);
        this.regions = kb.finding("region").map(f -> f.choiceValues()).orElse(List.of());
        this.triggers = kb.finding("trigger").map(f -> f.choiceValues()).orElse(List.of());
        this.mapper = mapper;
    }

    ObjectNode toJson(JournalEntry e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        EntryData d = e.data();
        o.put("id", e.id());
        o.put("date", d.date().toString());
        o.put("region", d.region());
        o.put("trigger", d.trigger());
        ObjectNode s = o.putObject("sounds");
        s.put("cavitation", d.sounds().cavitation());
        s.put("soft_tissue_snap", d.sounds().softTissueSnap());
        s.put("crepitus", d.sounds().crepitus());
        if (d.pain() == null) {
            o.putNull("pain");
        } else {
            o.put("pain", d.pain());
        }
        o.put("note", d.note());
        if (d.assessment() == null) {
            o.putNull("assessment");
        } else {
            try {
                o.set("assessment", mapper.readTree(d.assessment()));
            } catch (JsonProcessingException ex) {
                o.putNull("assessment");
            }
        }
        o.put("created", e.created().toString());
        o.put("updated", e.updated().toString());
        return o;
    }

    ArrayNode toJson(List<JournalEntry> entries) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        entries.forEach(e -> a.add(toJson(e)));
        return a;
    }

    /** Reads and checks an entry; every problem is an {@link InputException} naming the field. */
    EntryData read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InputException(
                    AppError.JOURNAL_NOT_AN_OBJECT,
                    null,
                    "a journal entry is a JSON object such as "
                            + "{\"date\": \"2026-01-31\", \"pain\": 2, \"sounds\": {\"cavitation\": 3}}.");
        }
        json.fieldNames().forEachRemaining(k -> {
            if (!FIELDS.contains(k)) {
                throw new InputException(
                        AppError.JOURNAL_UNKNOWN_FIELD,
                        echo(k),
                        "unknown field '"
                                + echo(k) + "' in the journal entry. "
                                + "Accepted: "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ".");
            }
        });
        JsonNode dateNode = json.get("date");
        if (dateNode == null || dateNode.isNull()) {
            throw new InputException(
                    AppError.JOURNAL_MISSING,
                    "date",
                    "'date' is required: the day the entry is about, " + "as YYYY-MM-DD.");
        }
        LocalDate date;
        try {
            if (!dateNode.isTextual() || !dateNode.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", dateNode.asText(), 0);
            }
            date = LocalDate.parse(dateNode.asText());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new DateTimeParseException("year out of range", dateNode.asText(), 0);
            }
        } catch (DateTimeParseException e) {
            throw new InputException(
                    AppError.JOURNAL_BAD_DATE,
                    "date",
                    "'date' was " + echo(dateNode) + "; give a day as "
                            + "YYYY-MM-DD with a four-digit year from 1900 to 2200, e.g. \"2026-01-31\".");
        }
        String region = choice(json, "region", regions);
        String trigger = choice(json, "trigger", triggers);
        SoundCounts sounds = sounds(json.get("sounds"));
        Integer pain = null;
        JsonNode p = json.get("pain");
        if (p != null && !p.isNull()) {
            // canConvertToInt first: 4294967301 would wrap to 5 in asInt().
            if (!p.isIntegralNumber() || !p.canConvertToInt() || p.asInt() < 0 || p.asInt() > 10) {
                throw new InputException(
                        AppError.JOURNAL_OUT_OF_RANGE,
                        "pain",
                        "'pain' was " + echo(p) + "; give a whole number "
                                + "from 0 (no pain) to 10 (worst imaginable), or null when not recorded.");
            }
            pain = p.asInt();
        }
        String note = text(json, "note");
        if (note != null && note.length() > EntryData.MAX_NOTE) {
            throw new InputException(
                    AppError.JOURNAL_TOO_LONG,
                    "note",
                    "'note' has " + note.length() + " characters; " + "at most " + EntryData.MAX_NOTE
                            + " are kept. Shorten it.");
        }
        String assessment = null;
        JsonNode a = json.get("assessment");
        if (a != null && !a.isNull()) {
            checkAssessment(a);
            // The journal keeps backcrack's own assessment of the report's answers, with the knowledge version
            // that made it: a report edited by hand cannot carry a triage its answers do not give.
            assessment = AssessmentJson.of(assessor.assess(answersReader.read(a.get("answers"))))
                    .toString();
        }
        return new EntryData(date, region, trigger, sounds, pain, note, assessment);
    }

    /** Largest stored report, in characters: a real one is 5 to 15 KiB. */
    static final int MAX_ASSESSMENT_CHARS = 48 * 1024;

    private static final Set<String> ASSESSMENT_FIELDS =
            Set.of("triage", "mechanisms", "advice", "knowledge_version", "disclaimer", "answers");

    /**
     * A stored report must have the shape POST /api/v1/assess returns (what the journal page reads): a triage
     * with a known level and a title, mechanisms with names, advice with texts, and nothing else at the top.
     * Anything else would be data the page cannot show, stored in someone's quota.
     */
    private void checkAssessment(JsonNode a) {
        String why = null;
        if (!a.isObject()) {
            why = "it is not an object";
        } else if (a.toString().length() > MAX_ASSESSMENT_CHARS) {
            why = "it has more than " + MAX_ASSESSMENT_CHARS + " characters";
        } else {
            for (var it = a.fieldNames(); it.hasNext() && why == null; ) {
                String k = it.next();
                if (!ASSESSMENT_FIELDS.contains(k)) {
                    why = "it has an unknown field '" + echo(k) + "'";
                }
            }
            JsonNode t = a.path("triage");
            if (why == null
                    && (!t.isObject()
                            || !levels.contains(t.path("level").asText(null))
                            || !t.path("title").isTextual()
                            || !t.path("reasons").isArray())) {
                why = "its 'triage' lacks a known level, a title or its reasons";
            }
            if (why == null && (!a.path("mechanisms").isArray() || !allHaveText(a.path("mechanisms"), "name"))) {
                why = "its 'mechanisms' are not a list of objects with a name";
            }
            if (why == null && !a.path("answers").isObject()) {
                why = "it lacks the 'answers' it was made from";
            }
            if (why == null
                    && a.has("advice")
                    && (!a.get("advice").isArray() || !allHaveText(a.get("advice"), "text"))) {
                why = "its 'advice' is not a list of objects with a text";
            }
        }
        if (why != null) {
            throw new InputException(
                    AppError.JOURNAL_BAD_ASSESSMENT,
                    "assessment",
                    "'assessment' must be the report " + "POST /api/v1/assess returned, or null; " + why + ".");
        }
    }

    private static boolean allHaveText(JsonNode list, String field) {
        for (JsonNode x : list) {
            if (!x.isObject() || !x.path(field).isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** A value as it is echoed in a message: at most 60 characters. */
    private static String echo(JsonNode v) {
        return echo(v.toString());
    }

    private static String echo(String s) {
        return org.backcrack.core.Printable.of(s, 60);
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(
                    AppError.JOURNAL_WRONG_TYPE, field, "'" + field + "' must be text, was " + v + ".");
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static String choice(JsonNode json, String field, List<String> allowed) {
        String v = text(json, field);
        if (v != null && !allowed.contains(v)) {
            throw new InputException(
                    AppError.JOURNAL_NOT_ALLOWED,
                    field,
                    "'" + field + "' was \"" + v + "\", which is not " + "allowed. Accepted: "
                            + String.join(", ", allowed) + ", or null.");
        }
        return v;
    }

    private static SoundCounts sounds(JsonNode s) {
        if (s == null || s.isNull()) {
            return SoundCounts.NONE;
        }
        if (!s.isObject()) {
            throw new InputException(
                    AppError.JOURNAL_WRONG_TYPE,
                    "sounds",
                    "'sounds' must be an object such as "
                            + "{\"cavitation\": 2, \"soft_tissue_snap\": 0, \"crepitus\": 1}.");
        }
        s.fieldNames().forEachRemaining(k -> {
            if (!SOUND_FIELDS.contains(k)) {
                throw new InputException(
                        AppError.JOURNAL_UNKNOWN_FIELD,
                        "sounds." + k,
                        "unknown sound class '" + k + "'. Accepted: cavitation, soft_tissue_snap, crepitus.");
            }
        });
        return new SoundCounts(count(s, "cavitation"), count(s, "soft_tissue_snap"), count(s, "crepitus"));
    }

    private static int count(JsonNode s, String k) {
        JsonNode v = s.get(k);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > SoundCounts.MAX) {
            throw new InputException(
                    AppError.JOURNAL_OUT_OF_RANGE,
                    "sounds." + k,
                    "'sounds." + k + "' was " + v + "; give a whole number from 0 to " + SoundCounts.MAX + ".");
        }
        return v.asInt();
    }

    /** CSV (RFC 4180) with one row per entry; the assessment is summarised by its triage level and top mechanism. */
    String csv(List<JournalEntry> entries) {
        StringBuilder sb = new StringBuilder(
                "id,date,region,trigger,cavitation,soft_tissue_snap,crepitus,pain,triage,top_mechanism,knowledge_version,"
                        + "note\r\n");
        for (JournalEntry e : entries) {
            EntryData d = e.data();
            String triage = e.stored().triageLevel() == null ? "" : e.stored().triageLevel();
            String version =
                    e.stored().knowledgeVersion() == null ? "" : e.stored().knowledgeVersion();
            String top = "";
            if (d.assessment() != null) {
                try {
                    JsonNode a = mapper.readTree(d.assessment());
                    top = a.path("mechanisms").path(0).path("id").asText("");
                } catch (JsonProcessingException ex) {
                    // an unreadable stored report only leaves the summary columns empty
                }
            }
            sb.append(String.join(
                            ",",
                            cell(e.id()),
                            cell(d.date().toString()),
                            cell(d.region()),
                            cell(d.trigger()),
                            Integer.toString(d.sounds().cavitation()),
                            Integer.toString(d.sounds().softTissueSnap()),
                            Integer.toString(d.sounds().crepitus()),
                            d.pain() == null ? "" : d.pain().toString(),
                            cell(triage),
                            cell(top),
                            cell(version),
                            cell(d.note())))
                    .append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection); a quote disarms it.
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }
}
