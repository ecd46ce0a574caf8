package org.backcrack.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * The way back for the round trip: a backcrack QuestionnaireResponse to {@link Answers}, through the same
 * {@link AnswersReader} that checks every answers file (so a response that says something backcrack does not
 * accept fails as an answers file would). An absent item stays unanswered.
 */
final class ResponseAnswers {
    private ResponseAnswers() {}

    static Answers of(QuestionnaireResponse r, KnowledgeBase kb) {
        if (!r.getQuestionnaire().equals(BackcrackCodes.QUESTIONNAIRE + "|" + kb.version())) {
            throw new IllegalArgumentException("a response to " + r.getQuestionnaire());
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (QuestionnaireResponseItemComponent item : r.getItem()) {
            if (item.getAnswer().size() != 1) {
                throw new IllegalArgumentException(
                        item.getLinkId() + " has " + item.getAnswer().size() + " answers");
            }
            String id = item.getLinkId();
            Type v = item.getAnswerFirstRep().getValue();
            if (v instanceof org.hl7.fhir.r4.model.BooleanType b) {
                json.put(id, b.booleanValue());
            } else if (v instanceof org.hl7.fhir.r4.model.IntegerType i) {
                json.put(id, i.getValue());
            } else if (v instanceof org.hl7.fhir.r4.model.DecimalType d) {
                json.put(id, d.getValue());
            } else if (v instanceof Coding c && BackcrackCodes.SYSTEM.equals(c.getSystem())) {
                String value = BackcrackCodes.choiceValue(id, c.getCode());
                if (value == null) {
                    throw new IllegalArgumentException(c.getCode() + " is not an answer to " + id);
                }
                json.put(id, value);
            } else {
                throw new IllegalArgumentException(id + " has an answer of type " + v.fhirType());
            }
        }
        return new AnswersReader(kb).read(json);
    }
}
