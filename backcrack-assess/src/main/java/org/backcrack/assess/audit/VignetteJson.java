package org.backcrack.assess.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.backcrack.assess.AssessError;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;

/**
 * Reads one clinical vignette: {@code {"id", "description", "basis", "tags", "answers", "expected": {"triage"}}}.
 * The basis (the guideline the expected level comes from) is required: a vignette without its citation is not
 * evidence of anything.
 */
public final class VignetteJson {
    private final AnswersReader answers;

    public VignetteJson(KnowledgeBase kb) {
        this.answers = new AnswersReader(kb);
    }

    /** The vignette in {@code n}, from the set named {@code set}; {@code where} names the file in errors. */
    public TriageAudit.Vignette read(JsonNode n, String set, String where) {
        if (n == null || !n.isObject()) {
            throw new InputException(AssessError.VIGNETTE_NOT_AN_OBJECT, where, where + " is not a JSON object");
        }
        String id = text(n, "id", where);
        text(n, "basis", where);
        String level = n.path("expected").path("triage").asText("");
        TriageLevel expected = TriageLevel.fromId(level)
                .orElseThrow(() -> new InputException(
                        AssessError.VIGNETTE_BAD_TRIAGE,
                        where,
                        where + ": expected.triage must be one of emergency, urgent, soon, self_care; was '" + level
                                + "'"));
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        try {
            return new TriageAudit.Vignette(id, set, answers.read(n.get("answers")), expected, tags);
        } catch (InputException e) {
            throw new InputException(e.kind(), e.field(), where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field, String where) {
        String s = n.path(field).asText("");
        if (s.isBlank()) {
            throw new InputException(
                    AssessError.VIGNETTE_MISSING_FIELD, field, where + ": '" + field + "' is required");
        }
        return s;
    }
}
