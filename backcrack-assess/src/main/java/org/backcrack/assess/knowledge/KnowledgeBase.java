package org.backcrack.assess.knowledge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcrack.assess.TriageLevel;
import org.backcrack.core.Mechanism;

/**
 * The whole knowledge base, as loaded and validated by {@link KnowledgeLoader}: mechanisms, the
 * questionnaire's findings, evidence, red-flag rules, advice, and the sources and passages of the source
 * article they trace to. Immutable.
 */
public final class KnowledgeBase {
    private final String version;
    private final String disclaimer;
    private final List<ArticlePassage> articlePassages;
    private final List<ArticleClaim> claims;
    private final Map<String, Source> sources;
    private final Map<TriageLevel, TriageLevelEntry> triageLevels;
    private final Map<Mechanism, MechanismEntry> mechanisms;
    private final Map<String, Finding> findings;
    private final List<Evidence> evidence;
    private final List<RedFlagRule> rules;
    private final List<Advice> advice;

    KnowledgeBase(
            String version,
            String disclaimer,
            List<ArticlePassage> articlePassages,
            List<ArticleClaim> claims,
            List<Source> sources,
            List<TriageLevelEntry> triageLevels,
            List<MechanismEntry> mechanisms,
            List<Finding> findings,
            List<Evidence> evidence,
            List<RedFlagRule> rules,
            List<Advice> advice) {
        this.version = version;
        this.disclaimer = disclaimer;
        this.articlePassages = List.copyOf(articlePassages);
        this.claims = List.copyOf(claims);
        this.sources = ordered(sources, Source::id);
        Map<TriageLevel, TriageLevelEntry> levels = new EnumMap<>(TriageLevel.class);
        triageLevels.forEach(t -> levels.put(t.level(), t));
        this.triageLevels = Collections.unmodifiableMap(levels);
        Map<Mechanism, MechanismEntry> mech = new EnumMap<>(Mechanism.class);
        mechanisms.forEach(m -> mech.put(m.mechanism(), m));
        this.mechanisms = Collections.unmodifiableMap(mech);
        this.findings = ordered(findings, Finding::id);
        this.evidence = List.copyOf(evidence);
        this.rules = List.copyOf(rules);
        this.advice = List.copyOf(advice);
    }

    private static <T> Map<String, T> ordered(List<T> items, Function<T, String> id) {
        return Collections.unmodifiableMap(
                items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    /** Version of the knowledge, reported with every assessment. */
    public String version() {
        return version;
    }

    /** The one-line note that this is information, not a diagnosis. */
    public String disclaimer() {
        return disclaimer;
    }

    /** The source article's paragraphs, each with a verbatim excerpt ({@code seed} in the knowledge file). */
    public List<ArticlePassage> articlePassages() {
        return articlePassages;
    }

    /** The source article's claims and what implements each. */
    public List<ArticleClaim> claims() {
        return claims;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public TriageLevelEntry triageLevel(TriageLevel level) {
        return triageLevels.get(level);
    }

    public Map<Mechanism, MechanismEntry> mechanisms() {
        return mechanisms;
    }

    public MechanismEntry mechanism(Mechanism m) {
        return mechanisms.get(m);
    }

    /** Findings in questionnaire order. */
    public Map<String, Finding> findings() {
        return findings;
    }

    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public List<RedFlagRule> rules() {
        return rules;
    }

    public List<Advice> advice() {
        return advice;
    }
}
