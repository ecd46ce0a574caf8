package org.backcrack.assess.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.engine.Assessor;

/**
 * Scores the triage on clinical vignettes the way symptom checkers are audited (Semigran et al., BMJ 2015):
 * for each expected level, how many came out exactly, more urgent (over-triage) or less urgent (under-triage),
 * with the emergency sensitivity and the under-triage of urgent and emergency cases. Pure: the vignettes are
 * read elsewhere.
 */
public final class TriageAudit {

    /** One clinical case: its answers and the level a clinician expects, with free tags (kind of case). */
    public record Vignette(String id, String set, Answers answers, TriageLevel expected, List<String> tags) {
        public Vignette {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(expected, "expected");
            tags = List.copyOf(tags);
        }
    }

    /** A vignette and the level it got. */
    public record Outcome(Vignette vignette, TriageLevel got) {
        public boolean exact() {
            return got == vignette.expected();
        }

        public boolean over() {
            return got.moreUrgentThan(vignette.expected());
        }

        public boolean under() {
            return vignette.expected().moreUrgentThan(got);
        }
    }

    /** Counts for one row of the table. */
    public record Row(String label, int n, int exact, int over, int under) {
        Row add(Outcome o) {
            return new Row(
                    label, n + 1, exact + (o.exact() ? 1 : 0), over + (o.over() ? 1 : 0), under + (o.under() ? 1 : 0));
        }
    }

    /** The whole audit: rows per expected level, per tag and per set, the outcomes, and the headline figures. */
    public record Report(
            List<Outcome> outcomes,
            Map<TriageLevel, Row> byLevel,
            Map<String, Row> byTag,
            Map<String, Row> bySet,
            Row total) {

        /** Share of expected emergencies triaged as emergencies (NaN when there are none). */
        public double emergencySensitivity() {
            Row r = byLevel.get(TriageLevel.EMERGENCY);
            return r == null || r.n() == 0 ? Double.NaN : (double) r.exact() / r.n();
        }

        /** Expected urgent or emergency cases that came out less urgent. */
        public int underTriagedUrgentOrEmergency() {
            return (int) outcomes.stream()
                    .filter(o -> o.under() && o.vignette().expected().moreUrgentThan(TriageLevel.SOON))
                    .count();
        }

        /** Share of all cases triaged more urgently than expected. */
        public double overTriageRate() {
            return total.n() == 0 ? Double.NaN : (double) total.over() / total.n();
        }

        /** The table as Markdown, with the headline figures under it. */
        public String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append("| expected | cases | exact | over-triaged | under-triaged |\n|---|---:|---:|---:|---:|\n");
            for (TriageLevel l : TriageLevel.values()) {
                Row r = byLevel.get(l);
                if (r != null) {
                    row(sb, "`" + l.id() + "`", r);
                }
            }
            row(sb, "**all**", total);
            if (bySet.size() > 1) {
                sb.append("\n| set | cases | exact | over-triaged | under-triaged |\n|---|---:|---:|---:|---:|\n");
                bySet.forEach((k, r) -> row(sb, k, r));
            }
            if (!byTag.isEmpty()) {
                sb.append(
                        "\n| kind of case (tag) | cases | exact | over-triaged | under-triaged |\n|---|---:|---:|---:|---:|\n");
                byTag.forEach((k, r) -> row(sb, "`" + k + "`", r));
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "%nEmergency sensitivity: %s. Urgent or emergency cases under-triaged: %d."
                            + " Over-triage: %d of %d (%s).%n",
                    percent(emergencySensitivity()),
                    underTriagedUrgentOrEmergency(),
                    total.over(),
                    total.n(),
                    percent(overTriageRate())));
            List<Outcome> wrong = outcomes.stream().filter(o -> !o.exact()).toList();
            if (!wrong.isEmpty()) {
                sb.append("\nCases not triaged as expected:\n\n");
                for (Outcome o : wrong) {
                    sb.append("- ")
                            .append(o.vignette().id())
                            .append(": expected ")
                            .append(o.vignette().expected().id())
                            .append(", got ")
                            .append(o.got().id())
                            .append(o.under() ? " (UNDER)" : " (over)")
                            .append('\n');
                }
            }
            return sb.toString();
        }

        private static void row(StringBuilder sb, String label, Row r) {
            sb.append("| ")
                    .append(label)
                    .append(" | ")
                    .append(r.n())
                    .append(" | ")
                    .append(cell(r.exact(), r.n()))
                    .append(" | ")
                    .append(cell(r.over(), r.n()))
                    .append(" | ")
                    .append(cell(r.under(), r.n()))
                    .append(" |\n");
        }

        private static String cell(int k, int n) {
            return k + " (" + percent(n == 0 ? Double.NaN : (double) k / n) + ")";
        }

        private static String percent(double x) {
            return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
        }
    }

    private TriageAudit() {}

    public static Report run(Assessor assessor, List<Vignette> vignettes) {
        List<Outcome> outcomes = new ArrayList<>(vignettes.size());
        Map<TriageLevel, Row> byLevel = new EnumMap<>(TriageLevel.class);
        Map<String, Row> byTag = new TreeMap<>();
        Map<String, Row> bySet = new LinkedHashMap<>();
        Row total = new Row("all", 0, 0, 0, 0);
        for (Vignette v : vignettes) {
            Outcome o = new Outcome(v, assessor.triage(v.answers()).level());
            outcomes.add(o);
            byLevel.merge(v.expected(), new Row(v.expected().id(), 0, 0, 0, 0).add(o), (a, b) -> a.add(o));
            for (String t : v.tags()) {
                byTag.merge(t, new Row(t, 0, 0, 0, 0).add(o), (a, b) -> a.add(o));
            }
            bySet.merge(v.set(), new Row(v.set(), 0, 0, 0, 0).add(o), (a, b) -> a.add(o));
            total = total.add(o);
        }
        return new Report(outcomes, byLevel, byTag, bySet, total);
    }
}
