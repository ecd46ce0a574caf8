package org.backcrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.assess.Answers;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.MechanismResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bundle carries enough to redo the assessment: serialised to JSON by HAPI, parsed back, the answers rebuilt
 * from its QuestionnaireResponse and assessed again give the same triage level and the same mechanism
 * probabilities, and those agree with its RiskAssessment.
 */
class FhirRoundTripTest {
    static List<Cases.Case> cases() {
        return Cases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bundleToJsonAndBack_thenAssessedAgain_givesTheSameTriageAndProbabilities(Cases.Case c) {
        Assessment before = c.assessment();
        String json = FhirJson.write(Cases.export().bundle(before, Cases.AT, c.sounds()));

        Bundle parsed = FhirJson.read(Bundle.class, json);
        QuestionnaireResponse response = only(parsed, QuestionnaireResponse.class);
        Answers rebuilt = ResponseAnswers.of(response, Cases.KB);
        Assessment after = Cases.ASSESSOR.assess(rebuilt);

        assertThat(rebuilt).isEqualTo(c.answers());
        assertThat(after.triage().level()).isEqualTo(before.triage().level());
        assertThat(after.triage().reasons()).isEqualTo(before.triage().reasons());
        assertThat(after.triage().notAssessed()).isEqualTo(before.triage().notAssessed());
        assertThat(after.mechanisms().stream().map(MechanismResult::probability))
                .containsExactlyElementsOf(before.mechanisms().stream()
                        .map(MechanismResult::probability)
                        .toList());

        RiskAssessment risk = only(parsed, RiskAssessment.class);
        assertThat(risk.getPredictionFirstRep().getOutcome().getCodingFirstRep().getCode())
                .isEqualTo(BackcrackCodes.triage(after.triage().level()));
        for (int i = 0; i < after.mechanisms().size(); i++) {
            MechanismResult m = after.mechanisms().get(i);
            RiskAssessment.RiskAssessmentPredictionComponent p =
                    risk.getPrediction().get(i + 1);
            assertThat(p.getOutcome().getCodingFirstRep().getCode()).isEqualTo(BackcrackCodes.mechanism(m.mechanism()));
            assertThat(p.getProbabilityDecimalType().getValue())
                    .isEqualByComparingTo(
                            FhirExport.probability(m.probability()).getValue());
        }
    }

    private static <T> T only(Bundle b, Class<T> type) {
        List<T> found = b.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
