package org.backcrack.assess.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Condition;
import org.backcrack.core.Mechanism;

/**
 * Loads the knowledge base from YAML and validates it completely before anything uses it: every
 * problem found is reported at once, each naming its entry and field.
 *
 * <p>The built-in knowledge is the classpath resource {@value #BUILT_IN}.
 */
public final class KnowledgeLoader {
    /** Classpath location of the built-in knowledge base. */
    public static final String BUILT_IN = "/org/backcrack/assess/knowledge.yaml";

    private static final Set<String> SOURCE_KINDS = Set.of("guideline", "article", "book", "seed", "expert");
    /** Paragraphs of the source article; messages say "seed paragraph", after the file's field {@code seed}. */
    private static final int ARTICLE_PARAGRAPHS = 7;

    private static volatile KnowledgeBase builtIn;

    private final List<String> problems = new ArrayList<>();

    private KnowledgeLoader() {}

    /** The built-in knowledge base, loaded once. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeLoader.class) {
                kb = builtIn;
                if (kb == null) {
                    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BUILT_IN)) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "built-in knowledge " + BUILT_IN + " is missing from the jar");
                        }
                        kb = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = kb;
                }
            }
        }
        return kb;
    }

    /** Reads and validates a knowledge base. */
    public static KnowledgeBase load(InputStream yaml) throws IOException {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new KnowledgeException(List.of("not valid YAML: " + e.getMessage()));
        }
        return new KnowledgeLoader().read(root);
    }

    private KnowledgeBase read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new KnowledgeException(
                    List.of(
                            "the file must be a YAML mapping with the sections version, "
                                    + "disclaimer, seed, sources, triage_levels, mechanisms, findings, evidence, rules, advice, claims"));
        }
        fields(
                root,
                "",
                "version",
                "disclaimer",
                "seed",
                "claims",
                "sources",
                "triage_levels",
                "mechanisms",
                "findings",
                "evidence",
                "rules",
                "advice");
        String version = text(root, "", "version");
        String disclaimer = text(root, "", "disclaimer");
        List<ArticlePassage> passages = list(
                root,
                "seed",
                (n, p) -> {
                    fields(n, p, "paragraph", "topic", "excerpt");
                    return new ArticlePassage(paragraph(n, p, "paragraph"), text(n, p, "topic"), text(n, p, "excerpt"));
                },
                n -> n.path("paragraph").asText());
        List<Source> sources = list(
                root,
                "sources",
                (n, p) -> {
                    fields(n, p, "id", "kind", "citation");
                    String kind = text(n, p, "kind");
                    if (kind != null && !SOURCE_KINDS.contains(kind)) {
                        problem(p + ".kind", "'" + kind + "' is not a source kind; accepted: " + sorted(SOURCE_KINDS));
                    }
                    return new Source(id(n, p), kind, text(n, p, "citation"));
                },
                n -> n.path("id").asText());
        Set<String> sourceIds = ids(sources, Source::id, "sources");
        List<TriageLevelEntry> levels = list(
                root,
                "triage_levels",
                (n, p) -> {
                    fields(n, p, "level", "title", "action");
                    return new TriageLevelEntry(level(n, p, "level"), text(n, p, "title"), text(n, p, "action"));
                },
                n -> n.path("level").asText());
        List<MechanismEntry> mechanisms = list(
                root,
                "mechanisms",
                (n, p) -> {
                    fields(
                            n,
                            p,
                            "id",
                            "name",
                            "explanation",
                            "sounds_like",
                            "usually_harmless",
                            "prior",
                            "seed",
                            "references");
                    MechanismEntry m = new MechanismEntry(
                            mechanism(n.get("id"), p + ".id"),
                            text(n, p, "name"),
                            text(n, p, "explanation"),
                            text(n, p, "sounds_like"),
                            bool(n, p, "usually_harmless"),
                            probability(n, p, "prior"),
                            paragraphs(n, p, "seed"),
                            refs(n, p, "references", sourceIds));
                    if (m.articleParagraphs().isEmpty() && m.references().isEmpty()) {
                        problem(p, "needs a seed paragraph or a reference, so it can be traced");
                    }
                    return m;
                },
                n -> n.path("id").asText());
        List<Finding> findings = new ArrayList<>();
        Map<String, Finding> byId = new HashMap<>();
        // Findings first without skip logic: conditions need every finding's type.
        JsonNode findingNodes = array(root, "", "findings");
        for (int i = 0; i < findingNodes.size(); i++) {
            JsonNode n = findingNodes.get(i);
            String p = "findings[" + n.path("id").asText(String.valueOf(i)) + "]";
            Finding f = finding(n, p);
            if (f != null) {
                if (byId.putIfAbsent(f.id(), f) != null) {
                    problem(p, "duplicate id '" + f.id() + "'");
                }
                findings.add(f);
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            JsonNode n = findingNodes.get(i);
            if (n.has("ask_if")) {
                Finding f = findings.get(i);
                Condition c = condition(n.get("ask_if"), "findings[" + f.id() + "].ask_if", byId);
                findings.set(
                        i,
                        new Finding(
                                f.id(),
                                f.section(),
                                f.question(),
                                f.help(),
                                f.type(),
                                f.choices(),
                                f.min(),
                                f.max(),
                                f.unit(),
                                c));
            }
        }
        List<Evidence> evidence = list(
                root,
                "evidence",
                (n, p) -> evidence(n, p, byId, sourceIds),
                n -> n.path("id").asText());
        ids(evidence, Evidence::id, "evidence");
        List<RedFlagRule> rules = list(
                root,
                "rules",
                (n, p) -> rule(n, p, byId, sourceIds),
                n -> n.path("id").asText());
        ids(rules, RedFlagRule::id, "rules");
        List<Advice> advice = list(
                root,
                "advice",
                (n, p) -> advice(n, p, sourceIds),
                n -> n.path("id").asText());
        ids(advice, Advice::id, "advice");
        List<ArticleClaim> claims = list(
                root,
                "claims",
                (n, p) -> {
                    fields(n, p, "id", "paragraph", "quote", "implemented_by");
                    return new ArticleClaim(
                            id(n, p),
                            paragraph(n, p, "paragraph"),
                            text(n, p, "quote"),
                            strings(n, p, "implemented_by"));
                },
                n -> n.path("id").asText());
        checkCoverage(passages, levels, mechanisms, claims, rules, advice, byId, evidence);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new KnowledgeBase(
                version, disclaimer, passages, claims, sources, levels, mechanisms, findings, evidence, rules, advice);
    }

    private void checkCoverage(
            List<ArticlePassage> passages,
            List<TriageLevelEntry> levels,
            List<MechanismEntry> mechanisms,
            List<ArticleClaim> claims,
            List<RedFlagRule> rules,
            List<Advice> advice,
            Map<String, Finding> findings,
            List<Evidence> evidence) {
        Set<TriageLevel> seenLevels = new HashSet<>();
        levels.forEach(l -> seenLevels.add(l.level()));
        for (TriageLevel l : TriageLevel.values()) {
            if (!seenLevels.contains(l)) {
                problem("triage_levels", "level '" + l.id() + "' is not described");
            }
        }
        Set<Mechanism> seen = new HashSet<>();
        mechanisms.forEach(m -> {
            if (m.mechanism() != null && !seen.add(m.mechanism())) {
                problem("mechanisms[" + m.mechanism().id() + "]", "described twice");
            }
        });
        for (Mechanism m : Mechanism.values()) {
            if (!seen.contains(m)) {
                problem("mechanisms", "mechanism '" + m.id() + "' is not described");
            }
        }
        Set<Integer> paragraphs = new HashSet<>();
        passages.forEach(s -> paragraphs.add(s.paragraph()));
        for (int i = 1; i <= ARTICLE_PARAGRAPHS; i++) {
            if (!paragraphs.contains(i)) {
                problem("seed", "paragraph " + i + " has no excerpt");
            }
        }
        Set<String> known = new HashSet<>();
        mechanisms.forEach(m -> known.add(
                "mechanism:" + (m.mechanism() == null ? "?" : m.mechanism().id())));
        rules.forEach(r -> known.add("rule:" + r.id()));
        advice.forEach(a -> known.add("advice:" + a.id()));
        findings.keySet().forEach(f -> known.add("finding:" + f));
        evidence.forEach(e -> known.add("evidence:" + e.id()));
        for (ArticleClaim c : claims) {
            if (c.implementedBy().isEmpty()) {
                problem("claims[" + c.id() + "].implemented_by", "a claim needs at least one implementation");
            }
            for (String ref : c.implementedBy()) {
                if (ref.startsWith("code:")) {
                    continue; // classes live in other modules; checked by the app's traceability test
                }
                if (!known.contains(ref)) {
                    problem(
                            "claims[" + c.id() + "].implemented_by",
                            "'" + ref + "' names no entry; write "
                                    + "mechanism:ID, finding:ID, evidence:ID, rule:ID, advice:ID or code:CLASS");
                }
            }
        }
        Set<Integer> claimed = new HashSet<>();
        claims.forEach(c -> claimed.add(c.paragraph()));
        for (int i = 1; i <= ARTICLE_PARAGRAPHS; i++) {
            if (!claimed.contains(i)) {
                problem("claims", "seed paragraph " + i + " has no claim traced to an implementation");
            }
        }
    }

    private Finding finding(JsonNode n, String p) {
        fields(n, p, "id", "section", "question", "help", "type", "choices", "min", "max", "unit", "ask_if");
        String id = id(n, p);
        String typeText = text(n, p, "type");
        FindingType type = null;
        if (typeText != null) {
            type = Arrays.stream(FindingType.values())
                    .filter(t -> t.id().equals(typeText))
                    .findFirst()
                    .orElse(null);
            if (type == null) {
                problem(
                        p + ".type",
                        "'" + typeText + "' is not a finding type; accepted: boolean, integer, number, choice");
            }
        }
        List<Choice> choices = new ArrayList<>();
        if (n.has("choices")) {
            JsonNode cs = n.get("choices");
            if (!cs.isArray() || cs.isEmpty()) {
                problem(p + ".choices", "must be a non-empty list of {value, label}");
            } else {
                Set<String> values = new HashSet<>();
                for (JsonNode c : cs) {
                    String cp = p + ".choices[" + c.path("value").asText() + "]";
                    fields(c, cp, "value", "label");
                    Choice choice = new Choice(text(c, cp, "value"), text(c, cp, "label"));
                    if (choice.value() != null && !values.add(choice.value())) {
                        problem(cp, "duplicate value");
                    }
                    choices.add(choice);
                }
            }
        }
        if (type == FindingType.CHOICE && choices.isEmpty()) {
            problem(p + ".choices", "a choice finding needs choices");
        }
        if (type != FindingType.CHOICE && type != null && !choices.isEmpty()) {
            problem(p + ".choices", "only a choice finding has choices");
        }
        Double min = n.has("min") ? number(n, p, "min") : null;
        Double max = n.has("max") ? number(n, p, "max") : null;
        boolean numeric = type == FindingType.INTEGER || type == FindingType.NUMBER;
        if (numeric && (min == null || max == null)) {
            problem(p, "a numeric finding needs min and max");
        }
        if (!numeric && type != null && (min != null || max != null)) {
            problem(p, "only a numeric finding has min and max");
        }
        if (min != null && max != null && min >= max) {
            problem(p + ".min", "must be below max");
        }
        String unit = n.has("unit") ? text(n, p, "unit") : null;
        if (id == null || type == null) {
            return null;
        }
        return new Finding(
                id,
                text(n, p, "section"),
                text(n, p, "question"),
                text(n, p, "help"),
                type,
                choices,
                min,
                max,
                unit,
                null);
    }

    private Evidence evidence(JsonNode n, String p, Map<String, Finding> findings, Set<String> sourceIds) {
        fields(n, p, "id", "when", "given", "ratios", "source", "rationale");
        String id = id(n, p);
        Condition when = condition(n.get("when"), p + ".when", findings);
        if (when != null && when.findings().size() != 1) {
            problem(p + ".when", "evidence reads exactly one finding, so its weight can be shown next to that answer");
        }
        Map<Mechanism, Double> ratios = new EnumMap<>(Mechanism.class);
        JsonNode r = n.get("ratios");
        if (r == null || !r.isObject() || r.isEmpty()) {
            problem(p + ".ratios", "must map mechanism ids to likelihood ratios, e.g. {cavitation: 3.0}");
        } else {
            for (Map.Entry<String, JsonNode> e : r.properties()) {
                Mechanism m = mechanism(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), p + ".ratios");
                if (!e.getValue().isNumber()
                        || e.getValue().asDouble() <= 0
                        || e.getValue().asDouble() > 100) {
                    problem(
                            p + ".ratios." + e.getKey(),
                            "a likelihood ratio is a number in (0, 100], was " + e.getValue());
                } else if (m != null) {
                    ratios.put(m, e.getValue().asDouble());
                }
            }
        }
        String source = n.has("source") ? text(n, p, "source") : null;
        if (source != null && !sourceIds.contains(source)) {
            problem(p + ".source", "'" + source + "' is not a source id");
        }
        String rationale = n.has("rationale") ? text(n, p, "rationale") : null;
        if (rationale == null) {
            problem(
                    p + ".rationale",
                    "every likelihood ratio needs a rationale (and a source unless it is an expert estimate)");
        }
        if (id == null || when == null || when.findings().size() != 1) {
            return null;
        }
        Condition given = n.has("given") ? condition(n.get("given"), p + ".given", findings) : null;
        return new Evidence(id, when.findings().iterator().next(), when, ratios, source, rationale, given);
    }

    private RedFlagRule rule(JsonNode n, String p, Map<String, Finding> findings, Set<String> sourceIds) {
        fields(n, p, "id", "title", "level", "when", "signs", "message", "sources");
        Condition when = condition(n.get("when"), p + ".when", findings);
        if (when != null) {
            checkMonotone(when, p + ".when", findings);
        }
        List<String> sources = refs(n, p, "sources", sourceIds);
        if (sources.isEmpty()) {
            problem(p + ".sources", "a red-flag rule must cite the guideline it comes from");
        }
        Set<String> signs = new LinkedHashSet<>();
        JsonNode s = n.get("signs");
        if (s == null || !s.isArray()) {
            problem(
                    p + ".signs",
                    "a red-flag rule must list its warning signs (the findings of 'when' that a yes to "
                            + "makes the rule fire even with a qualifier unanswered); [] for a rule of qualifiers only");
        } else {
            for (JsonNode x : s) {
                if (when != null && !when.findings().contains(x.asText())) {
                    problem(p + ".signs", "'" + x.asText() + "' is not a finding of this rule's 'when'");
                }
                signs.add(x.asText());
            }
        }
        return new RedFlagRule(
                id(n, p), text(n, p, "title"), level(n, p, "level"), when, text(n, p, "message"), sources, signs);
    }

    /** A rule may not fire on a "no": saying yes to a red-flag question must never lower the triage. */
    private void checkMonotone(Condition c, String p, Map<String, Finding> findings) {
        if (c instanceof Condition.Equals eq && Boolean.FALSE.equals(eq.value())) {
            problem(
                    p,
                    "a rule may not require '" + eq.finding() + ": false'; answering yes must never lower the triage");
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(x -> checkMonotone(x, p, findings));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(x -> checkMonotone(x, p, findings));
        }
    }

    private Advice advice(JsonNode n, String p, Set<String> sourceIds) {
        fields(n, p, "id", "category", "text", "levels", "mechanisms", "seed", "sources");
        AdviceCategory category = adviceCategory(n, p, "category");
        List<TriageLevel> levels = new ArrayList<>();
        for (String s : strings(n, p, "levels")) {
            TriageLevel l = TriageLevel.fromId(s).orElse(null);
            if (l == null) {
                problem(p + ".levels", "'" + s + "' is not a triage level; accepted: " + levelIds());
            } else {
                levels.add(l);
            }
        }
        List<Mechanism> mechanisms = new ArrayList<>();
        for (String s : strings(n, p, "mechanisms")) {
            Mechanism m = mechanism(new com.fasterxml.jackson.databind.node.TextNode(s), p + ".mechanisms");
            if (m != null) {
                mechanisms.add(m);
            }
        }
        List<Integer> articleParagraphs = paragraphs(n, p, "seed");
        List<String> sources = refs(n, p, "sources", sourceIds);
        if (articleParagraphs.isEmpty() && sources.isEmpty()) {
            problem(p, "advice needs a seed paragraph or a source, so it can be traced");
        }
        return new Advice(id(n, p), category, text(n, p, "text"), levels, mechanisms, articleParagraphs, sources);
    }

    /**
     * Conditions are written as YAML mappings: each key a finding (ANDed together) or {@code all}/{@code any}
     * with a list of conditions. A boolean finding takes true/false; a choice takes a value or a list of
     * values; a number takes a comparison such as {@code ">= 50"} or a list of comparisons.
     */
    Condition condition(JsonNode n, String p, Map<String, Finding> findings) {
        if (n == null || !n.isObject() || n.isEmpty()) {
            problem(p, "must be a mapping such as {saddle_numbness: true} or {any: [{...}, {...}]}");
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            String kp = p + "." + key;
            if (key.equals("all") || key.equals("any")) {
                if (!v.isArray() || v.isEmpty()) {
                    problem(kp, "must be a non-empty list of conditions");
                    continue;
                }
                List<Condition> sub = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    Condition c = condition(v.get(i), kp + "[" + i + "]", findings);
                    if (c != null) {
                        sub.add(c);
                    }
                }
                if (sub.size() == v.size()) {
                    parts.add(key.equals("all") ? new Condition.All(sub) : new Condition.Any(sub));
                }
                continue;
            }
            Finding f = findings.get(key);
            if (f == null) {
                problem(kp, "'" + key + "' is not a finding (or all/any)");
                continue;
            }
            Condition c = switch (f.type()) {
                case BOOLEAN ->
                    v.isBoolean()
                            ? new Condition.Equals(key, v.asBoolean())
                            : bad(kp, "a yes/no finding takes true or false, was " + v);
                case CHOICE -> choiceCondition(f, v, kp);
                case INTEGER, NUMBER -> numberCondition(f, v, kp);
            };
            if (c != null) {
                parts.add(c);
            }
        }
        if (parts.size() != n.size()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition choiceCondition(Finding f, JsonNode v, String p) {
        List<String> values = new ArrayList<>();
        if (v.isTextual()) {
            values.add(v.asText());
        } else if (v.isArray() && !v.isEmpty()) {
            v.forEach(x -> values.add(x.asText()));
        } else {
            return bad(p, "a choice takes a value or a list of values from " + f.choiceValues());
        }
        for (String s : values) {
            if (f.choice(s).isEmpty()) {
                return bad(p, "'" + s + "' is not a value of " + f.id() + "; accepted: " + f.choiceValues());
            }
        }
        return values.size() == 1
                ? new Condition.Equals(f.id(), values.get(0))
                : new Condition.OneOf(f.id(), new LinkedHashSet<>(values));
    }

    private Condition numberCondition(Finding f, JsonNode v, String p) {
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        List<Condition> parts = new ArrayList<>();
        for (JsonNode item : items) {
            String[] bits = item.asText().trim().split("\\s+", -1);
            Condition.Op op = bits.length != 2
                    ? null
                    : switch (bits[0]) {
                        case "<" -> Condition.Op.LT;
                        case "<=" -> Condition.Op.LE;
                        case ">" -> Condition.Op.GT;
                        case ">=" -> Condition.Op.GE;
                        default -> null;
                    };
            double threshold;
            try {
                threshold = bits.length == 2 ? Double.parseDouble(bits[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (op == null || !Double.isFinite(threshold)) {
                return bad(p, "a number takes comparisons such as \">= 50\" or [\">= 40\", \"< 60\"], was " + item);
            }
            parts.add(new Condition.Compare(f.id(), op, threshold));
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition bad(String p, String message) {
        problem(p, message);
        return null;
    }

    // --- small readers that record a problem instead of throwing, so every problem is reported at once ---

    private interface EntryReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonNode root, String section, EntryReader<T> reader, Function<JsonNode, String> name) {
        JsonNode arr = array(root, "", section);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String label = name.apply(n);
            String p = section + "[" + (label == null || label.isEmpty() ? String.valueOf(i) : label) + "]";
            if (!n.isObject()) {
                problem(p, "must be a mapping");
                continue;
            }
            T t = reader.read(n, p);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private JsonNode array(JsonNode n, String p, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            problem(join(p, field), "must be a list");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return a;
    }

    private void fields(JsonNode n, String p, String... allowed) {
        if (!(n instanceof ObjectNode)) {
            return;
        }
        Set<String> ok = Set.of(allowed);
        n.fieldNames().forEachRemaining(f -> {
            if (!ok.contains(f)) {
                problem(join(p, f), "unknown field; accepted: " + String.join(", ", allowed));
            }
        });
    }

    private String id(JsonNode n, String p) {
        String id = text(n, p, "id");
        if (id != null && !id.matches("[a-z][a-z0-9_]*")) {
            problem(p + ".id", "'" + id + "' must be lower_snake_case");
        }
        return id;
    }

    private String text(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problem(join(p, field), "is required and must be text");
            return null;
        }
        return v.asText().strip();
    }

    private boolean bool(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            problem(join(p, field), "is required and must be true or false");
            return false;
        }
        return v.asBoolean();
    }

    private Double number(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            problem(join(p, field), "must be a number");
            return null;
        }
        return v.asDouble();
    }

    private double probability(JsonNode n, String p, String field) {
        Double d = number(n, p, field);
        if (d != null && (d <= 0 || d >= 1)) {
            problem(join(p, field), "a prior probability must be strictly between 0 and 1, was " + d);
        }
        return d == null ? 0.5 : d;
    }

    private int paragraph(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() < 1 || v.asInt() > ARTICLE_PARAGRAPHS) {
            problem(join(p, field), "must be a seed paragraph number 1.." + ARTICLE_PARAGRAPHS);
            return 0;
        }
        return v.asInt();
    }

    private List<Integer> paragraphs(JsonNode n, String p, String field) {
        List<Integer> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            problem(join(p, field), "must be a list of seed paragraph numbers");
            return out;
        }
        for (JsonNode x : v) {
            if (!x.canConvertToInt() || x.asInt() < 1 || x.asInt() > ARTICLE_PARAGRAPHS) {
                problem(join(p, field), "'" + x + "' is not a seed paragraph number 1.." + ARTICLE_PARAGRAPHS);
            } else {
                out.add(x.asInt());
            }
        }
        return out;
    }

    private List<String> strings(JsonNode n, String p, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            problem(join(p, field), "must be a list");
            return out;
        }
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    private List<String> refs(JsonNode n, String p, String field, Set<String> sourceIds) {
        List<String> out = strings(n, p, field);
        for (String s : out) {
            if (!sourceIds.contains(s)) {
                problem(join(p, field), "'" + s + "' is not a source id (see the sources section)");
            }
        }
        return out;
    }

    private TriageLevel level(JsonNode n, String p, String field) {
        String s = text(n, p, field);
        if (s == null) {
            return null;
        }
        TriageLevel l = TriageLevel.fromId(s).orElse(null);
        if (l == null) {
            problem(join(p, field), "'" + s + "' is not a triage level; accepted: " + levelIds());
        }
        return l;
    }

    private AdviceCategory adviceCategory(JsonNode n, String p, String field) {
        String s = text(n, p, field);
        if (s == null) {
            return null;
        }
        AdviceCategory c = AdviceCategory.fromId(s).orElse(null);
        if (c == null) {
            problem(
                    join(p, field),
                    "'" + s + "' is not an advice category; accepted: "
                            + Arrays.stream(AdviceCategory.values())
                                    .map(AdviceCategory::id)
                                    .sorted()
                                    .toList());
        }
        return c;
    }

    private Mechanism mechanism(JsonNode v, String p) {
        String s = v == null ? null : v.asText();
        Mechanism m = s == null ? null : Mechanism.fromId(s).orElse(null);
        if (m == null) {
            problem(
                    p,
                    "'" + s + "' is not a mechanism; accepted: "
                            + Arrays.stream(Mechanism.values())
                                    .map(Mechanism::id)
                                    .toList());
        }
        return m;
    }

    private <T> Set<String> ids(List<T> items, Function<T, String> id, String section) {
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            String s = id.apply(t);
            if (s != null && !seen.add(s)) {
                problem(section + "[" + s + "]", "duplicate id");
            }
        }
        return seen;
    }

    private static String levelIds() {
        return Arrays.stream(TriageLevel.values()).map(TriageLevel::id).toList().toString();
    }

    private static String sorted(Set<String> s) {
        return s.stream().sorted().toList().toString();
    }

    private static String join(String p, String field) {
        return p.isEmpty() ? field : p + "." + field;
    }

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }
}
