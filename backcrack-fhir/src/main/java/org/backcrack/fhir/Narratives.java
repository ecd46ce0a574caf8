package org.backcrack.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;

/**
 * The human-readable narrative every resource carries (HL7 FHIR R4, DomainResource.text; constraint dom-6 asks
 * for it), so a clinician's viewer shows the export without knowing backcrack's codes. Limited XHTML: paragraphs,
 * lists and tables, every text escaped.
 */
final class Narratives {
    private Narratives() {}

    /** A {@code generated} narrative of paragraphs and list items already in XHTML. */
    static Narrative generated(String xhtmlBody) {
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtmlBody + "</div>");
        return n;
    }

    static String p(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    /** A bold paragraph. */
    static String heading(String text) {
        return "<p><b>" + escape(text) + "</b></p>";
    }

    /** A paragraph with a bold label, e.g. "<b>Triage:</b> See a doctor today". */
    static String labelled(String label, String text) {
        return "<p><b>" + escape(label) + ":</b> " + escape(text) + "</p>";
    }

    static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("<ul>");
        items.forEach(i -> sb.append("<li>").append(escape(i)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    /** A table with a header row; each row as many cells as the header. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table><tr>");
        header.forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
        sb.append("</tr>");
        for (List<String> row : rows) {
            sb.append("<tr>");
            row.forEach(c -> sb.append("<td>").append(escape(c)).append("</td>"));
            sb.append("</tr>");
        }
        return sb.append("</table>").toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
