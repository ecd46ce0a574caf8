package org.backcrack.app.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcrack.assess.engine.AdviceItem;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Contribution;
import org.backcrack.assess.engine.MechanismResult;
import org.backcrack.assess.engine.TriageReason;

/**
 * The assessment as JSON, the contract shared by the CLI ({@code --format json}) and the REST API:
 * {@code triage {level, title, action, reasons[{rule, title, level, message, condition, source}], not_assessed},
 * mechanisms[{id, name, kind (sound|condition), probability, prior, evidence[{finding, value, weight, evidence, source}]}],
 * advice[{id, category, text}], knowledge_version, disclaimer, answers}.
 */
public final class AssessmentJson {
    private AssessmentJson() {}

    public static ObjectNode of(Assessment a) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode triage = root.putObject("triage");
        triage.put("level", a.triage().level().id());
        triage.put("title", a.triage().title());
        triage.put("action", a.triage().action());
        ArrayNode reasons = triage.putArray("reasons");
        for (TriageReason r : a.triage().reasons()) {
            ObjectNode o = reasons.addObject();
            o.put("rule", r.rule());
            o.put("title", r.title());
            o.put("level", r.level().id());
            o.put("message", r.message());
            o.put("condition", r.condition());
            o.put("source", sources(r.sources()));
            ArrayNode assumed = o.putArray("assumed");
            r.assumed().forEach(assumed::add);
            ArrayNode wouldChange = o.putArray("would_change");
            for (var alt : r.wouldChange()) {
                ObjectNode w = wouldChange.addObject();
                ObjectNode ans = w.putObject("answers");
                alt.answers().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> putValue(ans, e.getKey(), e.getValue()));
                w.put("text", alt.text());
                w.put("level", alt.level().id());
                w.put("title", alt.title());
            }
        }
        ArrayNode notAssessed = triage.putArray("not_assessed");
        a.triage().notAssessed().forEach(notAssessed::add);
        ArrayNode mechanisms = root.putArray("mechanisms");
        for (MechanismResult m : a.mechanisms()) {
            ObjectNode o = mechanisms.addObject();
            o.put("id", m.mechanism().id());
            o.put("name", m.name());
            o.put("kind", m.mechanism().explainsSound() ? "sound" : "condition");
            o.put("probability", round(m.probability()));
            o.put("prior", m.prior());
            ArrayNode ev = o.putArray("evidence");
            for (Contribution c : m.evidence()) {
                ObjectNode e = ev.addObject();
                e.put("finding", c.finding());
                putValue(e, "value", c.value());
                e.put("weight", c.weight());
                e.put("evidence", c.evidence());
                e.put("source", c.source());
            }
        }
        ArrayNode advice = root.putArray("advice");
        for (AdviceItem i : a.advice()) {
            ObjectNode o = advice.addObject();
            o.put("id", i.id());
            o.put("category", i.category().id());
            o.put("text", i.text());
        }
        root.put("knowledge_version", a.knowledgeVersion());
        root.put("disclaimer", a.disclaimer());
        ObjectNode answers = root.putObject("answers");
        a.answers().asMap().forEach((k, v) -> putValue(answers, k, v));
        return root;
    }

    /** Citations joined with "; ", without the doubled full stop each citation ends with. */
    public static String sources(java.util.List<String> citations) {
        return String.join(
                "; ",
                citations.stream()
                        .map(c -> c.endsWith(".") ? c.substring(0, c.length() - 1) : c)
                        .toList());
    }

    /** Four decimals: enough to rank and plot, without pretending to more precision than the ratios have. */
    private static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }

    static void putValue(ObjectNode o, String key, Object v) {
        if (v instanceof Boolean b) {
            o.put(key, b);
        } else if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                o.put(key, d.longValue());
            } else {
                o.put(key, d);
            }
        } else {
            o.put(key, String.valueOf(v));
        }
    }
}
