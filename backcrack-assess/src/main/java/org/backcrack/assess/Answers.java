package org.backcrack.assess;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's answers: finding id to value. A finding that is absent was not answered, which is not the
 * same as "no". Values are {@link Boolean}, {@link Double} (every number, integers included) or
 * {@link String} (a choice). Immutable; read and validated against the knowledge base by
 * {@code answers.AnswersReader}.
 *
 * <p>It sits in the base package, beside {@link TriageLevel}, because every layer reads it: conditions are
 * evaluated on it, the knowledge base's rules and the engine use it, and the {@code answers} package parses it.
 */
public final class Answers {
    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Object> values;

    private Answers(Map<String, Object> values) {
        this.values = values;
    }

    public static Answers empty() {
        return EMPTY;
    }

    /** Answers from a map whose values are already normalised (Boolean, Double or String). */
    public static Answers of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), normalise(k, v)));
        return new Answers(Collections.unmodifiableMap(copy));
    }

    private static Object normalise(String key, Object v) {
        if (v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("answer " + key + " must be a boolean, number or string, was " + v);
    }

    /** The value, or null when the finding was not answered. */
    public Object get(String finding) {
        return values.get(finding);
    }

    public boolean isAnswered(String finding) {
        return values.containsKey(finding);
    }

    /** These answers plus one more (or one changed). */
    public Answers with(String finding, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(finding, normalise(finding, value));
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** These answers with one left unanswered. */
    public Answers without(String finding) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(finding);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Set<String> answered() {
        return values.keySet();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}
