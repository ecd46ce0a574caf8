package org.backcrack.assess.answers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;

/**
 * The answers contract as a JSON Schema (draft 2020-12), made from the knowledge base's findings so that
 * the schema, the validation and the questionnaire can never disagree.
 */
public final class AnswersSchema {
    private AnswersSchema() {}

    public static ObjectNode of(KnowledgeBase kb) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode schema = f.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://backcrack.org/schema/answers-" + kb.version() + ".json");
        schema.put("title", "backcrack answers");
        schema.put(
                "description",
                "A person's answers to the backcrack questionnaire. Every key is optional: "
                        + "an absent key (or null) means 'not answered', which is never read as 'no'. "
                        + "Knowledge version " + kb.version() + ".");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode props = schema.putObject("properties");
        for (Finding fd : kb.findings().values()) {
            ObjectNode p = props.putObject(fd.id());
            p.put("description", fd.question() + " " + fd.help());
            switch (fd.type()) {
                case BOOLEAN -> p.putArray("type").add("boolean").add("null");
                case INTEGER, NUMBER -> {
                    p.putArray("type")
                            .add(fd.type() == org.backcrack.assess.knowledge.FindingType.INTEGER ? "integer" : "number")
                            .add("null");
                    p.put("minimum", fd.min());
                    p.put("maximum", fd.max());
                    if (fd.unit() != null) {
                        p.put("x-unit", fd.unit());
                    }
                }
                case CHOICE -> {
                    p.putArray("type").add("string").add("null");
                    ArrayNode values = p.putArray("enum");
                    fd.choiceValues().forEach(values::add);
                    values.addNull();
                }
            }
        }
        return schema;
    }
}
