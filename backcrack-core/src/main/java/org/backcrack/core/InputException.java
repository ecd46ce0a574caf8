package org.backcrack.core;

import java.util.Objects;

/**
 * Bad input from a person or a file: it says what was wrong and what is accepted, and carries a stable
 * key (e.g. {@code answers.unknown_key}, {@code wav.truncated}) that tests and API clients can rely on.
 *
 * <p>The command line turns it into exit code 2 with the message and no stack trace; the REST API into a
 * 4xx response with a JSON error.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;

    /**
     * @param key     the kind of error, from the module's {@link ErrorKey} enum
     * @param field   the offending field or path (JSON path, answer key, file name), or null
     * @param message what was wrong and what is accepted, in plain words
     */
    public InputException(ErrorKey key, String field, String message) {
        this(key.key(), field, message);
    }

    public InputException(ErrorKey key, String field, String message, Throwable cause) {
        this(key.key(), field, message, cause);
    }

    /**
     * @param key     stable machine-readable key, dotted lower case
     * @param field   the offending field or path (JSON path, answer key, file name), or null
     * @param message what was wrong and what is accepted, in plain words
     */
    public InputException(String key, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.key = Objects.requireNonNull(key, "key");
        this.field = field;
    }

    public InputException(String key, String field, String message, Throwable cause) {
        this(key, field, message);
        initCause(cause);
    }

    /** Stable key of this kind of error. */
    public String key() {
        return key;
    }

    /** The offending field or path, or null when the error is about the input as a whole. */
    public String field() {
        return field;
    }
}
