package org.backcrack.assess.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Condition;
import org.backcrack.assess.condition.Truth;
import org.backcrack.assess.knowledge.Advice;
import org.backcrack.assess.knowledge.AdviceCategory;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Evidence;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.MechanismEntry;
import org.backcrack.assess.knowledge.RedFlagRule;
import org.backcrack.assess.knowledge.Source;
import org.backcrack.core.Mechanism;

/**
 * The inference engine: pure, deterministic and generic; everything it knows is in the
 * {@link KnowledgeBase}.
 *
 * <ul>
 *   <li>Triage: every red-flag rule is evaluated in three-valued logic; the level is the most urgent rule
 *       that holds ({@code self_care} when none does). A rule left undecided by unanswered questions lists
 *       those questions as not assessed. A rule whose answered parts hold, with one of its warning signs
 *       answered yes and only qualifiers unanswered, holds on the precautionary principle: the reason says
 *       which answers were assumed and which answers would change the level.</li>
 *   <li>Mechanisms: each mechanism is its own hypothesis (a back can both pop and grate), so each gets
 *       posterior odds = prior odds &times; the likelihood ratios of the answers that bear on it, as in
 *       naive-Bayes diagnostic reasoning; probabilities do not sum to one.</li>
 *   <li>Advice: entries for the triage level and for the likely mechanisms.</li>
 * </ul>
 */
public final class Assessor {
    /** A mechanism this probable or more counts as likely when choosing advice. */
    static final double LIKELY = 0.5;

    private final KnowledgeBase kb;
    private final Map<Mechanism, List<Evidence>> evidenceByMechanism = new EnumMap<>(Mechanism.class);
    private final List<String> findingOrder;

    public Assessor(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
        for (Mechanism m : Mechanism.values()) {
            evidenceByMechanism.put(
                    m,
                    kb.evidence().stream()
                            .filter(e -> e.ratios().containsKey(m))
                            .toList());
        }
        this.findingOrder = List.copyOf(kb.findings().keySet());
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    public Assessment assess(Answers answers) {
        Triage triage = triage(answers);
        List<MechanismResult> mechanisms = mechanisms(answers);
        return new Assessment(
                kb.version(), answers, triage, mechanisms, advice(triage.level(), mechanisms), kb.disclaimer());
    }

    public Triage triage(Answers answers) {
        return triage(answers, true);
    }

    /**
     * Triage in three-valued logic with the precautionary principle: a rule fires when it holds on the
     * answers, or when every answered part holds, one of its warning signs is yes and only qualifiers are
     * unanswered (those are reported as assumed, with the answers that would change the level when
     * {@code explain} is set).
     */
    private Triage triage(Answers answers, boolean explain) {
        List<RedFlagRule> fired = new ArrayList<>();
        Map<String, List<String>> assumedBy = new HashMap<>();
        Set<String> unanswered = new LinkedHashSet<>();
        for (RedFlagRule rule : kb.rules()) {
            Truth t = rule.when().evaluate(answers);
            if (t == Truth.TRUE) {
                fired.add(rule);
            } else if (t == Truth.UNKNOWN) {
                for (String f : rule.when().findings()) {
                    if (!answers.isAnswered(f) && !notApplicable(f, answers)) {
                        unanswered.add(f);
                    }
                }
                if (rule.holdsPrecautionarily(answers)) {
                    fired.add(rule);
                    assumedBy.put(
                            rule.id(),
                            rule.when().findings().stream()
                                    .filter(f -> !answers.isAnswered(f))
                                    .toList());
                }
            }
        }
        TriageLevel level = fired.stream()
                .map(RedFlagRule::level)
                .min(Comparator.naturalOrder())
                .orElse(TriageLevel.SELF_CARE);
        // A precautionary rule below the level changes nothing, and its assumption can contradict the one that set
        // the level (bladder change with pain unanswered: 'with back pain' and 'without back pain' both hold on
        // the precautionary reading); only those at the level are reasons. Their questions stay not assessed.
        fired.removeIf(r -> assumedBy.containsKey(r.id()) && level.moreUrgentThan(r.level()));
        // The answers that would switch a precautionary rule off can change the level only when no rule that holds
        // on the answers alone already sets it; otherwise there is nothing to look for (and assess stays fast).
        boolean levelSetByAnswersAlone =
                fired.stream().anyMatch(r -> !assumedBy.containsKey(r.id()) && r.level() == level);
        List<TriageReason> reasons = fired.stream()
                .sorted(Comparator.comparing(RedFlagRule::level))
                .map(r -> {
                    List<String> assumed = assumedBy.getOrDefault(r.id(), List.of());
                    return new TriageReason(
                            r.id(),
                            r.title(),
                            r.level(),
                            r.message(),
                            r.when().describe(),
                            r.sources().stream().map(this::citation).toList(),
                            assumed,
                            explain && !assumed.isEmpty() && !levelSetByAnswersAlone
                                    ? alternatives(r, answers, assumed, level)
                                    : List.of());
                })
                .toList();
        List<String> notAssessed =
                findingOrder.stream().filter(unanswered::contains).toList();
        var entry = kb.triageLevel(level);
        return new Triage(level, entry.title(), entry.action(), reasons, notAssessed);
    }

    private static boolean holds(RedFlagRule rule, Answers answers) {
        return rule.when().evaluate(answers) == Truth.TRUE || rule.holdsPrecautionarily(answers);
    }

    /**
     * Answers to a precautionary rule's assumed questions that switch it off and change the level: each
     * question alone where one answer is enough, else all of them together.
     */
    private List<Alternative> alternatives(RedFlagRule rule, Answers answers, List<String> assumed, TriageLevel now) {
        Map<String, Object> negatives = new LinkedHashMap<>();
        for (String f : assumed) {
            Object v = negative(rule, f, answers);
            if (v != null) {
                negatives.put(f, v);
            }
        }
        List<Map<String, Object>> candidates = new ArrayList<>();
        negatives.forEach((f, v) -> candidates.add(Map.of(f, v)));
        List<Alternative> out = new ArrayList<>();
        for (Map<String, Object> c : candidates) {
            alternative(rule, answers, c, now).ifPresent(out::add);
        }
        if (out.isEmpty() && negatives.size() > 1) {
            alternative(rule, answers, negatives, now).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Alternative> alternative(
            RedFlagRule rule, Answers answers, Map<String, Object> change, TriageLevel now) {
        Answers changed = answers;
        for (var e : change.entrySet()) {
            changed = changed.with(e.getKey(), e.getValue());
        }
        if (holds(rule, changed)) {
            return Optional.empty();
        }
        TriageLevel level = triage(changed, false).level();
        if (level == now) {
            return Optional.empty();
        }
        String text = String.join(
                " and ",
                change.entrySet().stream()
                        .map(e -> describeAnswer(rule, e.getKey(), e.getValue()))
                        .toList());
        return Optional.of(
                new Alternative(change, text, level, kb.triageLevel(level).title()));
    }

    /** The first answer to {@code finding} (in the question's own order) that makes each of its parts of the rule false. */
    private Object negative(RedFlagRule rule, String finding, Answers answers) {
        List<Condition> leaves = rule.when().leaves().stream()
                .filter(l -> l.findings().contains(finding))
                .toList();
        List<Object> candidates = Candidates.of(kb.findings().get(finding), rule.when());
        for (Object v : candidates) {
            Answers a = answers.with(finding, v);
            if (leaves.stream().allMatch(l -> l.evaluate(a) == Truth.FALSE)) {
                return v;
            }
        }
        return null;
    }

    /** An answer in words: the question and the chosen label, or for numbers the range the answer falls in. */
    private String describeAnswer(RedFlagRule rule, String finding, Object value) {
        Finding f = kb.findings().get(finding);
        String answer;
        if (value instanceof Boolean b) {
            answer = b ? "Yes" : "No";
        } else if (value instanceof String v) {
            answer = f.choice(v).map(Choice::label).orElse(v);
        } else {
            answer = rule.when().leaves().stream()
                    .filter(l -> l instanceof Condition.Compare c && c.finding().equals(finding))
                    .map(l -> negation((Condition.Compare) l))
                    .findFirst()
                    .orElse(String.valueOf(value));
        }
        return "\"" + f.question() + "\" answered \"" + answer + "\"";
    }

    private static String negation(Condition.Compare c) {
        String t = Condition.formatNumber(c.threshold());
        return switch (c.op()) {
            case GE -> "under " + t;
            case GT -> t + " or less";
            case LT -> t + " or more";
            case LE -> "over " + t;
        };
    }

    /**
     * A question the questionnaire skips because of an earlier answer (e.g. "is the weakness getting worse?"
     * after "no weakness") does not apply, so it is not reported as not assessed.
     */
    private boolean notApplicable(String finding, Answers answers) {
        var f = kb.findings().get(finding);
        return f.askIf() != null && f.askIf().evaluate(answers) == Truth.FALSE;
    }

    public List<MechanismResult> mechanisms(Answers answers) {
        List<MechanismResult> out = new ArrayList<>(Mechanism.values().length);
        for (MechanismEntry m : kb.mechanisms().values()) {
            double odds = m.prior() / (1 - m.prior());
            List<Contribution> contributions = new ArrayList<>();
            for (Evidence e : evidenceByMechanism.get(m.mechanism())) {
                if (e.when().evaluate(answers) == Truth.TRUE
                        && (e.given() == null || e.given().evaluate(answers) == Truth.TRUE)) {
                    double lr = e.ratios().get(m.mechanism());
                    odds *= lr;
                    contributions.add(new Contribution(
                            e.finding(),
                            answers.get(e.finding()),
                            lr,
                            e.id(),
                            e.source() == null ? "expert estimate: " + e.rationale() : citation(e.source())));
                }
            }
            contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(Math.log(c.weight()))));
            out.add(new MechanismResult(m.mechanism(), m.name(), m.prior(), odds / (1 + odds), contributions));
        }
        out.sort(Comparator.comparingDouble(MechanismResult::probability)
                .reversed()
                .thenComparing(MechanismResult::mechanism));
        return out;
    }

    List<AdviceItem> advice(TriageLevel level, List<MechanismResult> mechanisms) {
        Set<Mechanism> likely = likely(mechanisms);
        List<AdviceItem> out = new ArrayList<>();
        for (Advice a : kb.advice()) {
            boolean levelOk = a.levels().isEmpty() || a.levels().contains(level);
            boolean mechanismOk =
                    a.mechanisms().isEmpty() || a.mechanisms().stream().anyMatch(likely::contains);
            if (levelOk && mechanismOk) {
                out.add(new AdviceItem(a.id(), a.category(), a.text()));
            }
        }
        out.sort(Comparator.comparingInt(a -> categoryRank(a.category())));
        return out;
    }

    private static int categoryRank(AdviceCategory category) {
        return switch (category) {
            case ACT_NOW -> 0;
            case WHEN_TO_SEEK_CARE -> 1;
            case TELL_CLINICIAN -> 2;
            case REASSURANCE -> 3;
            default -> 4;
        };
    }

    private String citation(String sourceId) {
        return kb.source(sourceId).map(Source::citation).orElse(sourceId);
    }

    /** The mechanisms that count as likely: those at or above {@link #LIKELY}, or else the single top one. */
    private static Set<Mechanism> likely(List<MechanismResult> sorted) {
        Set<Mechanism> s = EnumSet.noneOf(Mechanism.class);
        sorted.stream().filter(r -> r.probability() >= LIKELY).forEach(r -> s.add(r.mechanism()));
        if (s.isEmpty() && !sorted.isEmpty()) {
            s.add(sorted.get(0).mechanism());
        }
        return s;
    }
}
