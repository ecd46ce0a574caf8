package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersFromStdin_jsonReport_hasTheContractFields() throws Exception {
        CliRun r = CliRun.withInput(
                "{\"pain\": \"persistent\", \"radiating_pain\": \"one_leg\", \"tingling\": true,"
                        + " \"region\": \"lower_back\"}",
                "assess",
                "--answers",
                "-",
                "--format",
                "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = json.readTree(r.out());
        assertThat(report.at("/triage/level").asText()).isEqualTo("soon");
        assertThat(report.at("/triage/reasons/0/rule").asText()).isNotEmpty();
        assertThat(report.at("/triage/reasons/0/message").asText()).isNotEmpty();
        assertThat(report.at("/triage/reasons/0/source").asText()).contains("NICE");
        assertThat(report.at("/triage/not_assessed").isArray()).isTrue();
        assertThat(report.at("/triage/not_assessed").toString()).contains("saddle_numbness");
        assertThat(report.at("/mechanisms/0/id").asText()).isEqualTo("disc_or_nerve");
        assertThat(report.at("/mechanisms/0/evidence/0/finding").asText()).isEqualTo("radiating_pain");
        assertThat(report.at("/mechanisms/0/evidence/0/weight").asDouble()).isGreaterThan(1);
        assertThat(report.at("/mechanisms").size()).isEqualTo(7);
        assertThat(report.at("/mechanisms/0/kind").asText()).isEqualTo("condition");
        assertThat(report.at("/advice/0/id").asText()).isEqualTo("act_soon");
        assertThat(report.at("/knowledge_version").asText()).isNotEmpty();
    }

    @Test
    void answersFile_textReport_putsTriageFirst_thenMechanisms_thenAdvice_thenDisclaimer(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("me.json");
        Files.writeString(
                file, "{\"pain\": \"none\", \"sound\": \"grinding\", \"age\": 71, \"known_osteoarthritis\": true}");
        CliRun r = CliRun.run("assess", "--answers", file.toString());
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        assertThat(out).startsWith("YOU CAN LOOK AFTER THIS YOURSELF  [self_care]");
        int sound = out.indexOf("What the sound most likely is");
        int conditions = out.indexOf("What else could be behind it");
        int advice = out.indexOf("What to do");
        int note = out.indexOf("information, not a diagnosis");
        assertThat(sound).isPositive().isLessThan(conditions);
        assertThat(conditions).isLessThan(advice);
        assertThat(advice).isLessThan(note);
        assertThat(out)
                .contains("Worn joints and bone spurs (crepitus)  ###")
                .contains("because sound = grinding (x6)");
    }

    @Test
    void interactive_asksRedFlagsFirst_acceptsHelpAndSkips_andReports() {
        // region, age, pain (after '?'), when it started, then the first red flag: saddle numbness = yes.
        CliRun r = CliRun.withInput("3\n45\n?\n3\n1\ny\nq\n", "assess");
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        assertThat(out.indexOf("Which part of your back"))
                .isLessThan(out.indexOf("numbness or reduced feeling around"));
        assertThat(out).contains("'Only when it cracks' means"); // the help text after '?'
        assertThat(out).contains("== Warning signs");
        assertThat(out).contains("CALL EMERGENCY SERVICES NOW  [emergency]");
        assertThat(out).contains("Finished early");
    }

    @Test
    void interactive_aYesToAWarningSign_asksTheQuestionThatDecidesItNext() {
        // region, age, no pain, start skipped, then no to every warning sign up to fever = yes: whether the person
        // injects drugs or is immunosuppressed (which with fever is a same-day rule) comes next, before the
        // questions that would come next in the usual order (weight loss, cancer).
        CliRun r = CliRun.withInput("3\n40\n1\n\nn\nn\n1\nn\nn\nn\nn\nn\nn\nn\ny\nq\n", "assess");
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        String afterFever = out.substring(out.indexOf("Do you have a fever"));
        assertThat(afterFever)
                .contains("Do you inject drugs")
                .doesNotContain("lost weight recently")
                .doesNotContain("Have you ever had cancer");
    }

    @Test
    void interactive_endOfInput_leavesTheRestUnanswered_andReportsThemNotAssessed() {
        CliRun r = CliRun.withInput("1\n", "assess", "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("Input ended");
        assertThat(r.out()).contains("\"not_assessed\"").contains("\"speech_or_swallowing_difficulty\"");
    }

    @Test
    void interactive_invalidTyping_isAskedAgain() {
        CliRun r = CliRun.withInput("7\nneck\n", "assess");
        assertThat(r.out()).contains("Sorry, please type a number from 1 to 3");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void schema_isAJsonSchemaOfEveryKey() throws Exception {
        CliRun r = CliRun.run("assess", "--schema");
        assertThat(r.exitCode()).isZero();
        JsonNode schema = json.readTree(r.out());
        assertThat(schema.at("/properties/saddle_numbness/type").toString()).contains("boolean");
        assertThat(schema.at("/additionalProperties").asBoolean()).isFalse();
    }

    @Test
    void saveAnswers_writesAFileThatReproducesTheReport(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("saved.json");
        CliRun first = CliRun.withInput("2\n60\n2\n", "assess", "--save-answers", saved.toString(), "--format", "json");
        CliRun again = CliRun.run("assess", "--answers", saved.toString(), "--format", "json");
        assertThat(json.readTree(Files.readString(saved)))
                .isEqualTo(json.readTree("{\"region\":\"upper_back\",\"age\":60,\"pain\":\"with_crack\"}"));
        assertThat(json.readTree(again.out())).isEqualTo(json.readTree(first.out()));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("{\"tingeling\": true}", "answers.unknown_key", "did you mean 'tingling'?"),
                Arguments.of(
                        "{\"age\": \"old\"}",
                        "answers.wrong_type",
                        "'age' was the text \"old\". Accepted: a whole number from 0 to 120 (years)."),
                Arguments.of("{\"pain_score\": 12}", "answers.out_of_range", "Accepted: a whole number from 0 to 10."),
                Arguments.of(
                        "{\"pain\": \"some\"}",
                        "answers.not_allowed",
                        "Accepted: \"none\", \"with_crack\", \"persistent\"."),
                Arguments.of(
                        "{\"pain\": \"none\",}",
                        "answers.bad_json",
                        "standard input is not valid JSON (line 1, column"),
                Arguments.of(
                        "{\"pain\": \"none\", \"pain\": \"persistent\"}", "answers.bad_json", "Duplicate field 'pain'"),
                Arguments.of("[]", "answers.not_an_object", "answers must be a JSON object"),
                Arguments.of("   ", "answers.empty", "standard input is empty"),
                // Over the 64 KiB limit: refused before parsing, whatever it holds (here valid JSON).
                Arguments.of(" ".repeat(70_000) + "{}", "answers.too_large", "larger than 64 KiB"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badAnswers_exit2_withKeyAndMessage_noStackTrace(String stdin, String key, String message) {
        CliRun r = CliRun.withInput(stdin, "assess", "--answers", "-");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("backcrack: ").contains(message).contains("(error: " + key);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aLargeAnswersFile_isRefusedUnread_butOneJustUnderTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        java.nio.file.Files.writeString(big, " ".repeat(10_000_000) + "{\"pain\": \"none\"}");
        CliRun r = CliRun.run("assess", "--answers", big.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("answers.too_large", "larger than 64 KiB");
        Path under = dir.resolve("under.json");
        java.nio.file.Files.writeString(under, " ".repeat(60_000) + "{\"pain\": \"none\"}");
        assertThat(CliRun.run("assess", "--answers", under.toString()).exitCode())
                .isZero();
    }

    @Test
    void missingFile_andDirectory_exit2(@TempDir Path dir) {
        CliRun missing =
                CliRun.run("assess", "--answers", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot find the answers file").contains("answers.file_not_found");
        CliRun directory = CliRun.run("assess", "--answers", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory").contains("answers.not_a_file");
    }

    @Test
    void badOptions_exit2_withSuggestion() {
        CliRun format = CliRun.run("assess", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for option '--format'").contains("text, json");
        CliRun option = CliRun.run("assess", "--answer", "x.json");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown options: '--answer'").contains("Possible solutions: --answers");
        CliRun command = CliRun.run("asses");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("Did you mean").contains("assess");
    }
}
