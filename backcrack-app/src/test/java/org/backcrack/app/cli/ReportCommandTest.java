package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String SCIATICA =
            "{\"pain\": \"persistent\", \"radiating_pain\": \"one_leg\", \"tingling\": true,"
                    + " \"region\": \"lower_back\", \"age\": 44}";

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // PDFBox breaks lines where the layout does; join them to search for phrases.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void answersFile_writesAPdf_withTriageReasonSourceAnswersAndDisclaimer(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("me.json");
        Files.writeString(answers, SCIATICA);
        Path pdf = dir.resolve("me.pdf");
        CliRun r = CliRun.run("report", "--answers", answers.toString(), "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("me.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // The same facts the JSON report carries (AssessCommandTest checks them there: level soon, a NICE source).
        CliRun json = CliRun.run("assess", "--answers", answers.toString(), "--format", "json");
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        String text = text(pdf);
        assertThat(text).contains(report.at("/triage/title").asText());
        assertThat(text).contains("Source: NICE");
        assertThat(text).contains("Answers given");
        assertThat(text).contains("44 years");
        // A warning question left unanswered is listed as such, never as "no".
        assertThat(text).contains("not assessed");
        assertThat(text).contains(report.at("/disclaimer").asText().replaceAll("\\s+", " "));
        assertThat(text)
                .contains("knowledge version " + report.at("/knowledge_version").asText());
    }

    @Test
    void paper_letterOrA4_setsThePageSize(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("me.json");
        Files.writeString(answers, SCIATICA);
        for (String[] c : new String[][] {{"a4", "595"}, {"letter", "612"}}) {
            Path pdf = dir.resolve(c[0] + ".pdf");
            CliRun r = CliRun.run("report", "--answers", answers.toString(), "--paper", c[0], "--out", pdf.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(Math.round(doc.getPage(0).getMediaBox().getWidth()))
                        .as("page width in points, %s", c[0])
                        .isEqualTo(Long.parseLong(c[1]));
            }
        }
        assertThat(CliRun.run("report", "--answers", answers.toString(), "--paper", "a3", "--out", "x.pdf")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void journalExport_addsTheLastWeeks_newestFirst(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("me.json");
        Files.writeString(answers, SCIATICA);
        Path journal = dir.resolve("journal.json");
        Files.writeString(
                journal,
                "[{\"date\": \"2026-01-01\", \"sounds\": {\"cavitation\": 99, \"soft_tissue_snap\": 0, \"crepitus\": 0},"
                        + " \"pain\": null, \"assessment\": null},"
                        + " {\"date\": \"2026-03-02\", \"sounds\": {\"cavitation\": 7, \"soft_tissue_snap\": 2,"
                        + " \"crepitus\": 0}, \"pain\": 3, \"assessment\": {\"triage\": {\"title\": \"Old title\"}}},"
                        + " {\"date\": \"2026-03-04\", \"sounds\": {\"cavitation\": 5, \"soft_tissue_snap\": 0,"
                        + " \"crepitus\": 1}, \"pain\": 4, \"assessment\": null}]");
        Path pdf = dir.resolve("me.pdf");
        CliRun r = CliRun.run(
                "report",
                "--answers",
                answers.toString(),
                "--journal-export",
                journal.toString(),
                "--out",
                pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Journal");
        assertThat(text.indexOf("2026-03-04")).isPositive().isLessThan(text.indexOf("2026-03-02"));
        assertThat(text).contains("Old title");
        // More than four weeks before the newest entry: left out.
        assertThat(text).doesNotContain("2026-01-01");
        // The journal's two charts (sounds per day, pain) are drawn into the PDF as images.
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(2);
        }
    }

    @Test
    void badAnswersFile_exits2_withAMessage_andWritesNothing(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("bad.json");
        Files.writeString(answers, "{\"pain\": ");
        Path pdf = dir.resolve("me.pdf");
        CliRun r = CliRun.run("report", "--answers", answers.toString(), "--out", pdf.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("not valid JSON")
                .contains("answers.bad_json")
                .doesNotContain("Exception");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void unknownAnswer_missingFile_badJournal_andNonPdfOut_allExit2(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("me.json");
        Files.writeString(answers, "{\"tingeling\": true}");
        CliRun unknown = CliRun.run(
                "report",
                "--answers",
                answers.toString(),
                "--out",
                dir.resolve("a.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("tingeling");

        CliRun missing = CliRun.run(
                "report",
                "--answers",
                dir.resolve("nope.json").toString(),
                "--out",
                dir.resolve("a.pdf").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("answers.file_not_found");

        Files.writeString(answers, SCIATICA);
        Path journal = dir.resolve("j.json");
        Files.writeString(journal, "{\"date\": \"2026-03-04\"}");
        CliRun badJournal = CliRun.run(
                "report",
                "--answers",
                answers.toString(),
                "--journal-export",
                journal.toString(),
                "--out",
                dir.resolve("a.pdf").toString());
        assertThat(badJournal.exitCode()).isEqualTo(2);
        assertThat(badJournal.err()).contains("report.bad_journal").contains("Export JSON");

        CliRun notPdf = CliRun.run(
                "report",
                "--answers",
                answers.toString(),
                "--out",
                dir.resolve("a.txt").toString());
        assertThat(notPdf.exitCode()).isEqualTo(2);
        assertThat(notPdf.err()).contains("report.out_not_pdf");
    }
}
