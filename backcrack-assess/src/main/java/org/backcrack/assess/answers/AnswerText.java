package org.backcrack.assess.answers;

import java.util.List;
import java.util.Locale;
import org.backcrack.assess.AssessError;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.FindingType;
import org.backcrack.core.InputException;

/**
 * Reads what a person typed at a question: yes/no, a choice by number, value or label, or a number.
 * Throws {@link InputException} with a message that says what is accepted, so the question can be asked
 * again.
 */
public final class AnswerText {
    private AnswerText() {}

    /** The typed text as an answer value (Boolean, Double or String). */
    public static Object parse(Finding f, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return switch (f.type()) {
            case BOOLEAN ->
                switch (t) {
                    case "y", "yes", "true" -> true;
                    case "n", "no", "false" -> false;
                    default ->
                        throw new InputException(
                                AssessError.ANSWERS_WRONG_TYPE,
                                f.id(),
                                "please answer y (yes) or n (no), " + "or press Enter to leave it unanswered");
                };
            case CHOICE -> choice(f, t);
            case INTEGER, NUMBER -> number(f, t);
        };
    }

    private static Object choice(Finding f, String t) {
        List<Choice> choices = f.choices();
        try {
            int i = Integer.parseInt(t);
            if (i >= 1 && i <= choices.size()) {
                return choices.get(i - 1).value();
            }
        } catch (NumberFormatException ignored) {
            // not a number: try the value and the label
        }
        for (Choice c : choices) {
            if (c.value().equals(t) || c.label().toLowerCase(Locale.ROOT).equals(t)) {
                return c.value();
            }
        }
        throw new InputException(
                AssessError.ANSWERS_NOT_ALLOWED,
                f.id(),
                "please type a number from 1 to " + choices.size() + " or one of " + f.choiceValues()
                        + AnswersReader.suggest(t, f.choiceValues()));
    }

    private static Object number(Finding f, String t) {
        double d;
        try {
            d = Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InputException(AssessError.ANSWERS_WRONG_TYPE, f.id(), "please type " + AnswersReader.range(f));
        }
        if (!Double.isFinite(d)
                || d < f.min()
                || d > f.max()
                || (f.type() == FindingType.INTEGER && d != Math.rint(d))) {
            throw new InputException(AssessError.ANSWERS_OUT_OF_RANGE, f.id(), "please type " + AnswersReader.range(f));
        }
        return d;
    }
}
