package org.backcrack.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app: static pages under {@code /}, the REST API under {@code /api/v1}, the OpenAPI document at
 * {@code /api/openapi.json}. Every response carries the security headers; API responses are never cached.
 *
 * <p>Nothing a person enters (answers, recordings, journal entries) is logged: there is no request
 * logger, and an unexpected error is logged by exception class and code location only.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final WebOptions options;
    private final Javalin app;
    private final HeavyWork heavy;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WebServer(WebOptions options, JournalStore store, KnowledgeBase kb) {
        this.options = options;
        this.heavy = HeavyWork.standard();
        Security security = new Security(options, store, PasswordHasher.owaspDefault(), heavy);
        AssessRoutes assess = new AssessRoutes(kb);
        AudioRoutes audio = new AudioRoutes(options, heavy);
        FhirRoutes fhir = new FhirRoutes(kb, Http.JSON);
        JournalRoutes journal = new JournalRoutes(store, new JournalJson(kb, Http.JSON), fhir);
        this.app = Javalin.create(cfg -> configure(cfg, security, assess, audio, journal, fhir));
    }

    /** Starts a server; {@link #port()} tells the port when {@code options.port()} is 0. */
    public static WebServer start(WebOptions options, JournalStore store, KnowledgeBase kb) {
        WebServer s = new WebServer(options, store, kb);
        s.app.start(options.host(), options.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + options.urlHost() + ":" + port() + "/";
    }

    /** Stops accepting connections, lets requests in flight finish (up to the stop timeout), and stops. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.stop();
            heavy.close();
        }
    }

    private void configure(
            JavalinConfig cfg,
            Security security,
            AssessRoutes assess,
            AudioRoutes audio,
            JournalRoutes journal,
            FhirRoutes fhir) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = Math.max(options.maxUploadBytes() + 64 * 1024, 1024 * 1024);
        cfg.http.prefer405over404 = true;
        // On loopback compression only costs CPU; a public server sends the libraries over a network.
        cfg.http.compressionStrategy = options.publicMode()
                ? io.javalin.compression.CompressionStrategy.GZIP
                : io.javalin.compression.CompressionStrategy.NONE;
        cfg.jetty.modifyServer(server -> {
            server.setStopTimeout(5_000);
            server.setErrorHandler(new JsonErrorHandler());
        });
        // The work is CPU-bound and short: a few threads per core queue requests fairly instead of
        // time-slicing dozens of them, which keeps the tail latency down under load.
        int cores = Runtime.getRuntime().availableProcessors();
        cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
                Math.max(16, 8 * cores), Math.max(8, 2 * cores), 60_000);
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/web";
            sf.location = Location.CLASSPATH;
        });
        var r = cfg.routes;
        r.before(security::headersAndHost);
        r.before("/api/*", security::identify);

        r.get("/api/openapi.json", ctx -> resource(ctx, "/web/openapi.json", "application/json"));
        r.get("/lib/{name}", Webjars::serve);
        r.get("/api/v1/ping", ctx -> ctx.contentType("application/json").result("{\"ok\":true}"));
        r.get("/api/v1/knowledge", assess::knowledge);
        r.get("/api/v1/knowledge/schema", assess::schema);
        r.post("/api/v1/assess", assess::assess);
        r.post("/api/v1/assess/follow-up", assess::followUp);
        r.post("/api/v1/assess/fhir", fhir::assess);
        r.get("/api/v1/fhir/Questionnaire/backcrack", fhir::questionnaire);
        r.get("/api/v1/fhir/CodeSystem/backcrack", fhir::codeSystem);
        r.post("/api/v1/analyze", audio::analyze);
        r.get("/api/v1/scenarios", audio::scenarios);
        r.post("/api/v1/simulate", audio::simulate);

        r.get("/api/v1/account", security::account);
        r.post("/api/v1/account/register", security::register);
        r.post("/api/v1/account/login", security::login);
        r.post("/api/v1/account/logout", security::logout);

        r.get("/api/v1/journal/export", journal::export);
        r.get("/api/v1/journal", journal::list);
        r.post("/api/v1/journal", journal::create);
        r.get("/api/v1/journal/{id}", journal::get);
        r.put("/api/v1/journal/{id}", journal::update);
        r.delete("/api/v1/journal/{id}", journal::delete);

        r.exception(
                InputException.class,
                (e, ctx) -> Http.error(ctx, AppError.BAD_INPUT_STATUS, e.key(), e.field(), e.getMessage()));
        r.exception(HttpProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            Http.error(ctx, e.status(), e.key(), e.field(), e.getMessage());
        });
        r.exception(
                org.backcrack.app.journal.QuotaExceeded.class,
                (e, ctx) -> Http.error(ctx, AppError.JOURNAL_QUOTA, e.field(), e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> {
            int s = e.getStatus();
            if (s == 404) {
                Http.error(
                        ctx,
                        AppError.NOT_FOUND,
                        null,
                        "there is nothing at " + ctx.method() + " " + ctx.path()
                                + ". The API is described at /api/openapi.json.");
            } else if (s == 413) {
                Http.error(
                        ctx,
                        AppError.REQUEST_TOO_LARGE,
                        null,
                        "the request is larger than the server accepts (" + options.maxUploadBytes()
                                + " bytes for a recording). Send a shorter recording.");
            } else {
                Http.error(ctx, s, AppError.httpStatusKey(s), null, e.getMessage());
            }
        });
        r.exception(Exception.class, (e, ctx) -> {
            StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            LOG.error("internal error {} at {} on {} {}", e.getClass().getName(), at, ctx.method(), ctx.path());
            Http.error(
                    ctx,
                    AppError.INTERNAL,
                    null,
                    "an internal error happened; it is a bug in backcrack. "
                            + "Please report what you did (not your answers).");
        });
        r.error(404, ctx -> {
            if (Http.errorWritten(ctx)) {
                return;
            }
            Http.error(
                    ctx,
                    AppError.NOT_FOUND,
                    null,
                    "there is nothing at " + ctx.path() + ". The API is described at /api/openapi.json.");
        });
        r.error(
                405,
                ctx -> Http.error(
                        ctx,
                        AppError.METHOD_NOT_ALLOWED,
                        null,
                        ctx.method() + " is not allowed on " + ctx.path()
                                + ". The API is described at /api/openapi.json."));
    }

    private static void resource(Context ctx, String path, String type) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            ctx.contentType(type).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
