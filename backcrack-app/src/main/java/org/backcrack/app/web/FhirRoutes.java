package org.backcrack.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.JournalEntry;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.fhir.FhirExport;
import org.backcrack.fhir.FhirJson;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 for clinicians' systems (docs/fhir.md): backcrack's Questionnaire and CodeSystem at their canonical
 * paths, one assessment as a Bundle ({@code POST /api/v1/assess/fhir}), and the journal as a Bundle ({@code GET
 * /api/v1/journal/export?format=fhir&from=&to=}). HAPI's R4 context is made on the first FHIR request (seconds).
 */
final class FhirRoutes {
    static final String FHIR_JSON = "application/fhir+json";

    private final KnowledgeBase kb;
    private final AnswersReader reader;
    private final Assessor assessor;
    private final ObjectMapper mapper;

    FhirRoutes(KnowledgeBase kb, ObjectMapper mapper) {
        this.kb = kb;
        this.reader = new AnswersReader(kb);
        this.assessor = new Assessor(kb);
        this.mapper = mapper;
    }

    void questionnaire(Context ctx) {
        write(ctx, FhirExport.withRandomIds(kb).questionnaire());
    }

    void codeSystem(Context ctx) {
        write(ctx, FhirExport.withRandomIds(kb).codeSystem());
    }

    void assess(Context ctx) {
        Assessment a = assessor.assess(reader.read(
                Http.body(ctx, "an answers object such as {\"region\": \"lower_back\", \"pain\": \"none\"}")));
        write(ctx, FhirExport.withRandomIds(kb).bundle(a, Instant.now()));
    }

    /**
     * The journal's entries from {@code from} to {@code to} (days, inclusive; either may be left out) as one
     * Bundle. An entry's assessment is included when it was made with the knowledge base this server runs (it
     * is then rebuilt from its stored answers, which gives the same assessment); older ones are left out of the
     * Bundle and counted in the {@code X-Backcrack-Assessments-Left-Out} header.
     */
    void journal(Context ctx, List<JournalEntry> entries) {
        LocalDate from = day(ctx, "from");
        LocalDate to = day(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException(
                    AppError.EXPORT_BAD_RANGE, "from", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
        List<FhirExport.JournalDay> days = new ArrayList<>();
        int leftOut = 0;
        for (JournalEntry e : entries) {
            LocalDate d = e.data().date();
            if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) {
                continue;
            }
            Map<SoundClass, Integer> sounds = new EnumMap<>(SoundClass.class);
            sounds.put(SoundClass.CAVITATION, e.data().sounds().cavitation());
            sounds.put(SoundClass.SOFT_TISSUE_SNAP, e.data().sounds().softTissueSnap());
            sounds.put(SoundClass.CREPITUS, e.data().sounds().crepitus());
            Assessment a = null;
            if (e.data().assessment() != null) {
                if (kb.version().equals(e.stored().knowledgeVersion())) {
                    a = assessor.assess(reader.read(answers(e.data().assessment())));
                } else {
                    leftOut++;
                }
            }
            days.add(new FhirExport.JournalDay(d, sounds, e.data().pain(), a, a == null ? null : e.updated()));
        }
        ctx.header("X-Backcrack-Assessments-Left-Out", Integer.toString(leftOut));
        ctx.header("Content-Disposition", "attachment; filename=\"backcrack-journal.fhir.json\"");
        write(ctx, FhirExport.withRandomIds(kb).journalBundle(days, Instant.now()));
    }

    private JsonNode answers(String report) {
        try {
            return mapper.readTree(report).path("answers");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored report is not JSON", e);
        }
    }

    private static LocalDate day(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(
                    AppError.EXPORT_BAD_RANGE,
                    name,
                    "'" + name + "' was '" + org.backcrack.core.Printable.of(v, 40) + "'; give a day as YYYY-MM-DD.");
        }
    }

    private static void write(Context ctx, IBaseResource r) {
        ctx.status(200).contentType(FHIR_JSON + "; charset=utf-8").result(FhirJson.write(r));
    }
}
