package org.backcrack.assess.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcrack.assess.Answers;
import org.backcrack.assess.TriageLevel;
import org.backcrack.assess.condition.Truth;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.RedFlagRule;

/**
 * The order and skip logic of the questionnaire. Questions come in knowledge-base order (where a person's
 * region and age come first, then the red flags); a question is skipped only when its {@code ask_if}
 * condition is decidedly false, so an unanswered earlier question never hides a red flag. Findings that come
 * from a recording are never asked.
 *
 * <p>Adaptive follow-up: once a warning sign is answered yes, the questions that decide its rules come next
 * (most urgent rule first), so the person is asked, not guessed about, before the rest of the questionnaire.
 */
public final class Questionnaire {
    private final KnowledgeBase kb;

    public Questionnaire(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The next question to ask, given the answers so far and the questions already asked. */
    public Optional<Finding> next(Answers answers, Set<String> asked) {
        Optional<Finding> followUp = followUp(answers, asked);
        if (followUp.isPresent()) {
            return followUp;
        }
        for (Finding f : kb.findings().values()) {
            if (askable(f, answers, asked)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * A question that decides the most urgent rule a yes to one of its warning signs has left undecided: first
     * one whose answer alone can decide the rule, else the rule's first unasked question. Only same-day and
     * emergency rules jump the queue; the questions of a rule for a check-up come in their usual place, after
     * every warning sign.
     */
    public Optional<Finding> followUp(Answers answers, Set<String> asked) {
        List<RedFlagRule> open = kb.rules().stream()
                .sorted(Comparator.comparing(RedFlagRule::level))
                .filter(r -> r.level().moreUrgentThan(TriageLevel.SOON))
                .filter(r -> r.signAnsweredYes(answers) && r.when().evaluate(answers) == Truth.UNKNOWN)
                .toList();
        for (RedFlagRule r : open) {
            List<Finding> unasked = r.when().findings().stream()
                    .map(id -> kb.findings().get(id))
                    .filter(f -> askable(f, answers, asked))
                    .toList();
            for (Finding f : unasked) {
                if (Candidates.of(f, r.when()).stream()
                        .anyMatch(v -> r.when().evaluate(answers.with(f.id(), v)) != Truth.UNKNOWN)) {
                    return Optional.of(f);
                }
            }
            if (!unasked.isEmpty()) {
                return Optional.of(unasked.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Every follow-up question the answers so far call for, in the order they would be asked: the questions
     * that decide rules left undecided after a yes to one of their warning signs. The web questionnaire shows
     * them right after the warning sign.
     */
    public List<Finding> followUps(Answers answers) {
        List<Finding> out = new java.util.ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Optional<Finding> f = followUp(answers, seen); f.isPresent(); f = followUp(answers, seen)) {
            out.add(f.get());
            seen.add(f.get().id());
        }
        return out;
    }

    private static boolean askable(Finding f, Answers answers, Set<String> asked) {
        return !asked.contains(f.id())
                && !answers.isAnswered(f.id())
                && !f.fromRecording()
                && (f.askIf() == null || f.askIf().evaluate(answers) != Truth.FALSE);
    }
}
