package org.backcrack.fhir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Contribution;
import org.backcrack.assess.engine.MechanismResult;
import org.backcrack.assess.engine.TriageReason;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.MechanismEntry;
import org.backcrack.assess.knowledge.RedFlagRule;
import org.backcrack.assess.knowledge.Source;
import org.backcrack.assess.knowledge.TriageLevelEntry;
import org.backcrack.core.SoundClass;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps backcrack's questionnaire and one {@link Assessment} to HL7 FHIR R4 (v4.0.1, HL7 2019) resources, as HAPI
 * FHIR model objects:
 *
 * <ul>
 *   <li>{@link #codeSystem()}: backcrack's own codes (questions, answers, mechanisms, triage levels, sound classes,
 *       red-flag rules, methods), {@code content = complete};</li>
 *   <li>{@link #questionnaire()}: one item per knowledge-base finding, its type, range, unit and answer options;</li>
 *   <li>{@link #questionnaireResponse}: the answers given, and only those: an unanswered question has no item,
 *       so it reads as not answered, never as "no";</li>
 *   <li>{@link #riskAssessment}: the triage level as a prediction's outcome (reasons and guideline sources in its
 *       rationale, the level's action as mitigation) and one prediction per mechanism with its probability;</li>
 *   <li>{@link #painScore} (LOINC 72514-3) and {@link #soundCount} observations;</li>
 *   <li>{@link #patient}: only what the person entered about themselves (sex);</li>
 *   <li>{@link #bundle}: all of them in a {@code collection} Bundle with {@code urn:uuid} full URLs.</li>
 * </ul>
 *
 * <p>Pure: resource ids come from the {@code ids} supplier, times from the caller; nothing is read or written.
 * Why each element was chosen, and what HAPI's validator says of them, is in {@code docs/fhir.md}.
 */
public final class FhirExport {
    /** LOINC, for the pain score (http://loinc.org, HL7 FHIR R4 terminology page). */
    public static final String LOINC = "http://loinc.org";
    /**
     * LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported" (loinc.org/72514-3): a
     * self-reported 0-10 score, which is what backcrack's {@code pain_score} question asks.
     */
    public static final String LOINC_PAIN_SEVERITY_0_10 = "72514-3";

    static final String PAIN_SEVERITY_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    /** UCUM (HL7 FHIR R4: Quantity and units use http://unitsofmeasure.org). */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** HL7's observation categories (terminology.hl7.org, bound to Observation.category in R4). */
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** Core R4 extensions on Questionnaire items (hl7.org/fhir/R4/extensibility-registry.html). */
    static final String EXT_MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

    static final String EXT_MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String EXT_UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
    /** The standard property of an abstract concept (hl7.org/fhir/R4/codesystem-concept-properties.html). */
    static final String NOT_SELECTABLE = "notSelectable";

    static final String NOT_SELECTABLE_URI = "http://hl7.org/fhir/concept-properties#notSelectable";

    /**
     * The knowledge base's units as UCUM codes (UCUM, Schadow and McDonald, Regenstrief Institute): {@code a} is
     * the Julian year, {@code {events}} an annotated count (unity).
     */
    static final Map<String, String> UCUM_UNITS =
            Map.of("years", "a", "weeks", "wk", "minutes", "min", "hours", "h", "events", "{events}");

    private static final String PAIN_SCORE = "pain_score";
    private static final String SEX = "sex";

    private final KnowledgeBase kb;
    private final Supplier<UUID> ids;

    /**
     * @param kb  the knowledge base the assessments were made with (its version is the questionnaire's and code
     *            system's version)
     * @param ids where resource ids come from: random in use, a fixed sequence in tests
     */
    public FhirExport(KnowledgeBase kb, Supplier<UUID> ids) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** An export with random (type 4) UUIDs for resource ids. */
    public static FhirExport withRandomIds(KnowledgeBase kb) {
        return new FhirExport(kb, UUID::randomUUID);
    }

    /** The canonical reference of the questionnaire, {@code url|version}, as a response's questionnaire. */
    public String questionnaireCanonical() {
        return BackcrackCodes.QUESTIONNAIRE + "|" + kb.version();
    }

    // ---------------------------------------------------------------------------------------------- CodeSystem

    /** backcrack's code system, every concept with its display text; versioned with the knowledge base. */
    public CodeSystem codeSystem() {
        CodeSystem cs = new CodeSystem();
        published(cs, BackcrackCodes.SYSTEM, "BackcrackCodes", "backcrack codes");
        cs.setDescription("The codes backcrack defines: its questions and their answers, the mechanisms of back "
                + "cracking it reasons about, its triage levels and red-flag rules, the sound classes of its acoustic "
                + "analyzer, and its methods. Knowledge base " + kb.version() + ". " + kb.disclaimer());
        cs.setCaseSensitive(true);
        cs.setHierarchyMeaning(CodeSystem.CodeSystemHierarchyMeaning.GROUPEDBY);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        cs.addProperty()
                .setCode(NOT_SELECTABLE)
                .setUri(NOT_SELECTABLE_URI)
                .setType(CodeSystem.PropertyType.BOOLEAN)
                .setDescription("A grouping concept, not to be used as a code");

        ConceptDefinitionComponent questions = group(cs, BackcrackCodes.QUESTION, "Questions");
        ConceptDefinitionComponent answers = group(cs, BackcrackCodes.ANSWER, "Answers to choice questions");
        for (Finding f : kb.findings().values()) {
            concept(questions, BackcrackCodes.question(f.id()), f.question(), f.help());
            for (Choice c : f.choices()) {
                concept(
                        answers,
                        BackcrackCodes.answer(f.id(), c.value()),
                        c.label(),
                        "\"" + f.question() + "\" answered \"" + c.label() + "\"");
            }
        }
        ConceptDefinitionComponent mechanisms = group(cs, BackcrackCodes.MECHANISM, "Mechanisms of back cracking");
        for (MechanismEntry m : kb.mechanisms().values()) {
            concept(mechanisms, BackcrackCodes.mechanism(m.mechanism()), m.name(), m.explanation());
        }
        ConceptDefinitionComponent levels = group(cs, BackcrackCodes.TRIAGE, "Triage levels, most urgent first");
        for (TriageLevel l : TriageLevel.values()) {
            TriageLevelEntry e = kb.triageLevel(l);
            concept(levels, BackcrackCodes.triage(l), e.title(), e.action());
        }
        ConceptDefinitionComponent rules = group(cs, BackcrackCodes.RULE, "Red-flag rules");
        for (RedFlagRule r : kb.rules()) {
            concept(
                    rules,
                    BackcrackCodes.rule(r.id()),
                    r.title(),
                    r.message() + " Sets the triage to at least \""
                            + kb.triageLevel(r.level()).title() + "\". Sources: " + sentence(citations(r.sources())));
        }
        ConceptDefinitionComponent sounds = group(cs, BackcrackCodes.SOUND, "Sound classes of the acoustic analyzer");
        ConceptDefinitionComponent counts =
                group(cs, BackcrackCodes.SOUND_COUNT, "Counts of sounds of one class in a recording");
        for (SoundClass c : SoundClass.values()) {
            concept(sounds, BackcrackCodes.sound(c), BackcrackCodes.soundDisplay(c), null);
            concept(
                    counts,
                    BackcrackCodes.soundCount(c),
                    BackcrackCodes.soundCountDisplay(c),
                    "How many sounds the acoustic analyzer classified as " + c.id() + " in one recording.");
        }
        ConceptDefinitionComponent methods = group(cs, BackcrackCodes.METHOD, "Methods");
        concept(
                methods,
                BackcrackCodes.RULE_ENGINE,
                "backcrack rule engine",
                "Red-flag rules evaluated in three-valued logic (an unanswered question is not assessed, never "
                        + "'no'; the most urgent rule that holds sets the triage level), and for each mechanism "
                        + "posterior odds = prior odds times the likelihood ratios of the answers, over the knowledge "
                        + "base of the code system's version.");
        concept(
                methods,
                BackcrackCodes.ACOUSTIC_ANALYZER,
                "backcrack acoustic analyzer",
                "Event detection, features and classification of joint sounds in a recording.");
        List<List<String>> rows = new ArrayList<>();
        for (ConceptDefinitionComponent g : cs.getConcept()) {
            rows.add(List.of(g.getCode(), g.getDisplay() + " (group)"));
            g.getConcept().forEach(c -> rows.add(List.of(c.getCode(), c.getDisplay())));
        }
        cs.setText(Narratives.generated(
                Narratives.p(cs.getDescription()) + Narratives.table(List.of("code", "display"), rows)));
        return cs;
    }

    private static ConceptDefinitionComponent group(CodeSystem cs, String code, String display) {
        ConceptDefinitionComponent g = cs.addConcept().setCode(code).setDisplay(display);
        g.addProperty().setCode(NOT_SELECTABLE).setValue(new BooleanType(true));
        return g;
    }

    private static void concept(ConceptDefinitionComponent parent, String code, String display, String definition) {
        ConceptDefinitionComponent c = parent.addConcept().setCode(code).setDisplay(display);
        if (definition != null && !definition.isBlank()) {
            c.setDefinition(definition);
        }
    }

    // ------------------------------------------------------------------------------------------- Questionnaire

    /**
     * The questionnaire: one item per finding in knowledge-base order, none required (an unanswered question is
     * allowed and means "not assessed"). Findings measured from a recording are {@code readOnly}: the acoustic
     * analyzer fills them, the person is never asked.
     */
    public Questionnaire questionnaire() {
        Questionnaire q = new Questionnaire();
        published(
                q,
                BackcrackCodes.QUESTIONNAIRE,
                "Backcrack",
                "backcrack: why does my back crack, and should I see someone?");
        q.addSubjectType("Patient");
        q.setDescription("Questions about back cracking and its warning signs (knowledge base " + kb.version()
                + "). Every question may be left unanswered: an unanswered question is reported as not assessed, "
                + "never taken as 'no'. " + kb.disclaimer());
        for (Finding f : kb.findings().values()) {
            QuestionnaireItemComponent item = q.addItem()
                    .setLinkId(f.id())
                    .setText(f.question())
                    .setType(itemType(f))
                    .setRequired(false)
                    .setRepeats(false);
            item.addCode(new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.question(f.id()), f.question()));
            if (f.fromRecording()) {
                item.setReadOnly(true);
            }
            for (Choice c : f.choices()) {
                item.addAnswerOption().setValue(answerCoding(f, c));
            }
            if (f.min() != null) {
                item.addExtension(EXT_MIN_VALUE, bound(f, f.min()));
            }
            if (f.max() != null) {
                item.addExtension(EXT_MAX_VALUE, bound(f, f.max()));
            }
            if (f.unit() != null) {
                item.addExtension(EXT_UNIT, unit(f.unit()));
            }
        }
        q.setText(Narratives.generated(Narratives.p(q.getDescription())
                + Narratives.table(
                        List.of("linkId", "question", "answer"),
                        kb.findings().values().stream()
                                .map(f -> List.of(f.id(), f.question(), answerKind(f)))
                                .toList())));
        return q;
    }

    /** What kind of answer a question takes, in words, for the narrative. */
    private static String answerKind(Finding f) {
        String kind = switch (f.type()) {
            case BOOLEAN -> "yes or no";
            case INTEGER, NUMBER -> org.backcrack.assess.answers.AnswersReader.range(f);
            case CHOICE -> "one of: " + f.choices().stream().map(Choice::label).collect(Collectors.joining("; "));
        };
        return f.fromRecording() ? kind + " (from a recording, not asked)" : kind;
    }

    private static QuestionnaireItemType itemType(Finding f) {
        return switch (f.type()) {
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case NUMBER -> QuestionnaireItemType.DECIMAL;
            case CHOICE -> QuestionnaireItemType.CHOICE;
        };
    }

    private static Type bound(Finding f, double v) {
        return f.type() == org.backcrack.assess.knowledge.FindingType.INTEGER
                ? new IntegerType(Math.toIntExact(Math.round(v)))
                : new DecimalType(BigDecimal.valueOf(v));
    }

    /** A knowledge-base unit as a UCUM coding, or a display-only coding when it has no UCUM code here. */
    static Coding unit(String unit) {
        String code = UCUM_UNITS.get(unit);
        return code == null ? new Coding().setDisplay(unit) : new Coding(UCUM, code, unit);
    }

    private static Coding answerCoding(Finding f, Choice c) {
        return new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.answer(f.id(), c.value()), c.label());
    }

    // ----------------------------------------------------------------------------------- QuestionnaireResponse

    /**
     * The answers as a completed response to {@link #questionnaire()}: one item per answered question, in
     * knowledge-base order; an unanswered question has no item at all.
     *
     * @param answers  the answers
     * @param authored when they were given
     * @param subject  the person they are about (and who gave them)
     */
    public QuestionnaireResponse questionnaireResponse(Answers answers, Instant authored, Reference subject) {
        for (String given : answers.answered()) {
            if (kb.finding(given).isEmpty()) {
                throw new IllegalArgumentException("answer '" + given + "' is not a question of knowledge base "
                        + kb.version() + "; read answers with AnswersReader");
            }
        }
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(newId());
        r.setQuestionnaire(questionnaireCanonical());
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(subject.copy());
        r.setAuthoredElement(dateTime(authored));
        r.setAuthor(subject.copy());
        r.setSource(subject.copy());
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : kb.findings().values()) {
            Object v = answers.get(f.id());
            if (v == null) {
                continue;
            }
            r.addItem()
                    .setLinkId(f.id())
                    .setText(f.question())
                    .addAnswer(new QuestionnaireResponseItemAnswerComponent().setValue(answerValue(f, v)));
            rows.add(List.of(f.question(), answerText(f.id(), v)));
        }
        r.setText(Narratives.generated(Narratives.p("Answers to the backcrack questionnaire, knowledge base "
                        + kb.version() + ". A question not listed was not answered: it is not assessed, never "
                        + "taken as 'no'.")
                + Narratives.table(List.of("question", "answer"), rows)));
        return r;
    }

    private static Type answerValue(Finding f, Object v) {
        return switch (f.type()) {
            case BOOLEAN -> new BooleanType((Boolean) v);
            case INTEGER -> new IntegerType(Math.toIntExact(Math.round((Double) v)));
            case NUMBER -> new DecimalType(BigDecimal.valueOf((Double) v));
            case CHOICE ->
                answerCoding(
                        f,
                        f.choice((String) v)
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "answer '" + f.id() + "' = '" + v + "' is not one of its choices")));
        };
    }

    // ------------------------------------------------------------------------------------------ RiskAssessment

    /**
     * The assessment as a RiskAssessment: first a prediction whose outcome is the triage level (rationale: each
     * fired red-flag rule with its condition and guideline sources, and the red-flag questions not assessed;
     * mitigation: what to do now), then one prediction per mechanism, most likely first, with its probability and
     * the answers that moved it. The method is backcrack's rule engine, coded with the knowledge-base version.
     *
     * @param a       the assessment
     * @param at      when it was made
     * @param subject the person it is about
     * @param basis   the resources it rests on (the questionnaire response, observations)
     */
    public RiskAssessment riskAssessment(Assessment a, Instant at, Reference subject, List<Reference> basis) {
        checkVersion(a);
        RiskAssessment ra = new RiskAssessment();
        ra.setId(newId());
        ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        ra.setCode(
                new CodeableConcept().setText("backcrack assessment of back cracking: triage and likely mechanisms"));
        ra.setSubject(subject.copy());
        ra.setOccurrence(dateTime(at));
        ra.setMethod(new CodeableConcept(
                        new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.RULE_ENGINE, "backcrack rule engine")
                                .setVersion(kb.version()))
                .setText("backcrack rule engine, knowledge base " + a.knowledgeVersion()));
        basis.forEach(b -> ra.addBasis(b.copy()));

        TriageLevel level = a.triage().level();
        RiskAssessmentPredictionComponent triage = ra.addPrediction();
        triage.setOutcome(new CodeableConcept(new Coding(
                        BackcrackCodes.SYSTEM,
                        BackcrackCodes.triage(level),
                        a.triage().title()))
                .setText("Triage: " + a.triage().title()));
        triage.setRationale(triageRationale(a));
        ra.setMitigation(a.triage().title() + ". " + a.triage().action());

        for (MechanismResult m : a.mechanisms()) {
            RiskAssessmentPredictionComponent p = ra.addPrediction();
            p.setOutcome(new CodeableConcept(
                            new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.mechanism(m.mechanism()), m.name()))
                    .setText(m.name()));
            p.setProbability(probability(m.probability()));
            p.setRationale(mechanismRationale(m));
        }
        ra.addNote(new Annotation()
                .setText("Each mechanism is its own hypothesis (a back can both pop and grate): its probability is "
                        + "prior odds times the likelihood ratios of the answers, so the probabilities do not sum to "
                        + "one. The triage prediction has no probability: it is the most urgent red-flag rule that "
                        + "holds."));
        ra.addNote(new Annotation().setText(a.disclaimer()));
        ra.setText(Narratives.generated(Narratives.labelled("Triage", a.triage().title())
                + Narratives.p(a.triage().action())
                + Narratives.heading("Why")
                + Narratives.list(List.of(triage.getRationale().split("\n")))
                + Narratives.heading("Likely mechanisms (each its own hypothesis; they do not sum to 100%)")
                + Narratives.table(
                        List.of("mechanism", "probability"),
                        a.mechanisms().stream()
                                .map(m -> List.of(m.name(), percent(m.probability())))
                                .toList())
                + Narratives.labelled("Method", ra.getMethod().getText())
                + Narratives.p(a.disclaimer())));
        return ra;
    }

    /**
     * A probability as exported: 4 significant digits. The priors and likelihood ratios it is computed from
     * have one or two (knowledge.yaml), so more digits would claim a precision the knowledge does not have (and
     * HAPI's validator warns about decimals of 17 digits).
     */
    public static DecimalType probability(double p) {
        return new DecimalType(BigDecimal.valueOf(p)
                .round(PROBABILITY_DIGITS)
                .stripTrailingZeros()
                .toPlainString());
    }

    private static final MathContext PROBABILITY_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private static String percent(double p) {
        return BigDecimal.valueOf(100 * p)
                        .round(new MathContext(3, RoundingMode.HALF_EVEN))
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    private String triageRationale(Assessment a) {
        StringBuilder sb = new StringBuilder();
        if (a.triage().reasons().isEmpty()) {
            sb.append("No red-flag rule holds on the answers given.");
        }
        for (TriageReason r : a.triage().reasons()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(r.title())
                    .append(" (rule ")
                    .append(r.rule())
                    .append(", ")
                    .append(kb.triageLevel(r.level()).title().toLowerCase(java.util.Locale.ROOT))
                    .append("): ")
                    .append(r.message())
                    .append(" When: ")
                    .append(r.condition())
                    .append('.');
            if (r.precautionary()) {
                sb.append(" Unanswered, taken as holding (precautionary): ")
                        .append(questions(r.assumed()))
                        .append('.');
                r.wouldChange()
                        .forEach(alt -> sb.append(" If ")
                                .append(alt.text())
                                .append(": ")
                                .append(alt.title().toLowerCase(java.util.Locale.ROOT))
                                .append('.'));
            }
            sb.append(" Sources: ").append(sentence(String.join("; ", r.sources())));
        }
        if (!a.triage().notAssessed().isEmpty()) {
            sb.append("\nNot assessed (red-flag questions left unanswered, not taken as 'no'): ")
                    .append(questions(a.triage().notAssessed()))
                    .append('.');
        }
        return sb.toString();
    }

    /** The text with a full stop at its end, not two. */
    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private String mechanismRationale(MechanismResult m) {
        StringBuilder sb = new StringBuilder("Prior probability ")
                .append(BigDecimal.valueOf(m.prior()).toPlainString())
                .append('.');
        if (m.evidence().isEmpty()) {
            sb.append(" No answer bears on it.");
        }
        for (Contribution c : m.evidence()) {
            sb.append(" \"")
                    .append(kb.finding(c.finding()).map(Finding::question).orElse(c.finding()))
                    .append("\" answered \"")
                    .append(answerText(c.finding(), c.value()))
                    .append("\": likelihood ratio ")
                    .append(BigDecimal.valueOf(c.weight()).toPlainString())
                    .append(" (")
                    .append(
                            c.source().endsWith(".")
                                    ? c.source().substring(0, c.source().length() - 1)
                                    : c.source())
                    .append(").");
        }
        return sb.toString();
    }

    private String answerText(String finding, Object v) {
        if (v instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (v instanceof String s) {
            return kb.finding(finding)
                    .flatMap(f -> f.choice(s))
                    .map(Choice::label)
                    .orElse(s);
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    private String questions(List<String> findings) {
        return findings.stream()
                .map(f -> "\"" + kb.finding(f).map(Finding::question).orElse(f) + "\"")
                .collect(Collectors.joining(", "));
    }

    private String citations(List<String> sources) {
        return sources.stream()
                .map(s -> kb.source(s).map(Source::citation).orElse(s))
                .collect(Collectors.joining("; "));
    }

    // --------------------------------------------------------------------------------------------- Observations

    /**
     * The pain score as an Observation coded LOINC 72514-3, when the person gave one; derived from the
     * questionnaire response it was answered in.
     */
    public Optional<Observation> painScore(Answers answers, Instant at, Reference subject, Reference response) {
        if (!(answers.get(PAIN_SCORE) instanceof Double score)) {
            return Optional.empty();
        }
        Observation o = pain(Math.toIntExact(Math.round(score)), dateTime(at), subject);
        o.addDerivedFrom(response.copy());
        o.setText(Narratives.generated(Narratives.labelled(
                "Pain severity, 0-10 (LOINC 72514-3), reported by the person", answerText(PAIN_SCORE, score))));
        return Optional.of(o);
    }

    /** A pain score, 0–10, as the person rated it: LOINC 72514-3, category survey, effective when given. */
    private Observation pain(int score, DateTimeType effective, Reference subject) {
        Observation o = new Observation();
        o.setId(newId());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(new CodeableConcept(new Coding(LOINC, LOINC_PAIN_SEVERITY_0_10, PAIN_SEVERITY_DISPLAY))
                .setText("Pain severity, 0-10, as the person rated it"));
        o.setSubject(subject.copy());
        o.setEffective(effective);
        o.addPerformer(subject.copy());
        o.setValue(new IntegerType(score));
        return o;
    }

    /**
     * How many sounds of one class the acoustic analyzer found in one recording: value in UCUM {@code {events}},
     * effective at the recording's time, method backcrack's acoustic analyzer.
     */
    public Observation soundCount(SoundCount count, Reference subject) {
        Observation o = new Observation();
        o.setId(newId());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding(
                BackcrackCodes.SYSTEM,
                BackcrackCodes.soundCount(count.sound()),
                BackcrackCodes.soundCountDisplay(count.sound()))));
        o.setSubject(subject.copy());
        o.setEffective(dateTime(count.recordedAt()));
        o.setValue(new Quantity()
                .setValue(count.count())
                .setUnit("events")
                .setSystem(UCUM)
                .setCode("{events}"));
        o.setMethod(new CodeableConcept(new Coding(
                        BackcrackCodes.SYSTEM, BackcrackCodes.ACOUSTIC_ANALYZER, "backcrack acoustic analyzer"))
                .setText("backcrack acoustic analyzer"));
        // The person made the recording of their own back (R4 allows no Device as performer).
        o.addPerformer(subject.copy());
        o.setText(Narratives.generated(
                Narratives.labelled(BackcrackCodes.soundCountDisplay(count.sound()), Integer.toString(count.count()))
                        + Narratives.p("Recorded " + count.recordedAt().truncatedTo(ChronoUnit.SECONDS)
                                + "; counted by backcrack's acoustic analyzer.")));
        return o;
    }

    // -------------------------------------------------------------------------------------------------- Patient

    /**
     * The person, holding only what they entered about themselves: their answer to "What is your sex?" as
     * {@code gender} (R4 has no other place for it on Patient; the response keeps the answer as given). No name,
     * identifier or birth date: backcrack does not ask for them. Age stays an answer in the response.
     */
    public Patient patient(Answers answers) {
        Patient p = new Patient();
        p.setId(newId());
        if (answers.get(SEX) instanceof String sex) {
            switch (sex) {
                case "female" -> p.setGender(AdministrativeGender.FEMALE);
                case "male" -> p.setGender(AdministrativeGender.MALE);
                case "other" -> p.setGender(AdministrativeGender.OTHER);
                default -> throw new IllegalArgumentException("answer 'sex' = '" + sex + "' has no FHIR gender");
            }
            p.setText(Narratives.generated(Narratives.labelled("Sex, as the person entered it", answerText(SEX, sex))));
        } else {
            p.setText(Narratives.generated(Narratives.p("The person entered nothing about themselves beyond their "
                    + "answers; backcrack asks for no name, identifier or birth date.")));
        }
        return p;
    }

    // --------------------------------------------------------------------------------------------------- Bundle

    /** {@link #bundle(Assessment, Instant, List)} without recordings. */
    public Bundle bundle(Assessment a, Instant at) {
        return bundle(a, at, List.of());
    }

    /**
     * Everything in one {@code collection} Bundle, each entry with a {@code urn:uuid:} full URL equal to its
     * resource id: Patient, QuestionnaireResponse, the pain-score and sound-count Observations, RiskAssessment,
     * and the Questionnaire and CodeSystem, so the Bundle reads on its own.
     *
     * @param a        the assessment
     * @param at       when it was made (and the answers given)
     * @param recorded sound counts of recordings to include as observations (empty for none)
     */
    public Bundle bundle(Assessment a, Instant at, List<SoundCount> recorded) {
        checkVersion(a);
        Patient patient = patient(a.answers());
        Reference subject = reference(patient);
        QuestionnaireResponse response = questionnaireResponse(a.answers(), at, subject);
        List<Observation> observations = new ArrayList<>();
        painScore(a.answers(), at, subject, reference(response)).ifPresent(observations::add);
        recorded.forEach(c -> observations.add(soundCount(c, subject)));
        List<Reference> basis = new ArrayList<>();
        basis.add(reference(response));
        observations.forEach(o -> basis.add(reference(o)));
        RiskAssessment risk = riskAssessment(a, at, subject, basis);

        Bundle b = new Bundle();
        b.setId(newId());
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestampElement(new InstantType(at.truncatedTo(ChronoUnit.MILLIS).toString()));
        List<Resource> entries = new ArrayList<>();
        entries.add(patient);
        entries.add(response);
        entries.addAll(observations);
        entries.add(risk);
        entries.add(questionnaire());
        entries.add(codeSystem());
        for (Resource r : entries) {
            b.addEntry().setFullUrl(fullUrl(r)).setResource(r);
        }
        return b;
    }

    /**
     * One day of a person's journal as the export sees it.
     *
     * @param date       the day the entry is about
     * @param sounds     how many sounds of each class the person noted (or a recording found) that day
     * @param pain       pain 0–10 as the person rated it, or null when not recorded
     * @param assessment the assessment kept with the entry, or null
     * @param assessedAt when that assessment was kept (the entry's last change), or null without one
     */
    public record JournalDay(
            java.time.LocalDate date,
            Map<SoundClass, Integer> sounds,
            Integer pain,
            Assessment assessment,
            Instant assessedAt) {
        public JournalDay {
            Objects.requireNonNull(date, "date");
            sounds = Map.copyOf(sounds);
            if (pain != null && (pain < 0 || pain > 10)) {
                throw new IllegalArgumentException("pain is 0..10, was " + pain);
            }
            if ((assessment == null) != (assessedAt == null)) {
                throw new IllegalArgumentException("an assessment needs its time, and a time its assessment");
            }
        }
    }

    /**
     * A journal as one {@code collection} Bundle for a clinician: one Patient (with the gender of the latest
     * assessment's answers, if any), per day an Observation per sound class noted and one for pain (LOINC
     * 72514-3), each effective on that day, and for days with an assessment its QuestionnaireResponse and
     * RiskAssessment; then the Questionnaire and CodeSystem once.
     *
     * @param days the journal's days, oldest first
     * @param at   when the export was made
     */
    public Bundle journalBundle(List<JournalDay> days, Instant at) {
        Assessment latest = null;
        for (JournalDay d : days) {
            if (d.assessment() != null) {
                checkVersion(d.assessment());
                latest = d.assessment();
            }
        }
        Patient patient = latest == null ? patient(Answers.empty()) : patient(latest.answers());
        Reference subject = reference(patient);
        List<Resource> entries = new ArrayList<>();
        entries.add(patient);
        for (JournalDay d : days) {
            DateTimeType day = new DateTimeType(d.date().toString());
            for (SoundClass c : SoundClass.values()) {
                Integer n = d.sounds().get(c);
                if (n != null) {
                    entries.add(journalSoundCount(c, n, d.date(), day, subject));
                }
            }
            if (d.pain() != null) {
                entries.add(journalPain(d.pain(), d.date(), day, subject));
            }
            if (d.assessment() != null) {
                QuestionnaireResponse response =
                        questionnaireResponse(d.assessment().answers(), d.assessedAt(), subject);
                entries.add(response);
                entries.add(riskAssessment(d.assessment(), d.assessedAt(), subject, List.of(reference(response))));
            }
        }
        entries.add(questionnaire());
        entries.add(codeSystem());
        Bundle b = new Bundle();
        b.setId(newId());
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestampElement(new InstantType(at.truncatedTo(ChronoUnit.MILLIS).toString()));
        for (Resource r : entries) {
            b.addEntry().setFullUrl(fullUrl(r)).setResource(r);
        }
        return b;
    }

    private Observation journalSoundCount(
            SoundClass c, int n, java.time.LocalDate date, DateTimeType day, Reference subject) {
        Observation o = new Observation();
        o.setId(newId());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(
                new Coding(BackcrackCodes.SYSTEM, BackcrackCodes.soundCount(c), BackcrackCodes.soundCountDisplay(c))));
        o.setSubject(subject.copy());
        o.setEffective(day.copy());
        o.setValue(new Quantity().setValue(n).setUnit("events").setSystem(UCUM).setCode("{events}"));
        o.addPerformer(subject.copy());
        o.setText(Narratives.generated(Narratives.labelled(BackcrackCodes.soundCountDisplay(c), Integer.toString(n))
                + Narratives.p("On " + date + ", as noted in the person's backcrack journal.")));
        return o;
    }

    private Observation journalPain(int score, java.time.LocalDate date, DateTimeType day, Reference subject) {
        Observation o = pain(score, day.copy(), subject);
        o.setText(Narratives.generated(
                Narratives.labelled("Pain severity, 0-10 (LOINC 72514-3), reported by the person", score + " of 10")
                        + Narratives.p("On " + date + ", as noted in the person's backcrack journal.")));
        return o;
    }

    /** What backcrack's CodeSystem and Questionnaire both say of themselves: canonical, version, publisher. */
    private void published(MetadataResource r, String canonical, String name, String title) {
        r.setId(newId());
        r.setUrl(canonical);
        r.setVersion(kb.version());
        r.setName(name);
        r.setTitle(title);
        r.setStatus(PublicationStatus.ACTIVE);
        r.setExperimental(false);
        r.setPublisher("backcrack");
    }

    /** A reference to a resource of a bundle by its {@code urn:uuid:} full URL. */
    public static Reference reference(Resource r) {
        return new Reference(fullUrl(r));
    }

    private static String fullUrl(Resource r) {
        return "urn:uuid:" + r.getIdElement().getIdPart();
    }

    private String newId() {
        return ids.get().toString();
    }

    private void checkVersion(Assessment a) {
        if (!kb.version().equals(a.knowledgeVersion())) {
            throw new IllegalArgumentException("the assessment was made with knowledge base " + a.knowledgeVersion()
                    + ", this export describes " + kb.version());
        }
    }

    private static DateTimeType dateTime(Instant t) {
        return new DateTimeType(t.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
