package org.backcrack.physics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.backcrack.core.InputException;
import org.backcrack.physics.joint.CavitationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioJsonTest {
    static java.util.List<String> names() {
        return BuiltInScenarios.all().stream().map(Scenario::name).toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void writeThenRead_givesTheSameScenario(String name) {
        Scenario s = BuiltInScenarios.named(name).orElseThrow();
        Scenario back = ScenarioJson.read(ScenarioJson.write(s).toString(), "x");
        assertThat(ScenarioJson.write(back)).isEqualTo(ScenarioJson.write(s));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"persn\": {}}                                   | $.persn              | did you mean 'person'?",
                "{\"person\": {\"age\": \"old\"}}                  | $.person.age         | must be a number, was \"old\"",
                "{\"person\": {\"age\": 300}}                      | $.person.age         | accepted: 10 to 100",
                "{\"movement\": {\"type\": \"jump\"}}              | $.movement.type      | accepted: one of [stretch, twist",
                "{\"movement\": {\"repetitions\": 2.5}}            | $.movement.repetitions | must be a whole number",
                "{\"recording\": {\"sample_rate\": 4000}}          | $.recording.sample_rate | accepted: 8000 to 192000",
                "{\"recording\": {\"distractors\": [\"dog\"]}}     | $.recording.distractors[0] | accepted: one of [speech",
                "{\"recording\": {\"snr_db\": 30, \"colour\": 1}}  | $.recording.colour   | unknown field",
                "{\"cavitation_source\": \"collapse\"}           | $.cavitation_source  | accepted: one of [inception, partial_collapse]",
                "[1, 2]                                            | $                    | must be a JSON object",
            })
    void read_badScenario_namesThePathAndWhatIsAccepted(String json, String path, String message) {
        InputException e = catchThrowableOfType(InputException.class, () -> ScenarioJson.read(json, "x"));
        assertThat(e.field()).isEqualTo(path);
        assertThat(e.getMessage()).contains(path.equals("$") ? "" : path).contains(message);
    }

    @Test
    void cavitationSource_writtenOnlyWhenNotTheDefault_andReadBack() {
        Scenario s = BuiltInScenarios.named("lumbar_manipulation").orElseThrow();
        assertThat(ScenarioJson.write(s).has("cavitation_source")).isFalse();
        Scenario collapse = s.withCavitationSource(CavitationSource.PARTIAL_COLLAPSE);
        assertThat(ScenarioJson.write(collapse).get("cavitation_source").asText())
                .isEqualTo("partial_collapse");
        Scenario back = ScenarioJson.read(ScenarioJson.write(collapse).toString(), "x");
        assertThat(back.cavitationSource()).isEqualTo(CavitationSource.PARTIAL_COLLAPSE);
        assertThat(ScenarioJson.read("{\"cavitation_source\": \"inception\"}", "x")
                        .cavitationSource())
                .isEqualTo(CavitationSource.INCEPTION);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"{\"seed\": 3, | scenario.bad_json"})
    void read_brokenJson_saysWhere(String json, String key) {
        InputException e = catchThrowableOfType(InputException.class, () -> ScenarioJson.read(json, "x"));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).contains("line 1");
    }
}
