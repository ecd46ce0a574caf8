package org.backcrack.app.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the journal keeps in columns of a stored assessment report: the knowledge-base version that made it and
 * its triage level (either null when the report does not say, or when there is no report).
 *
 * @param knowledgeVersion the report's {@code knowledge_version}
 * @param triageLevel      the report's {@code triage.level}
 */
public record StoredAssessment(String knowledgeVersion, String triageLevel) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the columns from a report as {@code POST /api/v1/assess} returns it (null: no report). */
    public static StoredAssessment of(String report) {
        if (report == null) {
            return new StoredAssessment(null, null);
        }
        try {
            JsonNode a = MAPPER.readTree(report);
            return new StoredAssessment(
                    text(a.path("knowledge_version")), text(a.path("triage").path("level")));
        } catch (JsonProcessingException e) {
            return new StoredAssessment(null, null);
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
