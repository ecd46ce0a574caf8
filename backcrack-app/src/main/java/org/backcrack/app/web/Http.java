package org.backcrack.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.backcrack.app.AppError;
import org.backcrack.core.InputException;
import org.backcrack.core.Printable;

/**
 * What every route needs from HTTP: the JSON mapper, reading a JSON request body within its limits, writing a
 * JSON response, and writing the JSON error body {@code {"error": key, "field": field, "message": ...}}.
 *
 * <p>Routes and {@link WebServer} both use it; no route refers to the server (the server wires the routes).
 */
final class Http {
    /** Content-Security-Policy: only this origin's scripts and styles, no framing, no plugins. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Largest JSON request body: an answers object is about 1.5 KiB, a journal entry with its report 10 KiB. */
    static final int MAX_JSON_BYTES = 64 * 1024;

    /** Request attribute set once an error body is written, so the 404 page handler does not write another. */
    private static final String ERROR_WRITTEN = "backcrack.error";

    private Http() {}

    /** Writes the JSON error body with this status and key (field may be null). */
    static void error(Context ctx, int status, String key, String field, String message) {
        ObjectNode o = JSON.createObjectNode();
        ctx.attribute(ERROR_WRITTEN, true);
        o.put("error", key);
        if (field == null) {
            o.putNull("field");
        } else {
            o.put("field", field);
        }
        o.put("message", message);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    /** The same, with the key's own HTTP status ({@link AppError#httpStatus()}). */
    static void error(Context ctx, AppError key, String field, String message) {
        error(ctx, key.httpStatus(), key.key(), field, message);
    }

    /** Whether an error body has already been written for this request. */
    static boolean errorWritten(Context ctx) {
        return ctx.attribute(ERROR_WRITTEN) != null;
    }

    /**
     * Writes a JSON response. Measured hot path (POST /api/v1/assess under wrk): serialising straight to
     * UTF-8 bytes and writing them with a Content-Length, instead of a String that the framework copies
     * through a stream, cuts the cost of an 8 KiB report by about a third.
     */
    static void json(Context ctx, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.status(status).contentType("application/json");
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request body as JSON: {@code Content-Type: application/json} required (415 otherwise, so a page on
     * another origin cannot send it as a "simple" text/plain request without a preflight), at most
     * {@value #MAX_JSON_BYTES} bytes read whatever Content-Length says (413), one JSON value and nothing after
     * it, with a 400 naming the position when it is not JSON.
     */
    static JsonNode body(Context ctx, String what) {
        String type = mediaType(ctx);
        if (!type.equals("application/json")) {
            throw new HttpProblem(
                    AppError.REQUEST_NOT_JSON,
                    "Content-Type",
                    "send " + what + " as JSON with "
                            + "Content-Type: application/json (got '"
                            + (type.isEmpty() ? "none" : Printable.of(type, 60))
                            + "').");
        }
        if (ctx.contentLength() > MAX_JSON_BYTES) {
            throw tooLargeJson();
        }
        byte[] bytes;
        try {
            bytes = ctx.req().getInputStream().readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw tooLargeJson();
        }
        if (bytes.length == 0) {
            throw new InputException(
                    AppError.REQUEST_EMPTY,
                    null,
                    "the request body is empty; send " + what + " as JSON with Content-Type: application/json.");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String why = e.getOriginalMessage();
            throw new InputException(
                    AppError.REQUEST_BAD_JSON,
                    null,
                    "the request body is not valid JSON"
                            + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                            + ": " + Printable.of(why == null ? "" : why, 200) + ". Send " + what + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request's media type without parameters, lower case ("" when there is none). */
    static String mediaType(Context ctx) {
        String t = ctx.contentType();
        return t == null ? "" : t.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static HttpProblem tooLargeJson() {
        return new HttpProblem(
                AppError.REQUEST_TOO_LARGE,
                null,
                "the request body is larger than " + MAX_JSON_BYTES
                        + " bytes; a JSON request to this API is a few kilobytes.");
    }
}
