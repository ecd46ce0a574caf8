package org.backcrack.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.journal.Session;
import org.backcrack.app.journal.User;
import org.backcrack.core.InputException;

/**
 * Who is asking, and whether they may.
 *
 * <ul>
 *   <li>Local mode: one user ({@link User#LOCAL_ID}), no login; requests must name a loopback host (this stops
 *       DNS-rebinding pages from reaching the server through a name of their own).</li>
 *   <li>Public mode: accounts with Argon2id password hashes; the session cookie {@value #SESSION_COOKIE} is
 *       HttpOnly, SameSite=Lax and Secure when the request came over TLS (directly or through a proxy that
 *       says {@code X-Forwarded-Proto: https}); only a SHA-256 of its token is stored.</li>
 *   <li>CSRF: every state-changing request ({@code POST/PUT/DELETE} on the journal and the account) must carry
 *       {@value #CSRF_HEADER} equal to the token {@code GET /api/v1/account} returns: the session's token, the
 *       server's token in local mode, or before login a per-browser token also held in an HttpOnly cookie.
 *       Another site can send a request but cannot read that token. Assess, analyze and simulate change
 *       nothing and need no token.</li>
 * </ul>
 */
final class Security {
    static final String SESSION_COOKIE = "bc_session";
    static final String PRELOGIN_COOKIE = "bc_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Set<HandlerType> UNSAFE =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);
    private static final Set<String> STATELESS =
            Set.of("/api/v1/assess", "/api/v1/assess/follow-up", "/api/v1/analyze", "/api/v1/simulate");

    private final WebOptions options;
    private final JournalStore store;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();
    private final String localCsrf;
    private final LoginThrottle throttle = new LoginThrottle();
    /**
     * Argon2id costs 19 MiB and tens of milliseconds of a core per hash: it runs in the same bounded lane as
     * analysis and simulation ({@link HeavyWork}: a core stays free for cheap requests), so a burst of logins
     * queues and then gets a 503 instead of taking every core. Measured: with hashing on both cores a login
     * flood stalled ping for 0.5 to 3 s.
     */
    private final HeavyWork heavy;

    Security(WebOptions options, JournalStore store, PasswordHasher hasher, HeavyWork heavy) {
        this.options = options;
        this.store = store;
        this.hasher = hasher;
        this.heavy = heavy;
        this.localCsrf = token();
    }

    private <T> T hashing(java.util.function.Supplier<T> work) {
        try {
            return heavy.run(work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void headersAndHost(Context ctx) {
        ctx.header("Content-Security-Policy", Http.CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Permissions-Policy", "microphone=(self), camera=(), geolocation=()");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (ctx.header("X-HTTP-Method-Override") != null
                || ctx.header("X-HTTP-Method") != null
                || ctx.header("X-Method-Override") != null) {
            // The framework would route by this header: a GET could reach a POST handler. Nothing here needs it.
            throw new HttpProblem(
                    AppError.REQUEST_METHOD_OVERRIDE,
                    "X-HTTP-Method-Override",
                    "method-override " + "headers are not accepted; send the request with its real method.");
        }
        if (!options.publicMode()) {
            String host = hostName(ctx.header("Host"));
            if (host != null
                    && !LOOPBACK_NAMES.contains(host)
                    && !host.equals(options.urlHost().toLowerCase(java.util.Locale.ROOT))) {
                throw new HttpProblem(
                        AppError.HOST_NOT_ALLOWED,
                        "Host",
                        "this server runs in local mode and answers "
                                + "only to 127.0.0.1 or localhost, not '" + host + "'. Open " + "http://127.0.0.1:"
                                + ctx.port() + "/ or start it with --public.");
            }
        }
    }

    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Puts the user id (or nothing) and the expected CSRF token on the request; checks CSRF on unsafe methods. */
    void identify(Context ctx) {
        String expected;
        if (!options.publicMode()) {
            ctx.attribute("user", User.LOCAL_ID);
            expected = localCsrf;
        } else {
            Optional<Session> s = session(ctx);
            if (s.isPresent()) {
                ctx.attribute("user", s.get().userId());
                ctx.attribute("session", s.get());
                expected = s.get().csrfToken();
            } else {
                expected = ctx.cookie(PRELOGIN_COOKIE);
            }
        }
        ctx.attribute("csrf", expected);
        if (UNSAFE.contains(ctx.method()) && !STATELESS.contains(ctx.path())) {
            String given = ctx.header(CSRF_HEADER);
            if (given == null
                    || expected == null
                    || !MessageDigest.isEqual(
                            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                throw new HttpProblem(
                        AppError.CSRF_INVALID,
                        CSRF_HEADER,
                        "this request changes data and needs the "
                                + CSRF_HEADER + " header with the token from GET /api/v1/account (the pages send it "
                                + "for you; reload the page if you see this there).");
            }
        }
    }

    /** The user id of the request, or a 401 in public mode without a login. */
    static String requireUser(Context ctx) {
        String u = ctx.attribute("user");
        if (u == null) {
            throw new HttpProblem(
                    AppError.AUTH_REQUIRED,
                    null,
                    "log in to use your journal: POST "
                            + "/api/v1/account/login, or create an account with POST /api/v1/account/register.");
        }
        return u;
    }

    private Optional<Session> session(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        return token == null || token.isBlank() ? Optional.empty() : store.session(sha256(token));
    }

    void account(Context ctx) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("mode", options.publicMode() ? "public" : "local");
        String csrf = ctx.attribute("csrf");
        if (!options.publicMode()) {
            o.putObject("user").put("username", User.LOCAL_ID);
        } else if (ctx.attribute("user") != null) {
            Session s = ctx.attribute("session");
            o.putObject("user").put("username", store.username(s.userId()).orElse(""));
        } else {
            o.putNull("user");
            if (csrf == null) {
                csrf = token();
                ctx.cookie(cookie(ctx, PRELOGIN_COOKIE, csrf, SameSite.STRICT, -1));
            }
        }
        o.put("csrf", csrf);
        // The recording page decodes compressed files itself and refuses one over these limits before it
        // allocates the decoded samples or sends anything.
        o.putObject("upload").put("max_bytes", options.maxUploadBytes()).put("max_seconds", options.maxUploadSeconds());
        Http.json(ctx, 200, o);
    }

    void register(Context ctx) {
        requirePublic();
        JsonNode b = Http.body(ctx, "{\"username\": ..., \"password\": ...}");
        String name = field(b, "username");
        String password = field(b, "password");
        throttle.attempt(null, ctx.ip());
        if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InputException(
                    AppError.ACCOUNT_BAD_USERNAME,
                    "username",
                    "a user name has 3 to 64 letters, digits, " + "dots, dashes or underscores.");
        }
        if (password.length() > 256
                || password.strip().codePointCount(0, password.strip().length()) < 10
                || password.chars().distinct().count() < 4) {
            throw new InputException(
                    AppError.ACCOUNT_WEAK_PASSWORD,
                    "password",
                    "a password needs 10 to 256 characters, "
                            + "not only spaces or one repeated character; a few unrelated words make a strong one.");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new InputException(
                    AppError.ACCOUNT_WEAK_PASSWORD, "password", "the password must not contain the user " + "name.");
        }
        User u = store.addUser(name, hashing(() -> hasher.hash(password)));
        startSession(ctx, u, 201);
    }

    void login(Context ctx) {
        requirePublic();
        JsonNode b = Http.body(ctx, "{\"username\": ..., \"password\": ...}");
        String name = field(b, "username");
        String password = field(b, "password");
        if (name.length() > 64 || password.length() > 256) {
            throw new HttpProblem(AppError.AUTH_FAILED, "password", "the user name or the password is wrong.");
        }
        throttle.attempt(name, ctx.ip());
        Optional<User> u = store.userByName(name);
        // Hash even for an unknown name, so the response time does not tell which names exist.
        boolean ok = hashing(
                () -> u.map(x -> hasher.verify(password, x.passwordHash())).orElseGet(() -> {
                    hasher.hash(password);
                    return false;
                }));
        if (!ok) {
            throttle.failed(name);
            throw new HttpProblem(AppError.AUTH_FAILED, "password", "the user name or the password is wrong.");
        }
        startSession(ctx, u.get(), 200);
    }

    void logout(Context ctx) {
        requirePublic();
        String token = ctx.cookie(SESSION_COOKIE);
        if ("true".equals(ctx.queryParam("everywhere"))) {
            // Log out on every device: all of this user's sessions end, not only this browser's.
            String user = ctx.attribute("user");
            if (user != null) {
                store.deleteSessions(user);
            }
        } else if (token != null) {
            store.deleteSession(sha256(token));
        }
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", SameSite.LAX, 0));
        ctx.status(204);
    }

    private void startSession(Context ctx, User u, int status) {
        String token = token();
        String csrf = token();
        store.addSession(new Session(
                sha256(token), u.id(), csrf, options.clock().instant().plus(options.sessionTtl())));
        ctx.cookie(cookie(ctx, SESSION_COOKIE, token, SameSite.LAX, (int)
                options.sessionTtl().toSeconds()));
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("mode", "public");
        o.putObject("user").put("username", u.username());
        o.put("csrf", csrf);
        Http.json(ctx, status, o);
    }

    private void requirePublic() {
        if (!options.publicMode()) {
            throw new HttpProblem(
                    AppError.ACCOUNT_LOCAL_MODE,
                    null,
                    "this server runs in local mode with one user and "
                            + "no accounts; start it with --public for accounts.");
        }
    }

    private static String field(JsonNode b, String name) {
        JsonNode v = b.get(name);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new InputException(AppError.ACCOUNT_MISSING, name, "'" + name + "' is required (text).");
        }
        return v.asText();
    }

    private static Cookie cookie(Context ctx, String name, String value, SameSite sameSite, int maxAge) {
        Cookie c = new Cookie(name, value);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(sameSite);
        c.setMaxAge(maxAge);
        c.setSecure(
                "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
        return c;
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
