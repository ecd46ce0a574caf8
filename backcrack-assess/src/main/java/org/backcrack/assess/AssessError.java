package org.backcrack.assess;

import org.backcrack.core.ErrorKey;

/**
 * The kinds of bad input the assess module reports: answers (a file, a request or what was typed at a question)
 * and the clinical vignettes of the triage audit.
 *
 * <p>An invalid knowledge file is not one of them: it is the program's own data, reported by
 * {@code knowledge.KnowledgeException} with every problem listed.
 */
public enum AssessError implements ErrorKey {
    ANSWERS_NOT_ALLOWED(
            "answers.not_allowed", "a choice question was answered with a value that is not one of its choices"),
    ANSWERS_NOT_AN_OBJECT("answers.not_an_object", "the answers are not a JSON object of question ids to answers"),
    ANSWERS_OUT_OF_RANGE(
            "answers.out_of_range",
            "a number is outside the question's range, or not whole where a whole number is asked"),
    ANSWERS_TOO_MANY_KEYS("answers.too_many_keys", "the answers object has far more keys than there are questions"),
    ANSWERS_UNKNOWN_KEY(
            "answers.unknown_key", "an answer key is not the id of any question (the message suggests the nearest)"),
    ANSWERS_WRONG_TYPE(
            "answers.wrong_type",
            "an answer has the wrong type for its question, e.g. text where yes/no or a number is asked"),
    VIGNETTE_BAD_TRIAGE("vignette.bad_triage", "a vignette's expected.triage is not a triage level"),
    VIGNETTE_MISSING_FIELD("vignette.missing_field", "a vignette lacks a required field (id or basis)"),
    VIGNETTE_NOT_AN_OBJECT("vignette.not_an_object", "a vignette file does not hold a JSON object");

    private final String key;
    private final String meaning;

    AssessError(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
