package org.backcrack.assess.condition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.backcrack.assess.Answers;

/**
 * A condition over answered findings, evaluated in three-valued logic ({@link Truth}). Red-flag rules,
 * evidence and skip logic of the questionnaire are all written with it in the knowledge base.
 */
public sealed interface Condition {

    /** TRUE or FALSE when the answers decide it, UNKNOWN when a question it needs is unanswered. */
    Truth evaluate(Answers answers);

    /** The findings this condition reads, in the order written. */
    Set<String> findings();

    /**
     * The precautionary reading used by triage: a part on one of the {@code signs} (the rule's warning
     * signs) is read as answered, so an unanswered warning sign stays unknown; any other part (a qualifier
     * such as pain, region, age or when it started) that is unanswered is taken as holding. An answered part
     * is read as it is. A rule whose precautionary reading is TRUE while its plain reading is UNKNOWN fires
     * on the precautionary principle: an unanswered qualifier never switches off an answered warning sign.
     */
    Truth evaluateAssuming(Answers answers, Set<String> signs);

    /** The single-finding parts (equals, one-of, comparisons) of this condition, in the order written. */
    List<Condition> leaves();

    /** True when a single-finding part on one of {@code findings} holds on the answers (no allocation: hot path). */
    boolean anyPartHolds(Answers answers, Set<String> findings);

    /** Plain-language rendering, e.g. {@code age >= 50 and night_pain is yes}. */
    String describe();

    /** The finding has exactly this value (a boolean or a choice). */
    record Equals(String finding, Object value) implements Condition {
        public Equals {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Truth evaluate(Answers answers) {
            Object given = answers.get(finding);
            return given == null ? Truth.UNKNOWN : Truth.of(value.equals(given));
        }

        @Override
        public Truth evaluateAssuming(Answers answers, Set<String> signs) {
            return !signs.contains(finding) && !answers.isAnswered(finding) ? Truth.TRUE : evaluate(answers);
        }

        @Override
        public boolean anyPartHolds(Answers answers, Set<String> findings) {
            return findings.contains(finding) && evaluate(answers) == Truth.TRUE;
        }

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }

        @Override
        public Set<String> findings() {
            return Set.of(finding);
        }

        @Override
        public String describe() {
            return finding + " is " + (value instanceof Boolean b ? (b ? "yes" : "no") : value);
        }
    }

    /** The finding's choice is one of these values. */
    record OneOf(String finding, Set<String> values) implements Condition {
        public OneOf {
            Objects.requireNonNull(finding, "finding");
            values = Set.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("one-of needs at least one value");
            }
        }

        @Override
        public Truth evaluate(Answers answers) {
            Object given = answers.get(finding);
            return given == null ? Truth.UNKNOWN : Truth.of(values.contains(given));
        }

        @Override
        public Truth evaluateAssuming(Answers answers, Set<String> signs) {
            return !signs.contains(finding) && !answers.isAnswered(finding) ? Truth.TRUE : evaluate(answers);
        }

        @Override
        public boolean anyPartHolds(Answers answers, Set<String> findings) {
            return findings.contains(finding) && evaluate(answers) == Truth.TRUE;
        }

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }

        @Override
        public Set<String> findings() {
            return Set.of(finding);
        }

        @Override
        public String describe() {
            return finding + " is one of " + values.stream().sorted().toList();
        }
    }

    /** Numeric comparison of a finding with a threshold. */
    record Compare(String finding, Op op, double threshold) implements Condition {
        public Compare {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(op, "op");
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("threshold must be finite");
            }
        }

        @Override
        public Truth evaluate(Answers answers) {
            Object given = answers.get(finding);
            return given instanceof Number n ? Truth.of(op.test(n.doubleValue(), threshold)) : Truth.UNKNOWN;
        }

        @Override
        public Truth evaluateAssuming(Answers answers, Set<String> signs) {
            return !signs.contains(finding) && !answers.isAnswered(finding) ? Truth.TRUE : evaluate(answers);
        }

        @Override
        public boolean anyPartHolds(Answers answers, Set<String> findings) {
            return findings.contains(finding) && evaluate(answers) == Truth.TRUE;
        }

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }

        @Override
        public Set<String> findings() {
            return Set.of(finding);
        }

        @Override
        public String describe() {
            return finding + " " + op.symbol() + " " + formatNumber(threshold);
        }
    }

    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("'all' needs at least one condition");
            }
        }

        @Override
        public Truth evaluate(Answers answers) {
            Truth t = Truth.TRUE;
            for (Condition c : parts) {
                t = t.and(c.evaluate(answers));
                if (t == Truth.FALSE) {
                    return t;
                }
            }
            return t;
        }

        @Override
        public Truth evaluateAssuming(Answers answers, Set<String> signs) {
            Truth t = Truth.TRUE;
            for (Condition c : parts) {
                t = t.and(c.evaluateAssuming(answers, signs));
            }
            return t;
        }

        @Override
        public boolean anyPartHolds(Answers answers, Set<String> findings) {
            return Condition.anyPartHolds(parts, answers, findings);
        }

        @Override
        public List<Condition> leaves() {
            return leavesOf(parts);
        }

        @Override
        public Set<String> findings() {
            return findingsOf(parts);
        }

        @Override
        public String describe() {
            return String.join(
                    " and ",
                    parts.stream()
                            .map(p -> p instanceof Any ? "(" + p.describe() + ")" : p.describe())
                            .toList());
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("'any' needs at least one condition");
            }
        }

        @Override
        public Truth evaluate(Answers answers) {
            Truth t = Truth.FALSE;
            for (Condition c : parts) {
                t = t.or(c.evaluate(answers));
                if (t == Truth.TRUE) {
                    return t;
                }
            }
            return t;
        }

        @Override
        public Truth evaluateAssuming(Answers answers, Set<String> signs) {
            Truth t = Truth.FALSE;
            for (Condition c : parts) {
                t = t.or(c.evaluateAssuming(answers, signs));
            }
            return t;
        }

        @Override
        public boolean anyPartHolds(Answers answers, Set<String> findings) {
            return Condition.anyPartHolds(parts, answers, findings);
        }

        @Override
        public List<Condition> leaves() {
            return leavesOf(parts);
        }

        @Override
        public Set<String> findings() {
            return findingsOf(parts);
        }

        @Override
        public String describe() {
            return String.join(
                    " or ",
                    parts.stream()
                            .map(p -> p instanceof All ? "(" + p.describe() + ")" : p.describe())
                            .toList());
        }
    }

    /** Comparison operators for numeric findings, written {@code ">= 50"} in the knowledge base. */
    enum Op {
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(double value, double threshold) {
            return switch (this) {
                case LT -> value < threshold;
                case LE -> value <= threshold;
                case GT -> value > threshold;
                case GE -> value >= threshold;
            };
        }
    }

    private static boolean anyPartHolds(List<Condition> parts, Answers answers, Set<String> findings) {
        for (Condition c : parts) {
            if (c.anyPartHolds(answers, findings)) {
                return true;
            }
        }
        return false;
    }

    private static List<Condition> leavesOf(List<Condition> parts) {
        return parts.stream().flatMap(p -> p.leaves().stream()).toList();
    }

    private static Set<String> findingsOf(List<Condition> parts) {
        Set<String> all = new LinkedHashSet<>();
        parts.forEach(p -> all.addAll(p.findings()));
        return all;
    }

    /** A threshold as written: whole numbers without a decimal point. */
    public static String formatNumber(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
