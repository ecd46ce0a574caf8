package org.backcrack.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.backcrack.app.AppError;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before the app sees the request (a malformed request line or header, a URI
 * too long, a body over the limit): the same JSON body {@code {"error", "field", "message"}} and the same
 * security headers as every other response, instead of Jetty's HTML page without them.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable h = response.getHeaders();
        headers(h);
        h.put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    // Deprecated for removal in Jetty 12.1, yet Jetty still calls it for requests its HTTP parser rejects
    // (HostileRequestTest sends them); drop it when Jetty does.
    @SuppressWarnings("removal")
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    private static void headers(HttpFields.Mutable h) {
        h.put("Content-Security-Policy", Http.CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cache-Control", "no-store");
    }

    private static ByteBuffer body(int code, String message) {
        var o = Http.JSON.createObjectNode();
        o.put("error", AppError.httpStatusKey(code));
        o.putNull("field");
        o.put(
                "message",
                "the server could not read this request (" + code
                        + (message == null || message.isBlank()
                                ? ""
                                : ": " + org.backcrack.core.Printable.of(message, 120))
                        + ").");
        return ByteBuffer.wrap(o.toString().getBytes(StandardCharsets.UTF_8));
    }
}
