package org.backcrack.assess.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backcrack.assess.Answers;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;
import org.junit.jupiter.api.Test;

class AnswersReaderTest {
    private final AnswersReader reader = new AnswersReader(KnowledgeLoader.builtIn());
    private final ObjectMapper json = new ObjectMapper();

    private Answers read(String text) throws Exception {
        return reader.read(json.readTree(text));
    }

    private void assertRejected(String text, String key, String field, String... fragments) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(fragments);
        });
    }

    @Test
    void read_acceptsEveryType_andNullMeansUnanswered() throws Exception {
        Answers a = read("{\"age\": 41, \"region\": \"neck\", \"tingling\": true, \"hours_static_before\": 2.5,"
                + " \"numbness\": null}");
        assertThat(a.asMap()).containsOnlyKeys("age", "region", "tingling", "hours_static_before");
        assertThat(a.get("age")).isEqualTo(41.0);
        assertThat(a.isAnswered("numbness")).isFalse();
    }

    @Test
    void unknownKey_isRejected_withDidYouMean() {
        assertRejected(
                "{\"tingeling\": true}",
                "answers.unknown_key",
                "tingeling",
                "unknown answer key 'tingeling' (did you mean 'tingling'?). 'backcrack assess --schema' lists every accepted key.");
        assertRejected(
                "{\"colour\": \"red\"}",
                "answers.unknown_key",
                "colour",
                "unknown answer key 'colour'. Accepted keys: region, age, pain, symptoms_started, saddle_numbness,");
        assertRejected("{\"saddle\": true}", "answers.unknown_key", "saddle", "(did you mean 'saddle_numbness'?)");
    }

    @Test
    void wrongType_namesKeyGivenAndAccepted() {
        assertRejected(
                "{\"numbness\": \"yes\"}",
                "answers.wrong_type",
                "numbness",
                "'numbness' was the text \"yes\". Accepted: true or false.");
        assertRejected(
                "{\"age\": \"forty\"}",
                "answers.wrong_type",
                "age",
                "'age' was the text \"forty\". Accepted: a whole number from 0 to 120 (years).");
        assertRejected(
                "{\"region\": 3}",
                "answers.wrong_type",
                "region",
                "'region' was the number 3. Accepted: one of \"neck\", \"upper_back\", \"lower_back\".");
    }

    @Test
    void outOfRange_andNotWhole_areRejected() {
        assertRejected(
                "{\"pain_score\": 11}",
                "answers.out_of_range",
                "pain_score",
                "'pain_score' was 11, which is out of range. Accepted: a whole number from 0 to 10.");
        assertRejected("{\"age\": 40.5}", "answers.out_of_range", "age", "a whole number from 0 to 120");
        assertRejected(
                "{\"hours_static_before\": -1}",
                "answers.out_of_range",
                "hours_static_before",
                "a number from 0 to 72 (hours)");
    }

    @Test
    void choiceNotAllowed_suggestsTheClosest() {
        assertRejected(
                "{\"sound\": \"grindng\"}",
                "answers.not_allowed",
                "sound",
                "'sound' was \"grindng\", which is not allowed (did you mean 'grinding'?)");
        assertRejected(
                "{\"radiating_pain\": \"legs\"}",
                "answers.not_allowed",
                "radiating_pain",
                "Accepted: \"none\", \"one_leg\", \"both_legs\", \"arm\", \"both_arms\".");
    }

    @Test
    void notAnObject_isRejected() {
        assertRejected("[1, 2]", "answers.not_an_object", null, "answers must be a JSON object", "a list [1,2]");
    }

    @Test
    void severalProblems_areAllListed() {
        assertRejected(
                "{\"age\": 200, \"tingeling\": true}",
                "answers.out_of_range",
                "age",
                "2 problems in the answers:",
                "'age' was 200",
                "unknown answer key 'tingeling'");
    }

    @Test
    void answerText_readsYesNo_choiceByNumberOrName_andNumbers() {
        var kb = KnowledgeLoader.builtIn();
        assertThat(AnswerText.parse(kb.finding("numbness").orElseThrow(), " Y "))
                .isEqualTo(true);
        assertThat(AnswerText.parse(kb.finding("numbness").orElseThrow(), "no")).isEqualTo(false);
        assertThat(AnswerText.parse(kb.finding("region").orElseThrow(), "2")).isEqualTo("upper_back");
        assertThat(AnswerText.parse(kb.finding("region").orElseThrow(), "lower_back"))
                .isEqualTo("lower_back");
        assertThat(AnswerText.parse(kb.finding("region").orElseThrow(), "Neck")).isEqualTo("neck");
        assertThat(AnswerText.parse(kb.finding("hours_static_before").orElseThrow(), "1,5"))
                .isEqualTo(1.5);
        assertThatThrownBy(() -> AnswerText.parse(kb.finding("region").orElseThrow(), "4"))
                .hasMessageContaining("a number from 1 to 3");
        assertThatThrownBy(() -> AnswerText.parse(kb.finding("age").orElseThrow(), "130"))
                .hasMessageContaining("a whole number from 0 to 120 (years)");
    }

    @Test
    void schema_listsEveryFinding_andForbidsOthers() {
        var kb = KnowledgeLoader.builtIn();
        var schema = AnswersSchema.of(kb);
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("properties").size()).isEqualTo(kb.findings().size());
        assertThat(schema.at("/properties/pain_score/maximum").asDouble()).isEqualTo(10.0);
        assertThat(schema.at("/properties/sound/enum").toString()).contains("\"grinding\"");
    }
}
