package org.backcrack.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.app.AppError;
import org.backcrack.app.analyze.RecordingFileAnalyzer;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.app.report.AssessmentText;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.answers.AnswersSchema;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.fhir.FhirExport;
import org.backcrack.fhir.FhirJson;
import org.backcrack.fhir.SoundCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack assess}: the questionnaire, or an answers file, to a report. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Says how soon to seek care, what the cracking most likely is, and what helps.",
        descriptionHeading = "%n",
        description = {
            "Asks about your back cracking and any symptoms, then says how soon to seek care (and why), what "
                    + "the sound most likely is (and because of which answers), and what helps.",
            "",
            "Without --answers it asks the questions in the terminal, warning signs first. Press Enter to leave "
                    + "a question unanswered, type ? for help on a question, q to finish early. After a yes to "
                    + "a warning sign, the questions that decide it come next. A warning question left "
                    + "unanswered is reported as 'not assessed', never taken as 'no'; and when a warning sign is "
                    + "yes but a question qualifying it (does it hurt, when it started...) is skipped, the report "
                    + "takes it as possible and says which answer would change the result.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack assess                              answer the questions interactively",
            "  backcrack assess --answers me.json            assess a saved answers file",
            "  backcrack assess --answers - --format json    read answers from standard input, print JSON",
            "  backcrack assess --answers me.json --format fhir > me.fhir.json   a FHIR R4 Bundle for a clinician",
            "  backcrack assess --answers me.json --recording my-back.wav   add what a recording shows",
            "  backcrack report --answers me.json --out me.pdf   the same report as a PDF for a clinician",
            "  backcrack assess --schema                     every accepted key and value (JSON Schema)",
            "",
            "Exit codes: 0 report printed, 2 bad answers or options (the message says what is accepted).",
            "This is information, not a diagnosis."
        })
final class AssessCommand implements Callable<Integer> {
    enum Format {
        text,
        json,
        fhir
    }

    @Option(
            names = "--answers",
            paramLabel = "FILE",
            description = "Read answers from this JSON file ('-' for standard input) instead of asking.")
    String answers;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). fhir prints a FHIR R4 "
                    + "Bundle (QuestionnaireResponse, RiskAssessment, Observations; see docs/fhir.md) for a "
                    + "clinician's system.")
    Format format;

    @Option(
            names = "--save-answers",
            paramLabel = "FILE",
            description = "Also write the answers to this JSON file, to re-run or share later.")
    Path saveAnswers;

    @Option(
            names = "--recording",
            paramLabel = "F.wav",
            description = "Also analyse this recording (WAV or FLAC) of the cracking: the pops, snaps and grating "
                    + "found become evidence (the recording_* findings) in the report's 'because' lines.")
    Path recording;

    @Option(names = "--schema", description = "Print the JSON Schema of the answers file and exit.")
    boolean schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    AssessCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = Json.mapper();
        if (schema) {
            out.println(json.writeValueAsString(AnswersSchema.of(kb)));
            out.flush();
            return Cli.OK;
        }
        Answers given;
        List<SoundCount> recorded = new ArrayList<>();
        Instant now = Instant.now();
        if (answers != null) {
            given = new AnswersReader(kb).read(readJson(answers, stdin));
        } else {
            // With JSON output, stdout stays clean JSON and the questions go to stderr.
            PrintWriter prompts =
                    format == Format.text ? out : spec.commandLine().getErr();
            given = new InteractiveQuestionnaire(kb, stdin, prompts).run();
        }
        if (recording != null) {
            AnalyzerResult heard = RecordingFileAnalyzer.analyze(recording, null, Analyzer.standard());
            given = given.with("recording_pops", heard.count(SoundClass.CAVITATION))
                    .with("recording_snaps", heard.count(SoundClass.SOFT_TISSUE_SNAP))
                    .with("recording_snaps_repeat", heard.snapsRepeatRegularly())
                    .with("recording_crepitus_trains", heard.count(SoundClass.CREPITUS));
            for (SoundClass c : List.of(SoundClass.CAVITATION, SoundClass.SOFT_TISSUE_SNAP, SoundClass.CREPITUS)) {
                recorded.add(new SoundCount(c, heard.count(c), now));
            }
            if (format == Format.text) {
                out.printf(
                        "From the recording %s: %d pop(s), %d snap(s)%s, %d grating train(s).%n%n",
                        recording,
                        heard.count(SoundClass.CAVITATION),
                        heard.count(SoundClass.SOFT_TISSUE_SNAP),
                        heard.snapsRepeatRegularly() ? " repeating regularly" : "",
                        heard.count(SoundClass.CREPITUS));
            }
        }
        if (saveAnswers != null) {
            ObjectNode o = json.createObjectNode();
            given.asMap().forEach((k, v) -> Json.put(o, k, v));
            Files.writeString(saveAnswers, json.writeValueAsString(o) + "\n");
        }
        Assessment a = new Assessor(kb).assess(given);
        out.print(
                switch (format) {
                    case json -> json.writeValueAsString(AssessmentJson.of(a)) + "\n";
                    case fhir -> FhirJson.write(FhirExport.withRandomIds(kb).bundle(a, now, recorded)) + "\n";
                    case text -> AssessmentText.of(a);
                });
        out.flush();
        return Cli.OK;
    }

    /**
     * Largest answers file read, bytes: the REST API's limit for a JSON body. A full answers file is under
     * 2 KiB; without a limit a file of hundreds of megabytes was read whole.
     */
    static final int MAX_ANSWERS_BYTES = 64 * 1024;

    /**
     * An answers file ('-' for standard input) as JSON; a missing, empty, malformed or oversized one is bad
     * input.
     */
    static JsonNode readJson(String source, InputStream stdin) throws IOException {
        byte[] bytes;
        String name = source.equals("-") ? "standard input" : source;
        if (source.equals("-")) {
            bytes = stdin.readNBytes(MAX_ANSWERS_BYTES + 1);
        } else {
            Path p = Path.of(source);
            if (Files.isDirectory(p)) {
                throw new InputException(
                        AppError.ANSWERS_NOT_A_FILE,
                        source,
                        "'" + source + "' is a directory; " + "--answers takes a JSON file (or - for standard input).");
            }
            try (InputStream in = Files.newInputStream(p)) {
                bytes = in.readNBytes(MAX_ANSWERS_BYTES + 1);
            } catch (NoSuchFileException e) {
                throw new InputException(
                        AppError.ANSWERS_FILE_NOT_FOUND,
                        source,
                        "cannot find the answers file '" + source
                                + "'. Give the path of a JSON file, or - to read standard input.");
            }
        }
        if (bytes.length > MAX_ANSWERS_BYTES) {
            throw new InputException(
                    AppError.ANSWERS_TOO_LARGE,
                    source,
                    name + " is larger than " + MAX_ANSWERS_BYTES / 1024 + " KiB; an answers file is a small JSON"
                            + " object such as {\"region\": \"lower_back\", \"pain\": \"none\"}.");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new InputException(
                    AppError.ANSWERS_EMPTY,
                    source,
                    name + " is empty; an answers file is a JSON object "
                            + "such as {\"region\": \"lower_back\", \"pain\": \"none\"}.");
        }
        try {
            return Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(
                    AppError.ANSWERS_BAD_JSON,
                    source,
                    name + " is not valid JSON"
                            + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                            + ": " + e.getOriginalMessage() + ". An answers file is a JSON object such as "
                            + "{\"region\": \"lower_back\", \"pain\": \"none\"}.");
        }
    }

    /** Jackson set up once for the CLI: pretty output, strict duplicate detection. */
    static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        private Json() {}

        static ObjectMapper mapper() {
            return MAPPER;
        }

        static void put(ObjectNode o, String k, Object v) {
            if (v instanceof Boolean b) {
                o.put(k, b);
            } else if (v instanceof Double d) {
                if (d == Math.rint(d)) {
                    o.put(k, d.longValue());
                } else {
                    o.put(k, d);
                }
            } else {
                o.put(k, String.valueOf(v));
            }
        }
    }
}
