package org.backcrack.app.web;

import io.javalin.http.Context;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.JournalStore;

/** Journal CRUD and export under {@code /api/v1/journal}; every call is scoped to the requesting user. */
final class JournalRoutes {
    private final JournalStore store;
    private final JournalJson json;
    private final FhirRoutes fhir;

    JournalRoutes(JournalStore store, JournalJson json, FhirRoutes fhir) {
        this.store = store;
        this.json = json;
        this.fhir = fhir;
    }

    void list(Context ctx) {
        Http.json(ctx, 200, json.toJson(store.list(Security.requireUser(ctx))));
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        Http.json(
                ctx,
                200,
                json.toJson(store.find(Security.requireUser(ctx), id)
                        .orElseThrow(() -> HttpProblem.notFound("journal entry", id))));
    }

    void create(Context ctx) {
        String user = Security.requireUser(ctx);
        var e = store.add(user, json.read(Http.body(ctx, "a journal entry")));
        ctx.header("Location", "/api/v1/journal/" + e.id());
        Http.json(ctx, 201, json.toJson(e));
    }

    void update(Context ctx) {
        String user = Security.requireUser(ctx);
        String id = ctx.pathParam("id");
        var data = json.read(Http.body(ctx, "a journal entry"));
        Http.json(
                ctx,
                200,
                json.toJson(store.update(user, id, data).orElseThrow(() -> HttpProblem.notFound("journal entry", id))));
    }

    void delete(Context ctx) {
        String user = Security.requireUser(ctx);
        String id = ctx.pathParam("id");
        if (!store.delete(user, id)) {
            throw HttpProblem.notFound("journal entry", id);
        }
        ctx.status(204);
    }

    void export(Context ctx) {
        String user = Security.requireUser(ctx);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        var entries = store.list(user);
        switch (format) {
            case "csv" ->
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"backcrack-journal.csv\"")
                        .result(json.csv(entries));
            case "json" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"backcrack-journal.json\"");
                Http.json(ctx, 200, json.toJson(entries));
            }
            case "fhir" -> fhir.journal(ctx, entries);
            default ->
                throw new org.backcrack.core.InputException(
                        AppError.EXPORT_BAD_FORMAT,
                        "format",
                        "format was '" + format
                                + "'; use format=csv, format=json or format=fhir (with from= and to= days).");
        }
    }
}
