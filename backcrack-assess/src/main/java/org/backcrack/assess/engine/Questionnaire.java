package org.backcrack.assess.engine;

import java.util.Optional;
import java.util.Set;
import org.backcrack.assess.answers.Answers;
import org.backcrack.assess.condition.Truth;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;

/**
 * The order and skip logic of the questionnaire. Questions come in knowledge-base order (where a person's
 * region and age come first, then the red flags); a question is skipped only when its {@code ask_if}
 * condition is decidedly false, so an unanswered earlier question never hides a red flag. Findings that come
 * from a recording are never asked.
 */
public final class Questionnaire {
    private final KnowledgeBase kb;

    public Questionnaire(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The next question to ask, given the answers so far and the questions already asked. */
    public Optional<Finding> next(Answers answers, Set<String> asked) {
        for (Finding f : kb.findings().values()) {
            if (asked.contains(f.id()) || answers.isAnswered(f.id()) || f.fromRecording()) {
                continue;
            }
            if (f.askIf() == null || f.askIf().evaluate(answers) != Truth.FALSE) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
