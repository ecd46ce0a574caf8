package org.backcrack.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcrack.assess.engine.AdviceItem;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Contribution;
import org.backcrack.assess.engine.MechanismResult;
import org.backcrack.assess.engine.TriageReason;

/**
 * The assessment as plain text for a terminal: what to do now first, then the likely mechanisms with a bar
 * and "because" lines, then advice, then the note that this is information, not a diagnosis.
 */
public final class AssessmentText {
    static final int WIDTH = 96;
    private static final int BAR = 20;

    private AssessmentText() {}

    public static String of(Assessment a) {
        StringBuilder sb = new StringBuilder();
        var t = a.triage();
        String banner = switch (t.level()) {
            case EMERGENCY -> "!!! ";
            case URGENT -> "!! ";
            case SOON -> "! ";
            case SELF_CARE -> "";
        };
        sb.append(banner)
                .append(t.title().toUpperCase(Locale.ROOT))
                .append("  [")
                .append(t.level().id())
                .append("]\n");
        wrap(sb, t.action(), "  ", "  ");
        if (!t.reasons().isEmpty()) {
            sb.append("\n  Why:\n");
            for (TriageReason r : t.reasons()) {
                sb.append("  - ")
                        .append(r.title())
                        .append(" [")
                        .append(r.level().id())
                        .append("]\n");
                wrap(sb, r.message(), "    ", "    ");
                wrap(sb, "Source: " + AssessmentJson.sources(r.sources()) + ".", "    ", "    ");
                if (r.precautionary()) {
                    wrap(
                            sb,
                            "Counted as a warning: you answered yes to a warning sign, and a question it depends on ("
                                    + String.join(
                                            ", ",
                                            r.assumed().stream()
                                                    .map(k -> k.replace('_', ' '))
                                                    .toList())
                                    + ") was left unanswered, so it is taken as 'it may be so', never as 'no'.",
                            "    ",
                            "    ");
                    for (var alt : r.wouldChange()) {
                        wrap(
                                sb,
                                "If " + alt.text() + ", this would be: " + alt.title() + " ["
                                        + alt.level().id() + "].",
                                "    ",
                                "    ");
                    }
                }
            }
        }
        if (!t.notAssessed().isEmpty()) {
            sb.append('\n');
            wrap(
                    sb,
                    "Not assessed (warning questions left unanswered, so they could not be ruled out): "
                            + String.join(
                                    ", ",
                                    t.notAssessed().stream()
                                            .map(k -> k.replace('_', ' '))
                                            .toList()) + ".",
                    "  ",
                    "  ");
        }
        int nameWidth =
                a.mechanisms().stream().mapToInt(m -> m.name().length()).max().orElse(20);
        sb.append("\nWhat the sound most likely is\n");
        a.mechanisms().stream().filter(m -> m.mechanism().explainsSound()).forEach(m -> mechanism(sb, m, nameWidth));
        sb.append("\nWhat else could be behind it\n");
        a.mechanisms().stream().filter(m -> !m.mechanism().explainsSound()).forEach(m -> mechanism(sb, m, nameWidth));
        sb.append("\nWhat to do\n");
        for (AdviceItem i : a.advice()) {
            wrap(sb, i.text(), "  - ", "    ");
        }
        sb.append('\n');
        wrap(sb, a.disclaimer() + " (knowledge " + a.knowledgeVersion() + ")", "", "");
        return sb.toString();
    }

    private static void mechanism(StringBuilder sb, MechanismResult m, int nameWidth) {
        sb.append("  ")
                .append(pad(m.name(), nameWidth))
                .append("  ")
                .append(bar(m.probability()))
                .append(String.format(Locale.ROOT, " %3.0f%%", 100 * m.probability()))
                .append('\n');
        List<String> because = new ArrayList<>();
        for (Contribution c : m.evidence().subList(0, Math.min(3, m.evidence().size()))) {
            because.add(c.finding().replace('_', ' ') + " = " + show(c.value())
                    + String.format(Locale.ROOT, " (x%s)", trim(c.weight())));
        }
        if (!because.isEmpty()) {
            wrap(sb, "because " + String.join(", ", because), "      ", "        ");
        }
    }

    static String bar(double p) {
        int full = (int) Math.round(p * BAR);
        return "#".repeat(full) + ".".repeat(BAR - full);
    }

    private static String show(Object v) {
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof Double d) {
            return trim(d);
        }
        return String.valueOf(v).replace('_', ' ');
    }

    private static String trim(double d) {
        return d == Math.rint(d)
                ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** Word-wraps text at {@link #WIDTH} columns with a first-line and a following-line prefix. */
    static void wrap(StringBuilder sb, String text, String first, String rest) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+", -1)) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(prefix).append(line).append('\n');
                line.setLength(0);
                prefix = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            sb.append(prefix).append(line).append('\n');
        }
    }
}
