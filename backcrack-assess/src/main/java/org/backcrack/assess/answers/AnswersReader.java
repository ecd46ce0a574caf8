package org.backcrack.assess.answers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.backcrack.assess.Answers;
import org.backcrack.assess.AssessError;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;

/**
 * Turns an answers JSON object into {@link Answers}, checked against the knowledge base's findings.
 *
 * <p>A key that is absent, or whose value is JSON {@code null}, is "not answered". An unknown key, a wrong
 * type or a value out of range is an {@link InputException} that names the key, what was given and what is
 * accepted, with a did-you-mean suggestion; every problem in the object is listed, the first one's key and
 * field are the exception's.
 */
public final class AnswersReader {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private final KnowledgeBase kb;

    public AnswersReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    public Answers read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InputException(
                    AssessError.ANSWERS_NOT_AN_OBJECT,
                    null,
                    "answers must be a JSON object such as "
                            + "{\"region\": \"lower_back\", \"pain\": \"none\"}; got " + describe(json)
                            + ". Run 'backcrack assess --schema' for every key and value.");
        }
        if (json.size() > MAX_KEYS) {
            throw new InputException(
                    AssessError.ANSWERS_TOO_MANY_KEYS,
                    null,
                    "answers have " + json.size() + " keys; there are "
                            + kb.findings().size()
                            + " questions. Run 'backcrack assess --schema' for every key and value.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<InputException> problems = new ArrayList<>();
        boolean unknownKey = false;
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            try {
                Object v = value(e.getKey(), e.getValue());
                if (v != null) {
                    values.put(e.getKey(), v);
                }
            } catch (InputException ex) {
                problems.add(ex);
                unknownKey |= ex.kind() == AssessError.ANSWERS_UNKNOWN_KEY
                        && !ex.getMessage().contains("did you mean");
            }
        }
        if (problems.size() == 1) {
            InputException only = problems.get(0);
            throw only.kind() == AssessError.ANSWERS_UNKNOWN_KEY
                            && !only.getMessage().contains("did you mean")
                    ? new InputException(only.kind(), only.field(), only.getMessage() + " " + acceptedKeys())
                    : only;
        }
        if (!problems.isEmpty()) {
            // Bounded: each problem once, at most MAX_LISTED of them, and the key list once at the end, so an
            // error never grows faster than the request that caused it.
            InputException first = problems.get(0);
            StringBuilder sb = new StringBuilder(problems.size() + " problems in the answers:");
            problems.stream().limit(MAX_LISTED).forEach(p -> sb.append("\n  - ").append(p.getMessage()));
            if (problems.size() > MAX_LISTED) {
                sb.append("\n  - and ").append(problems.size() - MAX_LISTED).append(" more");
            }
            if (unknownKey) {
                sb.append("\n  ").append(acceptedKeys());
            }
            throw new InputException(first.kind(), first.field(), sb.toString());
        }
        return Answers.of(values);
    }

    /** More keys than this is not an answers object (there are about 45 questions). */
    static final int MAX_KEYS = 200;
    /** Problems listed one by one in an error; the rest are counted. */
    static final int MAX_LISTED = 10;
    /** Longest key or value echoed back in a message. */
    static final int MAX_ECHO = 60;

    private String acceptedKeys() {
        return "Accepted keys: " + String.join(", ", kb.findings().keySet()) + ".";
    }

    /** A key as it is echoed in a message: at most {@value #MAX_ECHO} characters, control characters escaped. */
    static String echo(String s) {
        return org.backcrack.core.Printable.of(s, MAX_ECHO);
    }

    private Object value(String key, JsonNode v) {
        Finding f = kb.finding(key).orElseThrow(() -> {
            String hint =
                    key.length() > MAX_ECHO ? "" : suggest(key, kb.findings().keySet());
            return new InputException(
                    AssessError.ANSWERS_UNKNOWN_KEY,
                    echo(key),
                    "unknown answer key '" + echo(key) + "'" + hint
                            + (hint.isEmpty() ? "." : ". 'backcrack assess --schema' lists every accepted key."));
        });
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (f.type()) {
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw wrongType(f, v, "true or false");
                }
                yield v.asBoolean();
            }
            case CHOICE -> {
                if (!v.isTextual()) {
                    throw wrongType(f, v, "one of " + quoted(f.choiceValues()));
                }
                String s = v.asText();
                if (f.choice(s).isEmpty()) {
                    throw new InputException(
                            AssessError.ANSWERS_NOT_ALLOWED,
                            key,
                            "'" + key + "' was \"" + echo(s) + "\", which is "
                                    + "not allowed" + (s.length() > MAX_ECHO ? "" : suggest(s, f.choiceValues()))
                                    + ". Accepted: "
                                    + quoted(f.choiceValues()) + ".");
                }
                yield s;
            }
            case INTEGER, NUMBER -> {
                if (!v.isNumber()) {
                    throw wrongType(f, v, range(f));
                }
                double d = v.asDouble();
                boolean integral = d == Math.rint(d);
                if (!Double.isFinite(d)
                        || d < f.min()
                        || d > f.max()
                        || (f.type() == org.backcrack.assess.knowledge.FindingType.INTEGER && !integral)) {
                    throw new InputException(
                            AssessError.ANSWERS_OUT_OF_RANGE,
                            key,
                            "'" + key + "' was " + v + ", which is out of " + "range. Accepted: " + range(f) + ".");
                }
                yield d;
            }
        };
    }

    private static InputException wrongType(Finding f, JsonNode v, String accepted) {
        return new InputException(
                AssessError.ANSWERS_WRONG_TYPE,
                f.id(),
                "'" + f.id() + "' was " + describe(v) + ". Accepted: " + accepted + ".");
    }

    /** How a numeric finding's accepted values read, e.g. "a whole number from 0 to 120 (years)". */
    public static String range(Finding f) {
        String kind = f.type() == org.backcrack.assess.knowledge.FindingType.INTEGER ? "a whole number" : "a number";
        return kind + " from " + fmt(f.min()) + " to " + fmt(f.max()) + (f.unit() == null ? "" : " (" + f.unit() + ")");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        String kind = v.isTextual()
                ? "the text "
                : v.isNumber()
                        ? "the number "
                        : v.isBoolean() ? "the boolean " : v.isArray() ? "a list " : v.isObject() ? "an object " : "";
        String shown = v.toString();
        return kind + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(s -> "\"" + s + "\"").toList());
    }

    /** ", did you mean 'x'?" for the closest known word, or "" when nothing is close. */
    public static String suggest(String given, Iterable<String> known) {
        return closest(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static Optional<String> closest(String given, Iterable<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        known.forEach(candidates::add);
        return candidates.stream()
                .map(k -> Map.entry(k, score(g, k)))
                .filter(e -> e.getValue() >= 0 && e.getValue() <= Math.max(2, g.length() / 3))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static int score(String given, String known) {
        if (known.contains(given) && given.length() >= 4) {
            return 1;
        }
        return DISTANCE.apply(given, known);
    }
}
