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
