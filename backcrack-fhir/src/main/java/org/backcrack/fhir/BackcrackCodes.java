package org.backcrack.fhir;

import java.util.Locale;
import org.backcrack.assess.TriageLevel;
import org.backcrack.core.Mechanism;
import org.backcrack.core.SoundClass;

/**
 * backcrack's canonical URLs and the codes of its own FHIR {@code CodeSystem}. Codes are namespaced by kind
 * with a dot, because the bare ids collide (the mechanism {@code cavitation} and the sound class
 * {@code cavitation}; the answer {@code none} of two questions; the rule and the question
 * {@code swelling_or_locking}): {@code question.pain}, {@code answer.pain.none}, {@code mechanism.cavitation},
 * {@code triage.self_care}, {@code sound.crepitus}, {@code sound-count.crepitus}, {@code rule.stroke_signs},
 * {@code method.rule-engine}. Each kind is also an abstract grouping concept of the code system.
 *
 * <p>Only codes whose meaning backcrack itself defines are here; the standard codes the export uses (LOINC
 * 72514-3 for the pain score, UCUM units, HL7's observation category and administrative gender) are in
 * {@link FhirExport}, with where each comes from in {@code docs/fhir.md}.
 */
public final class BackcrackCodes {
    /** Canonical URL of backcrack's code system (HL7 FHIR R4, CodeSystem.url). */
    public static final String SYSTEM = "https://backcrack.org/fhir/CodeSystem/backcrack";
    /** Canonical URL of backcrack's questionnaire (HL7 FHIR R4, Questionnaire.url). */
    public static final String QUESTIONNAIRE = "https://backcrack.org/fhir/Questionnaire/backcrack";

    /** Grouping concepts, one per kind of code; abstract ({@code notSelectable}). */
    public static final String QUESTION = "question";

    public static final String ANSWER = "answer";
    public static final String MECHANISM = "mechanism";
    public static final String TRIAGE = "triage";
    public static final String SOUND = "sound";
    public static final String SOUND_COUNT = "sound-count";
    public static final String RULE = "rule";
    public static final String METHOD = "method";

    /** The method of the RiskAssessment: the red-flag rules and mechanism odds over the knowledge base. */
    public static final String RULE_ENGINE = METHOD + ".rule-engine";
    /** The method of a sound-count Observation: backcrack's acoustic analyzer. */
    public static final String ACOUSTIC_ANALYZER = METHOD + ".acoustic-analyzer";

    private BackcrackCodes() {}

    public static String question(String findingId) {
        return QUESTION + "." + findingId;
    }

    public static String answer(String findingId, String choiceValue) {
        return ANSWER + "." + findingId + "." + choiceValue;
    }

    public static String mechanism(Mechanism m) {
        return MECHANISM + "." + m.id();
    }

    public static String triage(TriageLevel level) {
        return TRIAGE + "." + level.id();
    }

    public static String sound(SoundClass c) {
        return SOUND + "." + c.id();
    }

    public static String soundCount(SoundClass c) {
        return SOUND_COUNT + "." + c.id();
    }

    public static String rule(String ruleId) {
        return RULE + "." + ruleId;
    }

    /**
     * The choice value of an answer code of {@code findingId}, e.g. {@code none} for
     * {@code answer.pain.none}; null when the code is not an answer to that question.
     */
    public static String choiceValue(String findingId, String code) {
        String prefix = ANSWER + "." + findingId + ".";
        return code != null && code.startsWith(prefix) ? code.substring(prefix.length()) : null;
    }

    /** How a sound class reads to a clinician (the core enum carries ids only). */
    public static String soundDisplay(SoundClass c) {
        return switch (c) {
            case CAVITATION -> "Cavitation: a single sharp pop as gas comes out of the synovial fluid";
            case SOFT_TISSUE_SNAP -> "Soft-tissue snap: a tendon or ligament slipping over bone";
            case CREPITUS -> "Crepitus: a grating train of small crackles from rough joint surfaces";
        };
    }

    /** What a sound-count observation counts, e.g. "Number of crepitus sounds in a recording". */
    public static String soundCountDisplay(SoundClass c) {
        return "Number of " + c.id().replace('_', ' ').toLowerCase(Locale.ROOT) + " sounds in a recording";
    }
}
