package org.backcrack.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.answers.AnswersSchema;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;

/** {@code POST /api/v1/assess} (answers in, the CLI's JSON report out) and the knowledge the pages need. */
final class AssessRoutes {
    private final AnswersReader reader;
    private final Assessor assessor;
    private final String knowledge;
    private final String schema;

    AssessRoutes(KnowledgeBase kb) {
        this.reader = new AnswersReader(kb);
        this.assessor = new Assessor(kb);
        this.knowledge = KnowledgeJson.of(kb).toString();
        this.schema = AnswersSchema.of(kb).toString();
    }

    void assess(Context ctx) {
        ObjectNode report = AssessmentJson.of(assessor.assess(reader.read(WebServer.body(ctx,
                "an answers object such as {\"region\": \"lower_back\", \"pain\": \"none\"}"))));
        WebServer.json(ctx, 200, report);
    }

    void knowledge(Context ctx) {
        ctx.contentType("application/json").result(knowledge);
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json").result(schema);
    }
}
