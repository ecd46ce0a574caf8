package org.backcrack.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backcrack.app.plot.JournalCharts;
import org.backcrack.assess.engine.AdviceItem;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Contribution;
import org.backcrack.assess.engine.MechanismResult;
import org.backcrack.assess.engine.TriageReason;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;

/**
 * The assessment as one XHTML page for a clinician, the same content as the printed result page of the web app
 * (result.js with app.css's {@code @media print}): triage level and action, the reasons with their sources, the
 * answers given (question → answer, and the warning questions left unanswered as "not assessed"), the mechanisms
 * with their probabilities and evidence, the advice, the knowledge version and date, and the disclaimer.
 *
 * <p>Every piece of text is escaped for XML: answers come from a file the person wrote, and the page is parsed
 * as strict XHTML by {@link ReportPdf}. The style sheet is in the page (a PDF has no Content-Security-Policy);
 * it sets A4 with 15 mm margins and keeps a table row or a reason on one page.
 */
public final class ClinicianReport {
    /** Evidence lines shown per mechanism, as on the web page (result.js shows the first four). */
    private static final int EVIDENCE_SHOWN = 4;

    private static final Map<String, String> CATEGORY = Map.of(
            "act_now", "Do now",
            "when_to_seek_care", "When to get help",
            "tell_clinician", "Tell the clinician",
            "reassurance", "Good to know",
            "exercise", "Exercise",
            "posture", "Posture",
            "ergonomics", "Desk and work",
            "movement_breaks", "Breaks from sitting",
            "stretching", "Stretching");

    private static final String CSS = """
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
            h1 { font-size: 17pt; margin: 0 0 2mm; }
            h2 { font-size: 13pt; margin: 5mm 0 2mm; border-bottom: 0.5pt solid #777; }
            h3 { font-size: 11pt; margin: 3mm 0 1mm; }
            .meta { color: #333; font-size: 9.5pt; margin: 0 0 3mm; }
            .triage { border: 2.5pt solid #000; padding: 3mm 4mm; margin: 3mm 0; }
            .triage .level { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5pt; }
            .triage h2 { border: none; margin: 0 0 1mm; font-size: 15pt; }
            .reason, .mechanism, .advice, tr, li { page-break-inside: avoid; }
            h2, h3 { page-break-after: avoid; }
            .mechanism { margin: 0 0 2.5mm; }
            .reason { margin: 0 0 3mm; }
            .source, .because { color: #333; font-size: 9.5pt; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            table#journal { -fs-table-paginate: auto; }
            td.a { width: 32%; }
            th, td { border: 0.5pt solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.na { font-style: italic; }
            .bar { border: 0.5pt solid #000; height: 3mm; width: 60mm; }
            .bar div { background: #000; height: 3mm; }
            .disclaimer { margin-top: 6mm; border-top: 0.5pt solid #777; padding-top: 2mm; font-size: 9.5pt; }
            """;

    private ClinicianReport() {}

    /**
     * The page of an assessment.
     *
     * @param a       the assessment
     * @param kb      the knowledge base it was made with, for the questions' wording and the choices' labels
     * @param printed the day the report is made, shown beside the knowledge version
     * @param journal journal rows to add as a last table, newest first (empty for none)
     */
    public static String xhtml(Assessment a, KnowledgeBase kb, LocalDate printed, List<JournalRow> journal) {
        return xhtml(a, kb, printed, journal, "A4");
    }

    /**
     * As {@link #xhtml(Assessment, KnowledgeBase, LocalDate, List)} on another paper size.
     *
     * @param paper a CSS page size: {@code A4} or {@code letter} (the charts are 180 mm wide, which fits both)
     */
    public static String xhtml(
            Assessment a, KnowledgeBase kb, LocalDate printed, List<JournalRow> journal, String paper) {
        if (!paper.equals("A4") && !paper.equals("letter")) {
            throw new IllegalArgumentException("paper is A4 or letter, was " + paper);
        }
        StringBuilder sb = new StringBuilder(16_384);
        var t = a.triage();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>")
                .append(esc("backcrack report: " + t.title()))
                .append("</title><style>")
                .append("@page { size: ")
                .append(paper)
                .append("; margin: 15mm; }\n")
                .append(CSS)
                .append("</style></head><body>\n");
        sb.append("<h1>backcrack: report for a clinician</h1>\n<p class=\"meta\">Made on ")
                .append(esc(printed.toString()))
                .append(" with knowledge version ")
                .append(esc(a.knowledgeVersion()))
                .append(". From the person's own answers; no examination.</p>\n");
        sb.append("<div class=\"triage\" id=\"triage\"><div class=\"level\">Triage: ")
                .append(esc(t.level().id().replace('_', ' ')))
                .append("</div><h2>")
                .append(esc(t.title()))
                .append("</h2><p>")
                .append(esc(t.action()))
                .append("</p></div>\n");
        if (!t.reasons().isEmpty()) {
            sb.append("<h2>Why</h2>\n");
            for (TriageReason r : t.reasons()) {
                sb.append("<div class=\"reason\"><strong>")
                        .append(esc(r.title()))
                        .append(".</strong> ")
                        .append(esc(r.message()))
                        .append("<div class=\"source\">Source: ")
                        .append(esc(AssessmentJson.sources(r.sources())))
                        .append("</div>");
                if (!r.assumed().isEmpty()) {
                    sb.append("<div class=\"because\">Counted as a warning: a warning sign was answered yes and ")
                            .append("these were left unanswered, taken as \"it may be so\": ")
                            .append(esc(String.join(
                                    " ",
                                    r.assumed().stream()
                                            .map(id -> question(kb, id))
                                            .toList())))
                            .append("</div>");
                }
                for (var alt : r.wouldChange()) {
                    sb.append("<div class=\"because\">If ")
                            .append(esc(alt.text()))
                            .append(", this would be: ")
                            .append(esc(alt.title()))
                            .append(".</div>");
                }
                sb.append("</div>\n");
            }
        }
        answers(sb, a, kb);
        mechanisms(sb, a, kb, true, "What the sound most likely is");
        mechanisms(sb, a, kb, false, "What else could be behind it");
        advice(sb, a);
        if (!journal.isEmpty()) {
            journal(sb, journal);
        }
        sb.append("<p class=\"disclaimer\">")
                .append(esc(a.disclaimer()))
                .append(" (knowledge version ")
                .append(esc(a.knowledgeVersion()))
                .append(")</p>\n</body></html>\n");
        return sb.toString();
    }

    /** One journal day for the report's last table: date, sounds per class, pain (null if not recorded), triage. */
    public record JournalRow(String date, int pops, int snaps, int grating, Integer pain, String triage) {}

    private static void answers(StringBuilder sb, Assessment a, KnowledgeBase kb) {
        Map<String, Object> given = a.answers().asMap();
        sb.append("<h2>Answers given</h2>\n");
        if (!a.triage().notAssessed().isEmpty()) {
            sb.append("<p class=\"because\">Warning-sign questions marked <em>not assessed</em> were left unanswered: ")
                    .append("they could not be ruled out.</p>\n");
        }
        sb.append("<table id=\"answers\"><thead><tr><th>Question</th><th>Answer</th></tr>")
                .append("</thead><tbody>\n");
        // In the knowledge base's (the questionnaire's) order, then any key it does not know, as given.
        List<String> order = new ArrayList<>();
        for (String id : kb.findings().keySet()) {
            if (given.containsKey(id)) {
                order.add(id);
            }
        }
        given.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String id : order) {
            row(sb, question(kb, id), answer(kb, id, given.get(id)), false);
        }
        for (String id : a.triage().notAssessed()) {
            row(sb, question(kb, id), "not assessed", true);
        }
        if (order.isEmpty() && a.triage().notAssessed().isEmpty()) {
            row(sb, "No answers were given.", "", false);
        }
        sb.append("</tbody></table>\n");
    }

    private static void row(StringBuilder sb, String question, String answer, boolean notAssessed) {
        sb.append("<tr><td>")
                .append(esc(question))
                .append(notAssessed ? "</td><td class=\"a na\">" : "</td><td class=\"a\">")
                .append(esc(answer))
                .append("</td></tr>\n");
    }

    private static void mechanisms(StringBuilder sb, Assessment a, KnowledgeBase kb, boolean sound, String title) {
        List<MechanismResult> ms = a.mechanisms().stream()
                .filter(m -> m.mechanism().explainsSound() == sound)
                .toList();
        if (ms.isEmpty()) {
            return;
        }
        sb.append("<h2>").append(esc(title)).append("</h2>\n");
        for (MechanismResult m : ms) {
            long pct = Math.round(m.probability() * 100);
            sb.append("<div class=\"mechanism\"><strong>")
                    .append(esc(m.name()))
                    .append("</strong> ")
                    .append(pct)
                    .append("%<div class=\"bar\"><div style=\"width: ")
                    .append(pct)
                    .append("%\"></div></div>");
            List<String> because = new ArrayList<>();
            for (Contribution c : m.evidence().stream().limit(EVIDENCE_SHOWN).toList()) {
                because.add(question(kb, c.finding()).replaceAll("\\?$", "") + ": " + answer(kb, c.finding(), c.value())
                        + (c.weight() >= 1 ? " (points towards it, ×" : " (points away, ×") + number(c.weight())
                        + ")");
            }
            if (!because.isEmpty()) {
                sb.append("<div class=\"because\">Because of the answers: ")
                        .append(esc(String.join("; ", because)))
                        .append("</div>");
            }
            sb.append("</div>\n");
        }
    }

    private static void advice(StringBuilder sb, Assessment a) {
        sb.append("<h2>What helps</h2>\n");
        String cat = null;
        for (AdviceItem i : a.advice()) {
            String c = i.category().id();
            if (!c.equals(cat)) {
                if (cat != null) {
                    sb.append("</ul></div>\n");
                }
                cat = c;
                sb.append("<div class=\"advice\"><h3>")
                        .append(esc(CATEGORY.getOrDefault(c, c.replace('_', ' '))))
                        .append("</h3><ul>");
            }
            sb.append("<li>").append(esc(i.text())).append("</li>");
        }
        if (cat != null) {
            sb.append("</ul></div>\n");
        }
    }

    private static void journal(StringBuilder sb, List<JournalRow> rows) {
        sb.append("<h2>Journal</h2>\n");
        List<JournalCharts.Day> days = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) { // the charts run oldest to newest
            JournalRow r = rows.get(i);
            days.add(new JournalCharts.Day(r.date(), r.pops(), r.snaps(), r.grating(), r.pain()));
        }
        image(sb, JournalCharts.soundsPerDay(days), "Sounds per day, stacked by class");
        byte[] pain = JournalCharts.pain(days);
        if (pain != null) {
            image(sb, pain, "Pain score by day");
        }
        sb.append("<table id=\"journal\"><thead><tr><th>Date</th><th>Pops</th><th>Snaps</th>")
                .append("<th>Grating</th><th>Pain (0-10)</th><th>Triage</th></tr></thead><tbody>\n");
        for (JournalRow r : rows) {
            sb.append("<tr><td>")
                    .append(esc(r.date()))
                    .append("</td><td>")
                    .append(r.pops())
                    .append("</td><td>")
                    .append(r.snaps())
                    .append("</td><td>")
                    .append(r.grating())
                    .append("</td><td>")
                    .append(r.pain() == null ? "-" : r.pain().toString())
                    .append("</td><td>")
                    .append(esc(r.triage() == null ? "-" : r.triage()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static void image(StringBuilder sb, byte[] png, String alt) {
        // An explicit size in page units: the page's 180 mm width at the image's own aspect ratio (an image sized
        // only by a percentage is laid out at its pixel size first, which left an empty last page).
        double height = 180.0 * JournalCharts.height(png) / JournalCharts.width(png);
        sb.append("<div class=\"chart\"><img style=\"display: block; width: 180mm; height: ")
                .append(String.format(Locale.ROOT, "%.1f", height))
                .append("mm\" alt=\"")
                .append(esc(alt))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png))
                .append("\"/></div>\n");
    }

    private static String question(KnowledgeBase kb, String id) {
        return kb.finding(id).map(Finding::question).orElse(id.replace('_', ' '));
    }

    /** An answer as a person reads it: yes/no, a choice's label, a number with its unit. */
    static String answer(KnowledgeBase kb, String id, Object v) {
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        var f = kb.finding(id);
        if (v instanceof Number n) {
            String unit = f.map(Finding::unit).orElse(null);
            return number(n.doubleValue()) + (unit == null ? "" : " " + unit);
        }
        String s = String.valueOf(v);
        return f.flatMap(x -> x.choice(s))
                .map(org.backcrack.assess.knowledge.Choice::label)
                .orElse(s.replace('_', ' '));
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    /**
     * Text for XHTML: the five markup characters as entities, and characters XML 1.0 forbids (control
     * characters, lone surrogates) dropped, so that no answer can break or inject into the page.
     */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c < 0xD800)
                            || (c >= 0xE000 && c < 0xFFFE)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
