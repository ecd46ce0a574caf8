package org.backcrack.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

class ClinicianReportTest {
    private final KnowledgeBase kb = KnowledgeLoader.builtIn();

    @Test
    void esc_escapesMarkup_andDropsWhatXmlForbids() {
        assertThat(ClinicianReport.esc("<script>alert('x') & \"y\"</script>\u0001\uD800"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(ClinicianReport.esc("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
    }

    @Test
    void journalText_isEscaped_andThePageStillRendersAsPdf() {
        Answers given = new AnswersReader(kb)
                .read(new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode()
                        .put("pain", "none"));
        var a = new Assessor(kb).assess(given);
        String xhtml = ClinicianReport.xhtml(
                a,
                kb,
                LocalDate.of(2026, 3, 4),
                List.of(new ClinicianReport.JournalRow("2026-03-04", 1, 2, 3, null, "<b>&</b>")));
        assertThat(xhtml).contains("&lt;b&gt;&amp;&lt;/b&gt;").doesNotContain("<b>&</b>");
        assertThat(xhtml).contains("Made on 2026-03-04");
        byte[] pdf = ReportPdf.render(xhtml);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
