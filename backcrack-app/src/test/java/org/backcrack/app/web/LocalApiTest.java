package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.answers.AnswersSchema;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API in local mode (one user, no login): every endpoint and its errors. */
class LocalApiTest {
    static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    static final String DESK_WORKER = "{\"region\": \"lower_back\", \"pain\": \"none\", \"sound\": \"single_pop\", "
            + "\"trigger\": \"after_sitting\"}";

    @TempDir
    static Path dir;

    static WebServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = WebServer.start(
                WebOptions.local("127.0.0.1", 0),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"), java.time.Clock.systemUTC()),
                KB);
        api = new ApiClient(server.url()).withCsrf();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertError(ApiClient.Response r, int status, String key, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode e = r.json();
        assertThat(e.get("error").asText()).isEqualTo(key);
        assertThat(e.get("field").isNull() ? null : e.get("field").asText()).isEqualTo(field);
        assertThat(e.get("message").asText()).isNotBlank();
    }

    @Test
    void assess_returnsExactlyTheCliJsonReport() throws Exception {
        var r = api.post("/api/v1/assess", DESK_WORKER);

        assertThat(r.status()).isEqualTo(200);
        JsonNode expected = AssessmentJson.of(
                new Assessor(KB).assess(new AnswersReader(KB).read(ApiClient.JSON.readTree(DESK_WORKER))));
        assertThat(r.json()).isEqualTo(expected);
    }

    @Test
    void assess_needsNoCsrfToken_becauseItChangesNothing() {
        var r = new ApiClient(server.url()).post("/api/v1/assess", "{}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/triage/not_assessed").size()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"regio\": \"lower_back\"}|answers.unknown_key|regio",
                "{\"age\": 300}|answers.out_of_range|age",
                "{\"region\": \"knee\"}|answers.not_allowed|region",
                "[1, 2]|answers.not_an_object|",
                "{not json|request.bad_json|",
            })
    void assess_badInput_is400NamingTheField(String body, String key, String field) {
        assertError(api.post("/api/v1/assess", body), 400, key, field);
    }

    @Test
    void assess_emptyBody_is400() {
        assertError(api.post("/api/v1/assess", ""), 400, "request.empty", null);
    }

    @Test
    void assess_withGet_is405() {
        assertError(api.get("/api/v1/assess"), 405, "method_not_allowed", null);
    }

    @Test
    void unknownApiPath_is404Json() {
        assertError(api.get("/api/v1/nothing-here"), 404, "not_found", null);
    }

    @Test
    void knowledge_listsEveryFindingInQuestionnaireOrder_withSkipLogicAndRedFlags() {
        JsonNode k = api.get("/api/v1/knowledge").json();

        List<String> ids = new ArrayList<>();
        k.get("findings").forEach(f -> ids.add(f.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(KB.findings().keySet());
        List<JsonNode> findings =
                StreamSupport.stream(k.get("findings").spliterator(), false).toList();
        assertThat(findings).anySatisfy(f -> assertThat(f.has("ask_if")).isTrue());
        assertThat(findings)
                .anySatisfy(f -> assertThat(f.get("red_flag").asBoolean()).isTrue());
        assertThat(findings)
                .filteredOn(f -> f.get("from_recording").asBoolean())
                .extracting(f -> f.get("id").asText())
                .containsExactlyElementsOf(KB.findings().values().stream()
                        .filter(f -> f.fromRecording())
                        .map(f -> f.id())
                        .toList());
        assertThat(k.get("mechanisms")).hasSize(KB.mechanisms().size());
    }

    @Test
    void knowledgeSchema_isTheAnswersSchema() {
        assertThat(api.get("/api/v1/knowledge/schema").json()).isEqualTo(AnswersSchema.of(KB));
    }

    @Test
    void ping_isTrivial() {
        assertThat(api.get("/api/v1/ping").text()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void journal_create_read_update_delete() {
        var created = api.post(
                "/api/v1/journal",
                "{\"date\": \"2026-03-01\", \"region\": \"lower_back\", "
                        + "\"trigger\": \"stretch\", \"sounds\": {\"cavitation\": 3}, \"pain\": 2, \"note\": \"desk day\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/journal/" + id);
        assertThat(created.json().get("sounds").toString())
                .isEqualTo("{\"cavitation\":3,\"soft_tissue_snap\":0,\"crepitus\":0}");

        assertThat(api.get("/api/v1/journal/" + id).json()).isEqualTo(created.json());
        assertThat(api.get("/api/v1/journal").json())
                .anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(id));

        var updated = api.put("/api/v1/journal/" + id, "{\"date\": \"2026-03-02\", \"pain\": 0}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("date").asText()).isEqualTo("2026-03-02");
        assertThat(updated.json().get("note").isNull()).isTrue();

        assertThat(api.delete("/api/v1/journal/" + id).status()).isEqualTo(204);
        assertError(api.get("/api/v1/journal/" + id), 404, "not_found", "id");
        assertError(api.delete("/api/v1/journal/" + id), 404, "not_found", "id");
        assertError(api.put("/api/v1/journal/" + id, "{\"date\": \"2026-03-02\"}"), 404, "not_found", "id");
    }

    @Test
    void journal_keepsTheAssessmentReport() {
        JsonNode report = api.post("/api/v1/assess", DESK_WORKER).json();
        var created = api.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"assessment\": " + report + "}");

        assertThat(created.json().get("assessment")).isEqualTo(report);
        assertThat(api.get("/api/v1/journal/export?format=csv").text())
                .contains("," + report.get("knowledge_version").asText() + ",");
    }

    @Test
    void journal_keepsBackcracksOwnAssessmentOfTheAnswers_notAnEditedTriage() {
        ObjectNode report = (ObjectNode) api.post("/api/v1/assess", DESK_WORKER).json();
        String level = report.get("triage").get("level").asText();
        ((ObjectNode) report.get("triage")).put("level", level.equals("emergency") ? "self_care" : "emergency");

        var created = api.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"assessment\": " + report + "}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("assessment").get("triage").get("level").asText())
                .isEqualTo(level);
    }

    @Test
    void fhir_questionnaireCodeSystemAssessmentAndJournal_areFhirR4Json() {
        var q = api.get("/api/v1/fhir/Questionnaire/backcrack");
        assertThat(q.status()).isEqualTo(200);
        assertThat(q.header("Content-Type")).startsWith("application/fhir+json");
        String version = api.get("/api/v1/knowledge").json().get("version").asText();
        assertThat(q.json().get("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(q.json().get("version").asText()).isEqualTo(version);
        assertThat(api.get("/api/v1/fhir/CodeSystem/backcrack")
                        .json()
                        .get("resourceType")
                        .asText())
                .isEqualTo("CodeSystem");

        String level = api.post("/api/v1/assess", DESK_WORKER)
                .json()
                .get("triage")
                .get("level")
                .asText();
        JsonNode bundle = api.post("/api/v1/assess/fhir", DESK_WORKER).json();
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        assertThat(resources(bundle, "RiskAssessment"))
                .singleElement()
                .satisfies(ra -> assertThat(ra.get("prediction")
                                .get(0)
                                .get("outcome")
                                .get("coding")
                                .get(0)
                                .get("code")
                                .asText())
                        .endsWith(level));

        JsonNode report = api.post("/api/v1/assess", DESK_WORKER).json();
        api.post("/api/v1/journal", "{\"date\": \"2031-03-01\", \"sounds\": {\"cavitation\": 2}, \"pain\": 1}");
        api.post("/api/v1/journal", "{\"date\": \"2031-03-05\", \"assessment\": " + report + "}");
        // Other tests write to the same journal, in 2026: these entries are the only ones in 2031.
        var all = api.get("/api/v1/journal/export?format=fhir&from=2031-01-01");
        assertThat(all.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(resources(all.json(), "QuestionnaireResponse")).hasSize(1);
        assertThat(resources(all.json(), "Observation")).hasSize(2 * 3 + 1); // three counts a day, one pain
        var firstOnly = api.get("/api/v1/journal/export?format=fhir&from=2031-03-01&to=2031-03-02")
                .json();
        assertThat(resources(firstOnly, "QuestionnaireResponse")).isEmpty();
        assertThat(resources(firstOnly, "Observation")).hasSize(3 + 1);
        assertError(api.get("/api/v1/journal/export?format=fhir&from=March"), 400, "export.bad_range", "from");
        assertError(
                api.get("/api/v1/journal/export?format=fhir&from=2031-03-05&to=2031-03-01"),
                400,
                "export.bad_range",
                "from");
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        List<JsonNode> out = new ArrayList<>();
        bundle.get("entry").forEach(e -> {
            if (e.get("resource").get("resourceType").asText().equals(type)) {
                out.add(e.get("resource"));
            }
        });
        return out;
    }

    @Test
    void journal_aReportWithoutItsAnswers_is400() {
        ObjectNode report = (ObjectNode) api.post("/api/v1/assess", DESK_WORKER).json();
        report.remove("answers");
        assertError(
                api.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"assessment\": " + report + "}"),
                400,
                "journal.bad_assessment",
                "assessment");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{}|journal.missing|date",
                "{\"date\": \"1 March\"}|journal.bad_date|date",
                "{\"date\": \"2026-03-01\", \"pain\": 11}|journal.out_of_range|pain",
                "{\"date\": \"2026-03-01\", \"pain\": 2.5}|journal.out_of_range|pain",
                "{\"date\": \"2026-03-01\", \"sounds\": {\"crepitus\": -1}}|journal.out_of_range|sounds.crepitus",
                "{\"date\": \"2026-03-01\", \"sounds\": {\"clicks\": 1}}|journal.unknown_field|sounds.clicks",
                "{\"date\": \"2026-03-01\", \"region\": \"knee\"}|journal.not_allowed|region",
                "{\"date\": \"2026-03-01\", \"mood\": \"ok\"}|journal.unknown_field|mood",
                "{\"date\": \"2026-03-01\", \"assessment\": {\"x\": 1}}|journal.bad_assessment|assessment",
                "{\"date\": \"2026-03-01\", \"note\": 5}|journal.wrong_type|note",
            })
    void journal_badEntry_is400NamingTheField(String body, String key, String field) {
        assertError(api.post("/api/v1/journal", body), 400, key, field);
    }

    @Test
    void journal_changes_withoutTheCsrfToken_are403() {
        ApiClient noToken = new ApiClient(server.url());
        assertError(noToken.post("/api/v1/journal", "{\"date\": \"2026-03-01\"}"), 403, "csrf.invalid", "X-CSRF-Token");
        noToken.csrf = "guessed";
        assertError(noToken.post("/api/v1/journal", "{\"date\": \"2026-03-01\"}"), 403, "csrf.invalid", "X-CSRF-Token");
        assertError(noToken.delete("/api/v1/journal/x"), 403, "csrf.invalid", "X-CSRF-Token");
    }

    @Test
    void export_csvAndJson_containTheEntries() {
        api.post(
                "/api/v1/journal", "{\"date\": \"2026-04-01\", \"sounds\": {\"crepitus\": 4}, \"note\": \"=1+1, ok\"}");

        var csv = api.get("/api/v1/journal/export?format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("backcrack-journal.csv");
        assertThat(csv.text())
                .startsWith("id,date,region,trigger,cavitation,soft_tissue_snap,crepitus,pain,triage,"
                        + "top_mechanism,knowledge_version,note\r\n")
                .contains(",2026-04-01,,,0,0,4,,,,,\"'=1+1, ok\"\r\n");
        var json = api.get("/api/v1/journal/export?format=json");
        assertThat(json.json()).isEqualTo(api.get("/api/v1/journal").json());
        assertError(api.get("/api/v1/journal/export?format=xml"), 400, "export.bad_format", "format");
    }

    @Test
    void analyze_notWav_is415_empty_is400() {
        assertError(
                api.send("POST", "/api/v1/analyze", new byte[] {1, 2}, "text/plain"),
                415,
                "upload.not_wav",
                "Content-Type");
        assertError(api.send("POST", "/api/v1/analyze", new byte[0], "audio/wav"), 400, "upload.empty", "file");
    }

    @Test
    void analyze_notAWavFile_is400WithTheReadersKey() {
        var r = api.send(
                "POST", "/api/v1/analyze", "just some text, not audio".getBytes(StandardCharsets.UTF_8), "audio/wav");
        assertError(r, 400, "wav.not_riff", "file");
        assertThat(r.json().get("message").asText()).startsWith("the recording is not a WAV file");
    }

    @Test
    void analyze_aFlacOrCompressedFile_is415_namingItAndItsConversion() {
        // The web app reads WAV only: a FLAC (which 'backcrack analyze' reads) or a compressed recording gets
        // what it is and the command that converts it, before any decoding.
        byte[] flac = new byte[64];
        System.arraycopy("fLaC".getBytes(StandardCharsets.US_ASCII), 0, flac, 0, 4);
        var r = api.send("POST", "/api/v1/analyze", flac, "audio/wav");
        assertError(r, 415, "audio.unsupported_format", "file");
        assertThat(r.json().get("message").asText())
                .startsWith("the recording is a FLAC file, which the web app " + "does not read")
                .contains("flac -d in.flac -o out.wav", "backcrack analyze also reads FLAC");
        byte[] m4a = new byte[64];
        System.arraycopy("\0\0\0\u0020ftypM4A ".getBytes(StandardCharsets.ISO_8859_1), 0, m4a, 0, 12);
        var m = api.send("POST", "/api/v1/analyze", m4a, "application/octet-stream");
        assertError(m, 415, "audio.unsupported_format", "file");
        assertThat(m.json().get("message").asText())
                .startsWith("the recording is an M4A (AAC) file")
                .contains("ffmpeg -i in.m4a -ac 1 out.wav");
    }

    @Test
    void analyze_longerThanTheDurationLimit_is400() throws Exception {
        try (WebServer small = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withUploadLimits(1 << 20, 0.5),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("short.db"), java.time.Clock.systemUTC()),
                KB)) {
            byte[] oneSecond = java.nio.file.Files.readAllBytes(BrowserTest.clicks(dir.resolve("one-second.wav")));
            var r = new ApiClient(small.url()).send("POST", "/api/v1/analyze", oneSecond, "audio/wav");
            assertError(r, 400, "upload.too_long", "file");
            assertThat(r.json().get("message").asText()).contains("1.0 s").contains("at most 0.5 s");
        }
    }

    @Test
    void analyze_largerThanTheLimit_is413() throws Exception {
        try (WebServer small = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withUploadLimits(4096, 1),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("small.db"), java.time.Clock.systemUTC()),
                KB)) {
            var r = new ApiClient(small.url()).send("POST", "/api/v1/analyze", new byte[5000], "audio/wav");
            assertError(r, 413, "upload.too_large", "file");
            assertThat(r.json().get("message").asText()).contains("4096");
        }
    }

    @Test
    void simulate_aSoundClass_returnsItsSimulatedWavWithLabels_andAnalyzeFindsThePops() {
        var wav = api.post("/api/v1/simulate", "{\"scenario\": \"cavitation\", \"seed\": 3}");
        assertThat(wav.status()).isEqualTo(200);
        assertThat(wav.header("Content-Type")).startsWith("audio/wav");
        assertThat(new String(wav.bytes(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        String labels = java.net.URLDecoder.decode(wav.header("X-Backcrack-Labels"), StandardCharsets.UTF_8);
        assertThat(labels.lines()).isNotEmpty().allMatch(l -> l.endsWith("\tcavitation"));
        var same = api.post("/api/v1/simulate", "{\"scenario\": \"lumbar_manipulation\", \"seed\": 3}");
        assertThat(same.bytes()).isEqualTo(wav.bytes());

        var analysis = api.send("POST", "/api/v1/analyze", wav.bytes(), "audio/wav");
        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.json().get("counts").get("cavitation").asInt()).isPositive();
        assertThat(analysis.json().get("events").get(0).get("class").asText()).isEqualTo("cavitation");
    }

    @Test
    void scenarios_listsTheBuiltIns_andSimulateRefusesWhatItCannotRun() {
        assertThat(api.get("/api/v1/scenarios").json().get("scenarios")).hasSize(7);
        assertError(
                api.post("/api/v1/simulate", "{\"scenario\": \"yodel\"}"),
                400,
                "simulate.unknown_scenario",
                "scenario");
        assertError(api.post("/api/v1/simulate", "{}"), 400, "simulate.no_scenario", "scenario");
        assertError(
                api.post("/api/v1/simulate", "{\"scenario\": {\"person\": {\"age\": 500}}}"),
                400,
                "scenario.invalid",
                "$.person.age");
        assertError(
                api.post("/api/v1/simulate", "{\"scenario\": \"cavitation\", \"seed\": -1}"),
                400,
                "simulate.bad_seed",
                "seed");
    }

    @Test
    void accountEndpoints_inLocalMode_are404() {
        var a = api.get("/api/v1/account").json();
        assertThat(a.get("mode").asText()).isEqualTo("local");
        assertThat(a.at("/upload/max_bytes").asLong()).isEqualTo(WebOptions.DEFAULT_MAX_UPLOAD_BYTES);
        assertThat(a.at("/upload/max_seconds").asDouble()).isEqualTo(WebOptions.DEFAULT_MAX_UPLOAD_SECONDS);
        assertError(
                api.post("/api/v1/account/login", "{\"username\": \"a\", \"password\": \"b\"}"),
                404,
                "account.local_mode",
                null);
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders_andApiResponsesAreNotCached() {
        for (String path : List.of("/", "/assess.html", "/api/v1/ping", "/lib/chart.js", "/api/v1/nothing")) {
            var r = api.get(path);
            assertThat(r.header("Content-Security-Policy"))
                    .as(path)
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        assertThat(api.get("/api/v1/journal").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void pagesAndLibraries_areServed() {
        for (String page : List.of(
                "/",
                "/assess.html",
                "/result.html",
                "/record.html",
                "/learn.html",
                "/journal.html",
                "/api.html",
                "/login.html",
                "/img/cavitation.svg")) {
            assertThat(api.get(page).status()).as(page).isEqualTo(200);
        }
        for (String lib : List.of(
                "chart.js",
                "wavesurfer.js",
                "wavesurfer.regions.js",
                "wavesurfer.spectrogram.js",
                "wavesurfer.timeline.js")) {
            var r = api.get("/lib/" + lib);
            assertThat(r.status()).as(lib).isEqualTo(200);
            assertThat(r.bytes().length).as(lib).isGreaterThan(1000);
        }
        assertError(api.get("/lib/jquery.js"), 404, "not_found", "name");
    }

    @Test
    void followUp_afterAYesToAWarningSign_namesTheQuestionsThatDecideIt() {
        var r = api.post("/api/v1/assess/follow-up", "{\"bladder_or_bowel_change\": true}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("follow_up").toString()).startsWith("[\"pain\",\"radiating_pain\"");
        assertThat(api.post("/api/v1/assess/follow-up", "{\"bladder_or_bowel_change\": false}")
                        .json()
                        .get("follow_up")
                        .size())
                .isZero();
        assertError(api.post("/api/v1/assess/follow-up", "{\"bladder\": true}"), 400, "answers.unknown_key", "bladder");
    }

    @Test
    void openApi_describesEveryPathTheApiServes() {
        JsonNode doc = api.get("/api/openapi.json").json();

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/v1/ping",
                        "/api/v1/knowledge",
                        "/api/v1/knowledge/schema",
                        "/api/v1/assess",
                        "/api/v1/assess/follow-up",
                        "/api/v1/assess/fhir",
                        "/api/v1/fhir/Questionnaire/backcrack",
                        "/api/v1/fhir/CodeSystem/backcrack",
                        "/api/v1/analyze",
                        "/api/v1/scenarios",
                        "/api/v1/simulate",
                        "/api/v1/account",
                        "/api/v1/account/register",
                        "/api/v1/account/login",
                        "/api/v1/account/logout",
                        "/api/v1/journal",
                        "/api/v1/journal/export",
                        "/api/v1/journal/{id}");
    }

    @Test
    void localMode_refusesAHostNameThatIsNotLoopback() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/v1/ping HTTP/1.1\r\nHost: rebind.example:" + server.port()
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 403 Forbidden");
        }
    }

    @Test
    void nothingAPersonEnters_reachesTheLog() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try (WebServer s = WebServer.start(
                WebOptions.local("127.0.0.1", 0),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("log.db"), java.time.Clock.systemUTC()),
                KB)) {
            ApiClient c = new ApiClient(s.url()).withCsrf();
            c.post("/api/v1/assess", "{\"region\": \"neck\", \"age\": 83, \"saddle_numbness\": true}");
            c.post("/api/v1/assess", "{\"regoin\": \"secret-typo-value\"}");
            c.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"note\": \"private-note-text\", \"pain\": 9}");
            c.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"note\": \"private-bad-entry\", \"pain\": 99}");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the capture works: start-up is logged").contains("Javalin");
        assertThat(log)
                .doesNotContain(
                        "saddle_numbness", "secret-typo-value", "private-note-text", "private-bad-entry", "neck");
    }

    @Test
    void journal_survivesARestartOfTheServer() {
        String url = "jdbc:sqlite:" + dir.resolve("restart.db");
        String id;
        try (WebServer first = WebServer.start(
                WebOptions.local("127.0.0.1", 0), JournalStore.open(url, java.time.Clock.systemUTC()), KB)) {
            id = new ApiClient(first.url())
                    .withCsrf()
                    .post("/api/v1/journal", "{\"date\": \"2026-05-01\", \"pain\": 3}")
                    .json()
                    .get("id")
                    .asText();
        }
        try (WebServer second = WebServer.start(
                WebOptions.local("127.0.0.1", 0), JournalStore.open(url, java.time.Clock.systemUTC()), KB)) {
            var r = new ApiClient(second.url()).get("/api/v1/journal/" + id);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("pain").asInt()).isEqualTo(3);
        }
    }
}
