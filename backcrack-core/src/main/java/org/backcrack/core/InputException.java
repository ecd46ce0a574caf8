package org.backcrack.core;

import java.util.Objects;

/**
 * Bad input from a person or a file: it says what was wrong and what is accepted, and carries a stable
 * key (e.g. {@code answers.unknown_key}, {@code wav.truncated}) that tests and API clients can rely on.
 *
 * <p>Keys come only from a module's {@link ErrorKey} enum ({@link CoreError}, {@code PhysicsError},
 * {@code AssessError}, {@code AppError}, {@code SparkError}), so every key is listed with its meaning in one
 * place per module. The command line turns this into exit code 2 with the message and no stack trace; the
 * REST API into a 4xx response with a JSON error.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorKey kind;
    private final String key;
    private final String field;

    /**
     * @param key     the kind of error, from the module's {@link ErrorKey} enum
     * @param field   the offending field or path (JSON path, answer key, file name), or null
     * @param message what was wrong and what is accepted, in plain words
     */
    public InputException(ErrorKey key, String field, String message) {
        this(key, field, message, null);
    }

    public InputException(ErrorKey key, String field, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(key, "key");
        this.key = key.key();
        this.field = field;
    }

    /** The kind of error, as its module's enum constant (for rethrowing with more context). */
    public ErrorKey kind() {
        return kind;
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
