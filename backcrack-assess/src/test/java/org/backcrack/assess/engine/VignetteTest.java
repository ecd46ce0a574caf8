package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.audit.TriageAudit;
import org.backcrack.assess.audit.VignetteJson;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.assess.knowledge.RedFlagRule;
import org.backcrack.core.Mechanism;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Clinical vignettes written from the guidelines (src/test/resources/vignettes/*.json), each with its
 * expected triage and most likely mechanism. Every vignette is one dynamic test; the suite as a whole must
 * cover every rule, every mechanism and every triage level, with benign cases that stay self-care.
 *
 * <p>The report ranks two things a person reads separately: what the sound most likely is (the sound
 * mechanisms) and what else could be behind it (the conditions). {@code top_mechanism} names the expected
 * leader of its own section: a sciatica vignette expects {@code disc_or_nerve} to lead the conditions, even
 * though the pop itself is most likely cavitation. Where clinicians would accept either of two leaders (a pop
 * on the first stretch after hours of sitting is both cavitation and stiffness released) it may be a list of
 * the same kind. {@code raised} lists mechanisms whose odds the picture must raise at least threefold.
 */
class VignetteTest {
    private static final Path DIR = Path.of("src", "test", "resources", "vignettes");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeBase kb = KnowledgeLoader.builtIn();
    private final Assessor assessor = new Assessor(kb);

    record Vignette(
            String file,
            String id,
            String description,
            Answers answers,
            TriageLevel triage,
            List<Mechanism> topMechanism,
            Set<String> rules,
            List<String> notAssessedContains,
            List<Mechanism> raised,
            String knownOverTriage) {}

    static List<Vignette> vignettes(KnowledgeBase kb) throws IOException {
        List<Vignette> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = JSON.readTree(p.toFile());
                JsonNode ex = n.path("expected");
                Set<String> rules = null;
                if (ex.has("rules")) {
                    rules = new HashSet<>();
                    for (JsonNode r : ex.get("rules")) {
                        rules.add(r.asText());
                    }
                }
                List<String> notAssessed = new ArrayList<>();
                ex.path("not_assessed_contains").forEach(x -> notAssessed.add(x.asText()));
                List<Mechanism> raised = new ArrayList<>();
                ex.path("raised")
                        .forEach(x -> raised.add(Mechanism.fromId(x.asText())
                                .orElseThrow(() -> new IllegalArgumentException(
                                        p + ": expected.raised has an unknown mechanism " + x))));
                out.add(new Vignette(
                        p.getFileName().toString(),
                        n.path("id").asText(),
                        n.path("description").asText(),
                        new AnswersReader(kb).read(n.get("answers")),
                        TriageLevel.fromId(ex.path("triage").asText())
                                .orElseThrow(
                                        () -> new IllegalArgumentException(p + ": expected.triage is not a level")),
                        mechanisms(ex.path("top_mechanism"), p),
                        rules,
                        notAssessed,
                        raised,
                        n.path("known_over_triage").asText(null)));
            }
        }
        return out;
    }

    /** One mechanism id, or a list of ids any of which is an acceptable top (where clinicians would accept either). */
    static List<Mechanism> mechanisms(JsonNode n, Path p) {
        List<Mechanism> out = new ArrayList<>();
        if (n.isMissingNode()) {
            return out;
        }
        (n.isArray() ? n : JSON.createArrayNode().add(n))
                .forEach(x -> out.add(Mechanism.fromId(x.asText())
                        .orElseThrow(() -> new IllegalArgumentException(
                                p + ": expected.top_mechanism has an unknown mechanism " + x))));
        if (out.stream().map(Mechanism::explainsSound).distinct().count() > 1) {
            throw new IllegalArgumentException(p + ": expected.top_mechanism mixes sound mechanisms and conditions");
        }
        return out;
    }

    /** The most probable mechanism of the same kind (sound or condition) as {@code like}. */
    static Mechanism topOfKind(Assessment a, Mechanism like) {
        return a.mechanisms().stream()
                .filter(m -> m.mechanism().explainsSound() == like.explainsSound())
                .findFirst()
                .orElseThrow()
                .mechanism();
    }

    @TestFactory
    Stream<DynamicTest> eachVignette_getsItsExpectedTriageAndTopMechanism() throws IOException {
        return vignettes(kb).stream()
                .map(v -> DynamicTest.dynamicTest(v.file() + ": " + v.description(), () -> {
                    Assessment a = assessor.assess(v.answers());
                    var fired = a.triage().reasons().stream()
                            .map(TriageReason::rule)
                            .toList();
                    if (v.knownOverTriage() == null) {
                        assertThat(a.triage().level())
                                .as("triage of %s (fired: %s)", v.id(), fired)
                                .isEqualTo(v.triage());
                    } else {
                        // A known over-triage, kept in the suite with its reason: it must still never be under-triaged.
                        assertThat(a.triage().level())
                                .as("triage of %s (fired: %s; %s)", v.id(), fired, v.knownOverTriage())
                                .isLessThan(v.triage());
                    }
                    if (!v.topMechanism().isEmpty()) {
                        assertThat(topOfKind(a, v.topMechanism().get(0)))
                                .as(
                                        "top %s of %s (%s)",
                                        v.topMechanism().get(0).explainsSound() ? "sound mechanism" : "condition",
                                        v.id(),
                                        a.mechanisms().stream()
                                                .map(m -> m.mechanism().id() + "="
                                                        + String.format("%.3f", m.probability()))
                                                .toList())
                                .isIn(v.topMechanism());
                    }
                    if (v.rules() != null) {
                        assertThat(a.triage().reasons().stream()
                                        .map(TriageReason::rule)
                                        .collect(Collectors.toSet()))
                                .as("rules fired for %s", v.id())
                                .isEqualTo(v.rules());
                    }
                    assertThat(a.triage().notAssessed())
                            .as("not assessed in %s", v.id())
                            .containsAll(v.notAssessedContains());
                    for (Mechanism m : v.raised()) {
                        MechanismResult r = a.mechanisms().stream()
                                .filter(x -> x.mechanism() == m)
                                .findFirst()
                                .orElseThrow();
                        double ratio = odds(r.probability()) / odds(r.prior());
                        assertThat(ratio)
                                .as("%s: odds of %s raised only x%.2f", v.id(), m.id(), ratio)
                                .isGreaterThanOrEqualTo(3.0);
                    }
                }));
    }

    private static double odds(double p) {
        return p / (1 - p);
    }

    private static final Path HELD_OUT = Path.of("src", "test", "resources", "vignettes-heldout");

    /** Every vignette of both sets in the audit's form: the development set and the held-out set. */
    static List<TriageAudit.Vignette> auditSet(KnowledgeBase kb) throws IOException {
        VignetteJson reader = new VignetteJson(kb);
        List<TriageAudit.Vignette> out = new ArrayList<>();
        for (Path dir : List.of(DIR, HELD_OUT)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    out.add(reader.read(
                            JSON.readTree(p.toFile()), dir.getFileName().toString(), p.toString()));
                }
            }
        }
        return out;
    }

    /**
     * A hard unanswered case: a warning sign of some rule is answered yes while a question that rule reads is
     * left unanswered (the class of case where an unanswered qualifier used to switch the warning sign off).
     */
    private boolean warningYesWithItsRuleUnanswered(Answers a) {
        return kb.rules().stream()
                .anyMatch(r ->
                        r.signAnsweredYes(a) && r.when().findings().stream().anyMatch(f -> !a.isAnswered(f)));
    }

    @Test
    void suite_hasAtLeast200Vignettes_coveringEveryRuleMechanismAndLevel_andTheHardCases() throws IOException {
        List<Vignette> dev = vignettes(kb);
        List<TriageAudit.Vignette> all = auditSet(kb);
        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().map(TriageAudit.Vignette::id).distinct().count())
                .as("unique ids")
                .isEqualTo(all.size());
        Set<String> fired = new HashSet<>();
        Set<Mechanism> tops = new HashSet<>();
        Set<TriageLevel> levels = new HashSet<>();
        for (Vignette v : dev) {
            Assessment a = assessor.assess(v.answers());
            a.triage().reasons().forEach(r -> fired.add(r.rule()));
            if (v.topMechanism().size() == 1) {
                tops.add(topOfKind(a, v.topMechanism().get(0)));
            }
            levels.add(a.triage().level());
        }
        assertThat(fired)
                .as("rules fired by some development vignette")
                .containsAll(kb.rules().stream().map(RedFlagRule::id).toList());
        assertThat(tops)
                .as("mechanisms that are the single expected top of some vignette")
                .containsExactlyInAnyOrder(Mechanism.values());
        assertThat(levels).containsExactlyInAnyOrder(TriageLevel.values());
        assertThat(all.stream()
                        .filter(v -> warningYesWithItsRuleUnanswered(v.answers()))
                        .count())
                .as("vignettes with a warning sign answered yes and a question of its rule unanswered")
                .isGreaterThanOrEqualTo(40);
        assertThat(all.stream()
                        .filter(v -> v.expected() == TriageLevel.SELF_CARE)
                        .count())
                .as("over-triage traps: benign vignettes that must stay self-care")
                .isGreaterThanOrEqualTo(40);
    }

    /**
     * The issue's targets on the whole suite (development and held-out): emergency sensitivity 100%, no urgent or
     * emergency case under-triaged, over-triage at most 10%. The table is {@code backcrack triage-audit}'s.
     */
    @Test
    void suite_meetsTheTriageTargets() throws IOException {
        TriageAudit.Report r = TriageAudit.run(assessor, auditSet(kb));
        assertThat(r.emergencySensitivity()).as(r.markdown()).isEqualTo(1.0);
        assertThat(r.underTriagedUrgentOrEmergency()).as(r.markdown()).isZero();
        assertThat(r.overTriageRate()).as(r.markdown()).isLessThanOrEqualTo(0.10);
    }
}
