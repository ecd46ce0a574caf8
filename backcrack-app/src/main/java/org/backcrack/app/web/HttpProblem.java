package org.backcrack.app.web;

import org.backcrack.app.AppError;
import org.backcrack.core.ErrorKey;

/**
 * A request the server cannot serve, other than bad input (which is {@link org.backcrack.core.InputException},
 * a 400): it becomes the response status and the JSON body {@code {"error": key, "field": field, "message": ...}}.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final String field;
    private final transient java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    /** An app error with its own status ({@link AppError#httpStatus()}). */
    HttpProblem(AppError key, String field, String message) {
        this(key.httpStatus(), key, field, message);
    }

    /** An error of another module (such as core's {@code audio.unsupported_format}) answered with this status. */
    HttpProblem(int status, ErrorKey key, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.key = key.key();
        this.field = field;
    }

    /** A header to send with the error, such as {@code Retry-After}. */
    HttpProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    java.util.Map<String, String> headers() {
        return headers;
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    String field() {
        return field;
    }

    static HttpProblem notFound(String what, String id) {
        return new HttpProblem(
                AppError.NOT_FOUND,
                "id",
                "there is no " + what + " with id '" + id
                        + "' in your journal. List your entries with GET /api/v1/journal.");
    }
}
