package org.backcrack.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.backcrack.assess.condition.Condition;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.MechanismEntry;
import org.backcrack.assess.knowledge.RedFlagRule;

/**
 * The knowledge base as the questionnaire and learn pages need it: findings in questionnaire order with
 * their choices, ranges and skip logic ({@code ask_if} as a condition tree the page evaluates in the same
 * three-valued logic as {@code Questionnaire}), whether each is a red-flag question or is measured from a
 * recording (never asked), and the mechanisms.
 */
final class KnowledgeJson {
    private KnowledgeJson() {}

    static ObjectNode of(KnowledgeBase kb) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("version", kb.version());
        root.put("disclaimer", kb.disclaimer());
        Set<String> redFlag = new HashSet<>();
        for (RedFlagRule r : kb.rules()) {
            redFlag.addAll(r.when().findings());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding fi : kb.findings().values()) {
            ObjectNode o = findings.addObject();
            o.put("id", fi.id());
            o.put("section", fi.section());
            o.put("question", fi.question());
            o.put("help", fi.help());
            o.put("type", fi.type().id());
            o.put("red_flag", redFlag.contains(fi.id()));
            o.put("from_recording", fi.fromRecording());
            ArrayNode choices = o.putArray("choices");
            for (Choice c : fi.choices()) {
                choices.addObject().put("value", c.value()).put("label", c.label());
            }
            if (fi.min() != null) {
                o.put("min", fi.min());
            }
            if (fi.max() != null) {
                o.put("max", fi.max());
            }
            if (fi.unit() != null) {
                o.put("unit", fi.unit());
            }
            if (fi.askIf() != null) {
                o.set("ask_if", condition(fi.askIf()));
            }
        }
        ArrayNode mechanisms = root.putArray("mechanisms");
        for (MechanismEntry m : kb.mechanisms().values()) {
            ObjectNode o = mechanisms.addObject();
            o.put("id", m.mechanism().id());
            o.put("name", m.name());
            o.put("explanation", m.explanation());
            o.put("sounds_like", m.soundsLike());
            o.put("usually_harmless", m.usuallyHarmless());
            o.put("prior", m.prior());
            m.mechanism()
                    .soundClass()
                    .ifPresentOrElse(c -> o.put("sound_class", c.id()), () -> o.putNull("sound_class"));
        }
        return root;
    }

    /** {@code {"op": "equals"|"one_of"|"<"|"<="|">"|">="|"all"|"any", ...}}. */
    static ObjectNode condition(Condition c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (c instanceof Condition.Equals e) {
            o.put("op", "equals").put("finding", e.finding());
            if (e.value() instanceof Boolean b) {
                o.put("value", b);
            } else {
                o.put("value", String.valueOf(e.value()));
            }
        } else if (c instanceof Condition.OneOf one) {
            o.put("op", "one_of").put("finding", one.finding());
            ArrayNode vs = o.putArray("values");
            one.values().stream().sorted().forEach(vs::add);
        } else if (c instanceof Condition.Compare cmp) {
            o.put("op", cmp.op().symbol()).put("finding", cmp.finding()).put("threshold", cmp.threshold());
        } else if (c instanceof Condition.All all) {
            o.put("op", "all");
            ArrayNode parts = o.putArray("parts");
            all.parts().forEach(p -> parts.add(condition(p)));
        } else if (c instanceof Condition.Any any) {
            o.put("op", "any");
            ArrayNode parts = o.putArray("parts");
            any.parts().forEach(p -> parts.add(condition(p)));
        }
        return o;
    }
}
