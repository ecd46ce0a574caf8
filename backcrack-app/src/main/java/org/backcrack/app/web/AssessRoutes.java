package org.backcrack.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.answers.AnswersSchema;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.engine.Questionnaire;
import org.backcrack.assess.knowledge.KnowledgeBase;

/** {@code POST /api/v1/assess} (answers in, the CLI's JSON report out) and the knowledge the pages need. */
final class AssessRoutes {
    private final AnswersReader reader;
    private final Assessor assessor;
    private final Questionnaire questionnaire;
    private final String knowledge;
    private final String schema;

    AssessRoutes(KnowledgeBase kb) {
        this.reader = new AnswersReader(kb);
        this.assessor = new Assessor(kb);
        this.questionnaire = new Questionnaire(kb);
        this.knowledge = KnowledgeJson.of(kb).toString();
        this.schema = AnswersSchema.of(kb).toString();
    }

    void assess(Context ctx) {
        ObjectNode report = AssessmentJson.of(assessor.assess(reader.read(
                Http.body(ctx, "an answers object such as {\"region\": \"lower_back\", \"pain\": \"none\"}"))));
        Http.json(ctx, 200, report);
    }

    /**
     * {@code POST /api/v1/assess/follow-up}: the questions the answers so far call for next (after a yes to a
     * warning sign, the questions that decide its rules), so the page can ask them rather than guess.
     */
    void followUp(Context ctx) {
        var answers = reader.read(Http.body(ctx, "an answers object such as {\"bladder_or_bowel_change\": true}"));
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var list = out.putArray("follow_up");
        questionnaire.followUps(answers).forEach(f -> list.add(f.id()));
        Http.json(ctx, 200, out);
    }

    void knowledge(Context ctx) {
        ctx.contentType("application/json").result(knowledge);
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json").result(schema);
    }
}
