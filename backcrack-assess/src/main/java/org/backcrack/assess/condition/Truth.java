package org.backcrack.assess.condition;

/**
 * Kleene's three-valued logic. A question that was not answered makes a condition {@link #UNKNOWN},
 * never false: this is how an unanswered red-flag question is kept apart from a "no".
 *
 * <p>Refining an answer (unknown to known) never turns TRUE into FALSE or back, which is what makes the
 * triage monotone: answering more questions can only raise it or leave it.
 */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }
}
