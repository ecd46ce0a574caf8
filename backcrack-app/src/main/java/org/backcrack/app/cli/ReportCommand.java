package org.backcrack.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backcrack.app.AppError;
import org.backcrack.app.report.ClinicianReport;
import org.backcrack.app.report.ReportPdf;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack report}: an answers file to a PDF for a clinician, the same content as the printed result page. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Writes the assessment of an answers file as a PDF to print or send to a clinician.",
        descriptionHeading = "%n",
        description = {
            "Assesses a saved answers file (as 'assess --answers' does) and writes an A4 PDF with the same "
                    + "content as the web app's printed result page: how soon to seek care and why (with "
                    + "sources), the answers given and the warning questions left unanswered ('not assessed'), "
                    + "what the sound most likely is and because of which answers, what helps, the knowledge "
                    + "version and date, and the note that this is information, not a diagnosis.",
            "",
            "With --journal-export, the last " + ReportCommand.JOURNAL_DAYS + " days of a journal exported from "
                    + "the web app (Journal, Export JSON) are added as two charts (sounds per day, pain) and a table: date, sounds per class, pain, "
                    + "triage.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack report --answers me.json --out me.pdf",
            "  backcrack assess --save-answers me.json && backcrack report --answers me.json --out me.pdf",
            "  backcrack report --answers me.json --journal-export backcrack-journal.json --out me.pdf",
            "",
            "Exit codes: 0 PDF written, 2 bad answers, journal or options (the message says what is accepted).",
            "This is information, not a diagnosis."
        })
final class ReportCommand implements Callable<Integer> {
    /** The journal days the report shows, counted back from the newest entry: four weeks (a choice). */
    static final int JOURNAL_DAYS = 28;

    @Option(
            names = "--answers",
            required = true,
            paramLabel = "FILE",
            description = "The answers JSON file ('-' for standard input), as 'assess --save-answers' writes it.")
    String answers;

    @Option(names = "--out", required = true, paramLabel = "F.pdf", description = "Write the PDF to this file.")
    Path out;

    @Option(
            names = "--journal-export",
            paramLabel = "F.json",
            description = "Add the last four weeks of this journal (the JSON of Journal, Export JSON, or "
                    + "GET /api/v1/journal/export?format=json) as charts and a table.")
    Path journalExport;

    /** Paper sizes the PDF can be laid out on. */
    enum Paper {
        a4("A4"),
        letter("letter");

        final String css;

        Paper(String css) {
            this.css = css;
        }
    }

    @Option(
            names = "--paper",
            paramLabel = "SIZE",
            defaultValue = "a4",
            description = "Paper size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    ReportCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new InputException(
                    AppError.REPORT_OUT_NOT_PDF,
                    "--out",
                    "--out was '" + out + "'; give a file name ending in .pdf, such as me.pdf.");
        }
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        Assessment a = new Assessor(kb).assess(new AnswersReader(kb).read(AssessCommand.readJson(answers, stdin)));
        List<ClinicianReport.JournalRow> journal = journalExport == null ? List.of() : journal(journalExport);
        byte[] pdf = ReportPdf.render(
                ClinicianReport.xhtml(a, kb, LocalDate.now(java.time.ZoneId.systemDefault()), journal, paper.css));
        try {
            Files.write(out, pdf);
        } catch (IOException e) {
            throw new InputException(
                    AppError.REPORT_UNWRITABLE,
                    "--out",
                    "cannot write the PDF to '" + out + "' (" + e.getMessage() + "); check that the folder exists "
                            + "and can be written.",
                    e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Wrote %s (%d bytes): %s.%n", out, pdf.length, a.triage().title());
        w.flush();
        return Cli.OK;
    }

    /** The journal export's entries of the last {@link #JOURNAL_DAYS} days before its newest, newest first. */
    static List<ClinicianReport.JournalRow> journal(Path file) throws IOException {
        JsonNode root;
        try {
            root = AssessCommand.Json.mapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw bad(file, "it does not exist");
        } catch (JsonProcessingException e) {
            throw bad(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw bad(file, "it is not a JSON list of entries");
        }
        record Dated(LocalDate day, ClinicianReport.JournalRow row) {}
        List<Dated> all = new ArrayList<>();
        for (JsonNode e : root) {
            LocalDate day;
            try {
                day = LocalDate.parse(e.path("date").asText(""));
            } catch (DateTimeParseException ex) {
                throw bad(file, "an entry has no date as YYYY-MM-DD");
            }
            JsonNode s = e.path("sounds");
            JsonNode pain = e.path("pain");
            JsonNode title = e.path("assessment").path("triage").path("title");
            all.add(new Dated(
                    day,
                    new ClinicianReport.JournalRow(
                            day.toString(),
                            s.path("cavitation").asInt(0),
                            s.path("soft_tissue_snap").asInt(0),
                            s.path("crepitus").asInt(0),
                            pain.isNumber() ? pain.asInt() : null,
                            title.isTextual() ? title.asText() : null)));
        }
        LocalDate newest =
                all.stream().map(Dated::day).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        return all.stream()
                .filter(d -> d.day().isAfter(newest.minusDays(JOURNAL_DAYS)))
                .sorted(Comparator.comparing(Dated::day).reversed())
                .map(Dated::row)
                .toList();
    }

    private static InputException bad(Path file, String why) {
        return new InputException(
                AppError.REPORT_BAD_JOURNAL,
                "--journal-export",
                "cannot use the journal export '" + file + "': " + why + ". Give the file the web app's Journal page "
                        + "saves with Export JSON.");
    }
}
