package org.backcrack.assess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.backcrack.assess.TriageLevel;
import org.backcrack.core.Mechanism;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {

    static String builtInText() throws IOException {
        try (InputStream in = KnowledgeLoader.class.getResourceAsStream(KnowledgeLoader.BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static KnowledgeBase load(String yaml) throws IOException {
        return KnowledgeLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void builtIn_loads_andDescribesEveryMechanismAndLevel() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.mechanisms().keySet()).containsExactlyInAnyOrder(Mechanism.values());
        for (TriageLevel l : TriageLevel.values()) {
            assertThat(kb.triageLevel(l).action()).isNotBlank();
        }
        assertThat(kb.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    }

    @Test
    void builtIn_everyRuleCitesAGuidelineOrTheArticle() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        for (RedFlagRule r : kb.rules()) {
            assertThat(r.sources()).as(r.id()).isNotEmpty();
            assertThat(r.sources().stream().map(s -> kb.source(s).orElseThrow().kind()))
                    .as("rule %s needs at least one guideline or the source article (kind seed)", r.id())
                    .containsAnyOf("guideline", "seed");
        }
    }

    @Test
    void builtIn_everyMechanismAndAdviceTracesToTheArticleOrASource() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        kb.mechanisms()
                .values()
                .forEach(m -> assertThat(
                                m.articleParagraphs().size() + m.references().size())
                        .as(m.mechanism().id())
                        .isPositive());
        kb.advice()
                .forEach(a -> assertThat(
                                a.articleParagraphs().size() + a.sources().size())
                        .as(a.id())
                        .isPositive());
        kb.evidence().forEach(e -> assertThat(e.rationale()).as(e.id()).isNotBlank());
    }

    @Test
    void builtIn_everyLevelHasActNowAdvice_andSelfCareHasASafetyNet() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        for (TriageLevel l : new TriageLevel[] {TriageLevel.EMERGENCY, TriageLevel.URGENT, TriageLevel.SOON}) {
            assertThat(kb.advice())
                    .as(l.id())
                    .anyMatch(a ->
                            a.category() == AdviceCategory.ACT_NOW && a.levels().contains(l));
        }
        assertThat(kb.advice())
                .anyMatch(a -> a.category() == AdviceCategory.WHEN_TO_SEEK_CARE
                        && a.levels().contains(TriageLevel.SELF_CARE));
    }

    @Test
    void builtIn_evidenceForOneFindingNeverDoubleCountsAMechanism() {
        // Two evidence entries on the same finding must not both fire for one mechanism: check every value
        // of every choice and boolean, and a fine grid over every numeric range.
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        for (Finding f : kb.findings().values()) {
            java.util.List<Object> values = new java.util.ArrayList<>();
            switch (f.type()) {
                case BOOLEAN -> values.addAll(java.util.List.of(true, false));
                case CHOICE -> values.addAll(f.choiceValues());
                default -> {
                    for (double v = f.min(); v <= f.max(); v += Math.max(0.25, (f.max() - f.min()) / 4000)) {
                        values.add(v);
                    }
                }
            }
            for (Object v : values) {
                var answers = org.backcrack.assess.Answers.of(java.util.Map.of(f.id(), v));
                for (Mechanism m : Mechanism.values()) {
                    long n = kb.evidence().stream()
                            .filter(e ->
                                    e.finding().equals(f.id()) && e.ratios().containsKey(m))
                            .filter(e -> e.when().evaluate(answers) == org.backcrack.assess.condition.Truth.TRUE)
                            .count();
                    assertThat(n)
                            .as("%s = %s counts twice for %s", f.id(), v, m.id())
                            .isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void invalidFile_reportsEveryProblemWithEntryAndField() throws IOException {
        String yaml = builtInText()
                .replace(
                        "level: soon\n    when:\n      pain: with_crack",
                        "level: soonish\n    when:\n      pain: with_crack")
                .replace("{id: sound_click, when: {sound: click}", "{id: sound_click, when: {sound: clik}")
                .replace("sources: [girft_ces2023]\n  - id: progressive", "sources: [girft_2099]\n  - id: progressive")
                .replace("    signs: [speech_or_swallowing_difficulty]\n", "    signs: [fever_or_unwell]\n");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(
                        KnowledgeException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        "rules[painful_cracking].level: 'soonish' is not a triage level; accepted: "
                                                + "[emergency, urgent, soon, self_care]",
                                        "evidence[sound_click].when.sound: 'clik' is not a value of sound; accepted: "
                                                + "[single_pop, several_pops, click, snap, grinding, clunk]",
                                        "rules[ces_bilateral_sciatica].sources: 'girft_2099' is not a source id (see the sources section)",
                                        "rules[stroke_signs].signs: 'fever_or_unwell' is not a finding of this rule's 'when'"));
    }

    @Test
    void ruleWithoutSigns_isRejected_becauseThePrecautionaryPrincipleNeedsThem() throws IOException {
        String yaml = builtInText().replace("    signs: [swelling_or_locking]\n", "");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("rules[swelling_or_locking].signs: a red-flag rule must list its warning signs");
    }

    @Test
    void ruleRequiringANo_isRejected_becauseSayingYesMustNeverLowerTriage() throws IOException {
        String yaml = builtInText()
                .replace(
                        "when: {swelling_or_locking: true}\n",
                        "when: {swelling_or_locking: true, fever_or_unwell: false}\n");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(
                        "rules[swelling_or_locking].when: a rule may not require 'fever_or_unwell: false'");
    }

    @Test
    void unknownField_andMissingMechanism_areReported() throws IOException {
        String yaml = builtInText()
                .replace(
                        "    usually_harmless: false\n    prior: 0.005",
                        "    usually_harmles: false\n    prior: 0.005");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("mechanisms[other_serious].usually_harmles: unknown field")
                .hasMessageContaining(
                        "mechanisms[other_serious].usually_harmless: is required and must be true or false");
    }

    @Test
    void unknownAdviceCategory_isRejected_namingTheAcceptedOnes() throws IOException {
        String yaml = builtInText()
                .replace(
                        "  - id: stretching_daily\n    category: stretching\n",
                        "  - id: stretching_daily\n    category: stretchin\n");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(
                        KnowledgeException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "advice[stretching_daily].category: 'stretchin' is not an advice category; accepted: "
                                                + "[act_now, ergonomics, exercise, movement_breaks, posture, reassurance, stretching, "
                                                + "tell_clinician, when_to_seek_care]"));
    }

    @Test
    void notYaml_isReportedPlainly() {
        assertThatThrownBy(() -> load("version: [unclosed"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> load("- a list"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("must be a YAML mapping");
    }

    @Test
    void claimNamingAMissingEntry_isRejected() throws IOException {
        String yaml = builtInText().replace("\"advice:posture_variety\"", "\"advice:posture_varity\"");
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(
                        "claims[mindful_movement].implemented_by: 'advice:posture_varity' names no entry");
    }

    @Test
    void everyArticleParagraphHasAClaim() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.claims().stream().map(ArticleClaim::paragraph).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        assertThat(Arrays.stream(Mechanism.values()).map(Mechanism::id))
                .allSatisfy(id -> assertThat(kb.claims())
                        .anyMatch(c -> c.implementedBy().contains("mechanism:" + id)
                                || kb.mechanism(Mechanism.fromId(id).orElseThrow())
                                                .articleParagraphs()
                                                .size()
                                        > 0));
    }
}
