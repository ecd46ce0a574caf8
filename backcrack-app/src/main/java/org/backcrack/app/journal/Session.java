package org.backcrack.app.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in browser: the hash of its cookie's token (the token itself is never stored), the user, the
 * CSRF token bound to it, and when it expires.
 */
public record Session(String tokenHash, String userId, String csrfToken, Instant expires) {
    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expires, "expires");
    }
}
