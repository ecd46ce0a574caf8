package org.backcrack.app.web;

/**
 * A request the server cannot serve, other than bad input (which is {@link org.backcrack.core.InputException},
 * a 400): it becomes the response status and the JSON body {@code {"error": key, "field": field, "message": ...}}.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final String field;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    HttpProblem(int status, String key, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.key = key;
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
        return new HttpProblem(404, "not_found", "id", "there is no " + what + " with id '" + id
                + "' in your journal. List your entries with GET /api/v1/journal.");
    }
}
