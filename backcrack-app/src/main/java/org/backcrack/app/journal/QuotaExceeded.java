package org.backcrack.app.journal;

/** A write that would take a user's journal past its quota (entries or bytes); the web layer answers 413. */
public final class QuotaExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    QuotaExceeded(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
