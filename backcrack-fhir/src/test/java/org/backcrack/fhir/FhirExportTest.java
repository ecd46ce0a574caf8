package org.backcrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.MechanismResult;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.core.Mechanism;
import org.backcrack.core.SoundClass;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;

/** What each resource says: the mapping from backcrack's knowledge and one assessment, element by element. */
class FhirExportTest {
    private final FhirExport export = Cases.export();

    private static Cases.Case named(String prefix) {
        return Cases.all().stream()
                .filter(c -> c.name().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCases_coverSelfCare_aPrecautionaryUrgent_andAnEmergency() {
        assertThat(named("self-care").assessment().triage().level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(named("red flag on unanswered pain").assessment().triage().level())
                .isEqualTo(TriageLevel.URGENT);
        assertThat(named("red flag, emergency").assessment().triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(named("unanswered").assessment().triage().notAssessed()).isNotEmpty();
    }

    @Test
    void codeSystem_hasEveryQuestionAnswerMechanismTriageLevelAndSoundClass_onceEach() {
        CodeSystem cs = export.codeSystem();
        assertThat(cs.getUrl()).isEqualTo("https://backcrack.org/fhir/CodeSystem/backcrack");
        assertThat(cs.getVersion()).isEqualTo(Cases.KB.version());
        assertThat(cs.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
        List<String> codes = new ArrayList<>();
        for (ConceptDefinitionComponent g : cs.getConcept()) {
            codes.add(g.getCode());
            g.getConcept().forEach(c -> {
                codes.add(c.getCode());
                assertThat(c.getDisplay()).as(c.getCode()).isNotBlank();
            });
        }
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        Set<String> expected = new HashSet<>();
        for (Finding f : Cases.KB.findings().values()) {
            expected.add(BackcrackCodes.question(f.id()));
            f.choices().forEach(c -> expected.add(BackcrackCodes.answer(f.id(), c.value())));
        }
        for (Mechanism m : Mechanism.values()) {
            expected.add(BackcrackCodes.mechanism(m));
        }
        for (TriageLevel l : TriageLevel.values()) {
            expected.add(BackcrackCodes.triage(l));
        }
        for (SoundClass c : SoundClass.values()) {
            expected.add(BackcrackCodes.sound(c));
            expected.add(BackcrackCodes.soundCount(c));
        }
        Cases.KB.rules().forEach(r -> expected.add(BackcrackCodes.rule(r.id())));
        assertThat(codes).containsAll(expected);
        assertThat(cs.getConcept().stream().map(ConceptDefinitionComponent::getCode))
                .containsExactly("question", "answer", "mechanism", "triage", "rule", "sound", "sound-count", "method");
    }

    @Test
    void questionnaire_hasOneItemPerQuestion_withItsTypeAndOptionsInBackcracksCodeSystem() {
        Questionnaire q = export.questionnaire();
        assertThat(q.getUrl()).isEqualTo("https://backcrack.org/fhir/Questionnaire/backcrack");
        assertThat(q.getVersion()).isEqualTo(Cases.KB.version());
        assertThat(q.getStatus().toCode()).isEqualTo("active");
        assertThat(q.getItem()).hasSize(Cases.KB.findings().size());
        for (Questionnaire.QuestionnaireItemComponent item : q.getItem()) {
            Finding f = Cases.KB.findings().get(item.getLinkId());
            assertThat(f).as(item.getLinkId()).isNotNull();
            assertThat(item.getText()).isEqualTo(f.question());
            assertThat(item.getRequired()).isFalse();
            assertThat(item.getReadOnly()).isEqualTo(f.fromRecording());
            assertThat(item.getType().toCode())
                    .isEqualTo(
                            switch (f.type()) {
                                case BOOLEAN -> "boolean";
                                case INTEGER -> "integer";
                                case NUMBER -> "decimal";
                                case CHOICE -> "choice";
                            });
            assertThat(item.getAnswerOption().stream()
                            .map(o -> o.getValueCoding().getCode()))
                    .containsExactlyElementsOf(f.choices().stream()
                            .map(c -> BackcrackCodes.answer(f.id(), c.value()))
                            .toList());
            item.getAnswerOption()
                    .forEach(o -> assertThat(o.getValueCoding().getSystem()).isEqualTo(BackcrackCodes.SYSTEM));
        }
        Questionnaire.QuestionnaireItemComponent sex = q.getItem().stream()
                .filter(i -> i.getLinkId().equals("sex"))
                .findFirst()
                .orElseThrow();
        assertThat(sex.getAnswerOption().get(0).getValueCoding().getDisplay())
                .isEqualTo(Cases.KB.findings().get("sex").choices().stream()
                        .map(Choice::label)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void everyUnitOfTheKnowledgeBase_hasAUcumCode() {
        Cases.KB.findings().values().stream()
                .filter(f -> f.unit() != null)
                .forEach(f -> assertThat(FhirExport.unit(f.unit()).getSystem())
                        .as(f.id())
                        .isEqualTo(FhirExport.UCUM));
    }

    @Test
    void response_hasExactlyTheAnsweredQuestions_anUnansweredOneIsAbsentNotNo() {
        Cases.Case c = named("unanswered");
        Answers answers = c.answers();
        assertThat(answers.isAnswered("night_pain")).isFalse();
        QuestionnaireResponse r = export.questionnaireResponse(answers, Cases.AT, new Reference("urn:uuid:p"));
        assertThat(r.getQuestionnaire()).isEqualTo(BackcrackCodes.QUESTIONNAIRE + "|" + Cases.KB.version());
        assertThat(r.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(r.getItem().stream().map(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId))
                .containsExactlyInAnyOrderElementsOf(answers.answered())
                .doesNotContain("night_pain");
        QuestionnaireResponse.QuestionnaireResponseItemComponent weakness = r.getItem().stream()
                .filter(i -> i.getLinkId().equals("weakness"))
                .findFirst()
                .orElseThrow();
        assertThat(((BooleanType) weakness.getAnswerFirstRep().getValue()).booleanValue())
                .isFalse();
    }

    @Test
    void riskAssessment_triageIsTheFirstPrediction_thenEveryMechanismWithItsProbability() {
        Cases.Case c = named("red flag, emergency");
        Assessment a = c.assessment();
        assertThat(a.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        RiskAssessment ra = export.riskAssessment(a, Cases.AT, new Reference("urn:uuid:p"), List.of());
        assertThat(ra.getPrediction()).hasSize(1 + Mechanism.values().length);
        RiskAssessment.RiskAssessmentPredictionComponent triage = ra.getPredictionFirstRep();
        Coding outcome = triage.getOutcome().getCodingFirstRep();
        assertThat(outcome.getSystem()).isEqualTo(BackcrackCodes.SYSTEM);
        assertThat(outcome.getCode()).isEqualTo("triage.emergency");
        assertThat(triage.hasProbability()).isFalse();
        // Every fired rule and each of its guideline citations is in the rationale.
        a.triage().reasons().forEach(r -> {
            assertThat(triage.getRationale()).contains(r.title(), r.rule());
            r.sources().forEach(s -> assertThat(triage.getRationale()).contains(s));
        });
        assertThat(ra.getMethod().getCodingFirstRep().getCode()).isEqualTo(BackcrackCodes.RULE_ENGINE);
        assertThat(ra.getMethod().getCodingFirstRep().getVersion()).isEqualTo(Cases.KB.version());
        for (int i = 0; i < a.mechanisms().size(); i++) {
            MechanismResult m = a.mechanisms().get(i);
            RiskAssessment.RiskAssessmentPredictionComponent p =
                    ra.getPrediction().get(i + 1);
            assertThat(p.getOutcome().getCodingFirstRep().getCode()).isEqualTo(BackcrackCodes.mechanism(m.mechanism()));
            assertThat(p.getProbabilityDecimalType().getValue().doubleValue())
                    .isCloseTo(m.probability(), org.assertj.core.data.Offset.offset(m.probability() * 1e-3));
        }
    }

    @Test
    void probabilities_keepFourSignificantDigits() {
        assertThat(FhirExport.probability(0.0015052684395383843).getValue()).isEqualByComparingTo("0.001505");
        assertThat(FhirExport.probability(0.030000000000000006).getValue()).isEqualByComparingTo("0.03");
        assertThat(FhirExport.probability(1.0).getValueAsString()).isEqualTo("1");
        assertThat(FhirExport.probability(1e-9).getValueAsString()).isEqualTo("0.000000001");
    }

    @Test
    void riskAssessment_listsTheRedFlagQuestionsNotAssessed_andThoseTakenAsHolding() {
        Cases.Case c = named("red flag on unanswered pain");
        Assessment a = c.assessment();
        assertThat(a.triage().reasons()).anyMatch(r -> r.precautionary());
        String rationale = export.riskAssessment(a, Cases.AT, new Reference("urn:uuid:p"), List.of())
                .getPredictionFirstRep()
                .getRationale();
        assertThat(rationale).contains("taken as holding (precautionary)", "\"Does it hurt?\"");
        if (!a.triage().notAssessed().isEmpty()) {
            assertThat(rationale).contains("Not assessed");
        }
    }

    @Test
    void painScore_isLoinc72514_3_onlyWhenThePersonGaveOne() {
        Reference p = new Reference("urn:uuid:p");
        Reference r = new Reference("urn:uuid:r");
        Observation o =
                export.painScore(named("unanswered").answers(), Cases.AT, p, r).orElseThrow();
        assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(((IntegerType) o.getValue()).getValue()).isEqualTo(6);
        assertThat(o.getDerivedFromFirstRep().getReference()).isEqualTo("urn:uuid:r");
        assertThat(export.painScore(named("self-care").answers(), Cases.AT, p, r))
                .isEmpty();
    }

    @Test
    void soundCount_isACountInEventsAtTheRecordingsTime() {
        SoundCount c = new SoundCount(SoundClass.CREPITUS, 4, Cases.AT.minusSeconds(600));
        Observation o = export.soundCount(c, new Reference("urn:uuid:p"));
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("sound-count.crepitus");
        Quantity q = o.getValueQuantity();
        assertThat(q.getValue()).isEqualByComparingTo(BigDecimal.valueOf(4));
        assertThat(q.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(q.getCode()).isEqualTo("{events}");
        assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-20T09:20:00Z");
        assertThatThrownBy(() -> new SoundCount(SoundClass.CREPITUS, -1, Cases.AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patient_holdsOnlyWhatThePersonEntered() {
        Patient withSex = export.patient(named("red flag, emergency").answers());
        assertThat(withSex.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        Patient without = export.patient(named("self-care").answers());
        assertThat(without.hasGender()).isFalse();
        for (Patient p : List.of(withSex, without)) {
            assertThat(p.hasName()).isFalse();
            assertThat(p.hasIdentifier()).isFalse();
            assertThat(p.hasBirthDate()).isFalse();
            assertThat(p.hasAddress()).isFalse();
            assertThat(p.hasTelecom()).isFalse();
        }
    }

    @Test
    void bundle_isACollection_whoseReferencesAllResolveToItsUrnUuidEntries() {
        for (Cases.Case c : Cases.all()) {
            Bundle b = Cases.export().bundle(c.assessment(), Cases.AT, c.sounds());
            assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            Set<String> fullUrls = new HashSet<>();
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                assertThat(e.getFullUrl())
                        .isEqualTo("urn:uuid:" + e.getResource().getIdElement().getIdPart());
                assertThat(fullUrls.add(e.getFullUrl()))
                        .as("unique %s", e.getFullUrl())
                        .isTrue();
            }
            List<String> references = new ArrayList<>();
            b.getEntry().forEach(e -> collectReferences(e.getResource(), references));
            assertThat(references).as(c.name()).isNotEmpty().allMatch(fullUrls::contains);
            List<String> types =
                    b.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
            assertThat(types)
                    .startsWith("Patient", "QuestionnaireResponse")
                    .endsWith("RiskAssessment", "Questionnaire", "CodeSystem");
            long observations = types.stream().filter("Observation"::equals).count();
            long expected =
                    (c.answers().isAnswered("pain_score") ? 1 : 0) + c.sounds().size();
            assertThat(observations).as(c.name()).isEqualTo(expected);
        }
    }

    private static void collectReferences(Base element, List<String> out) {
        if (element instanceof Reference r && r.hasReference()) {
            out.add(r.getReference());
        }
        element.children().forEach(p -> p.getValues().forEach(v -> collectReferences(v, out)));
    }

    @Test
    void anAssessmentOfAnotherKnowledgeVersion_isRefused() {
        Assessment a = named("self-care").assessment();
        Assessment other =
                new Assessment("1999.1.1", a.answers(), a.triage(), a.mechanisms(), a.advice(), a.disclaimer());
        assertThatThrownBy(() -> export.bundle(other, Cases.AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1999.1.1");
    }

    @Test
    void narrativesEscapeMarkup() {
        assertThat(Narratives.escape("a < b & \"c\" > d")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
    }
}
