package org.backcrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.assess.engine.Assessment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource the export makes, alone and in its Bundle, passes HAPI's instance validator (R4 core profiles,
 * backcrack's code system and questionnaire known) without an error; the warnings and information it gives are
 * printed at the end (in target/surefire-reports/org.backcrack.fhir.FhirValidationTest-output.txt), for
 * docs/fhir.md. Two controls show the validator is really checking codes and answers against them.
 */
class FhirValidationTest {
    static List<Cases.Case> cases() {
        return Cases.all();
    }

    @Test
    void codeSystemAndQuestionnaire_validate() {
        FhirExport export = Cases.export();
        assertThat(FhirValidation.errors(export.codeSystem())).isEmpty();
        assertThat(FhirValidation.errors(export.questionnaire())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyResourceAndTheBundle_validate(Cases.Case c) {
        Assessment a = c.assessment();
        Bundle bundle = Cases.export().bundle(a, Cases.AT, c.sounds());
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            assertThat(FhirValidation.errors(r)).as("%s %s", r.fhirType(), c).isEmpty();
        }
        assertThat(FhirValidation.errors(bundle)).as("Bundle %s", c).isEmpty();
    }

    @Test
    void aJournalBundle_validates_withOneObservationPerNotedCountAndPain_andTheAssessmentsOfItsDays() {
        List<Cases.Case> cases = Cases.all();
        List<FhirExport.JournalDay> days = List.of(
                new FhirExport.JournalDay(
                        java.time.LocalDate.parse("2026-11-01"),
                        java.util.Map.of(org.backcrack.core.SoundClass.CAVITATION, 3),
                        2,
                        null,
                        null),
                new FhirExport.JournalDay(
                        java.time.LocalDate.parse("2026-11-02"),
                        java.util.Map.of(
                                org.backcrack.core.SoundClass.CAVITATION, 1, org.backcrack.core.SoundClass.CREPITUS, 4),
                        null,
                        cases.get(0).assessment(),
                        Cases.AT),
                new FhirExport.JournalDay(
                        java.time.LocalDate.parse("2026-11-03"),
                        java.util.Map.of(),
                        7,
                        cases.get(cases.size() - 1).assessment(),
                        Cases.AT.plusSeconds(86_400)));
        Bundle bundle = Cases.export().journalBundle(days, Cases.AT.plusSeconds(2 * 86_400));
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            assertThat(FhirValidation.errors(e.getResource()))
                    .as(e.getResource().fhirType())
                    .isEmpty();
        }
        assertThat(FhirValidation.errors(bundle)).isEmpty();
        assertThat(bundle.getEntry().stream().map(e -> e.getResource().fhirType()))
                .containsExactly(
                        "Patient",
                        "Observation", // 1 Nov: pops
                        "Observation", // 1 Nov: pain
                        "Observation", // 2 Nov: pops
                        "Observation", // 2 Nov: grating
                        "QuestionnaireResponse",
                        "RiskAssessment",
                        "Observation", // 3 Nov: pain
                        "QuestionnaireResponse",
                        "RiskAssessment",
                        "Questionnaire",
                        "CodeSystem");
    }

    @Test
    void anAnswerThatIsNotAnOptionOfItsQuestion_isAnError() {
        FhirExport export = Cases.export();
        Assessment a = Cases.all().get(0).assessment();
        QuestionnaireResponse r = export.questionnaireResponse(a.answers(), Cases.AT, new Reference("urn:uuid:x"));
        assertThat(FhirValidation.errors(r)).isEmpty();
        r.getItem().stream()
                .filter(i -> i.getLinkId().equals("region"))
                .findFirst()
                .orElseThrow()
                .getAnswerFirstRep()
                .setValue(new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.answer("pain", "none"), "No pain"));
        List<String> errors = FhirValidation.errors(r);
        System.out.println("Control, an answer of another question: " + errors);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void aCodeBackcrackDoesNotDefine_isAnError() {
        FhirExport export = Cases.export();
        Observation o = export.soundCount(
                new SoundCount(org.backcrack.core.SoundClass.CREPITUS, 2, Cases.AT), new Reference("urn:uuid:x"));
        assertThat(FhirValidation.errors(o)).isEmpty();
        o.getCode().getCodingFirstRep().setCode("sound-count.clapping");
        List<String> errors = FhirValidation.errors(o);
        System.out.println("Control, a code backcrack does not define: " + errors);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void theCodeSystemDeclaresItsConceptsComplete() {
        CodeSystem cs = Cases.export().codeSystem();
        assertThat(cs.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
    }

    @AfterAll
    static void printTheValidatorsWarningsAndInformation() {
        System.out.println("HAPI FhirInstanceValidator warnings and information (count, severity, resource, location: "
                + "message):");
        System.out.print(FhirValidation.notes());
    }
}
