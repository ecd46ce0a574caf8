package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcrack.app.web.LocalApiTest.assertError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile requests of issue 13, each sent to a running server (public mode, so accounts and logins are
 * there too): every one gets a bounded 4xx (or a 503 that says when to retry), within the test's timeout, and
 * ping still answers. Each of these took the server down, or was accepted, before the fix.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileRequestTest {
    @TempDir
    static Path dir;

    static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"), Clock.systemUTC())
                        .withQuota(3, 40_000),
                KnowledgeLoader.builtIn());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiClient client() {
        return new ApiClient(server.url());
    }

    private static void pingStillAnswers() {
        long t = System.nanoTime();
        assertThat(client().get("/api/v1/ping").status()).isEqualTo(200);
        assertThat((System.nanoTime() - t) / 1e6).as("ping ms").isLessThan(2000);
    }

    /** A WAV header with the given fields and a data chunk that claims {@code declared} bytes, then {@code body}. */
    static byte[] wavHeader(int channels, int rate, int bits, long declared, int body) {
        int align = channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + body).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + body)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) channels)
                .putInt(rate)
                .putInt(rate * align)
                .putShort((short) align)
                .putShort((short) bits);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) declared);
        return b.array();
    }

    @Test
    void aSmallUploadWhoseHeaderClaimsHugeBuffers_isA400_notAnOutOfMemory() {
        // 1. 65,535 channels with an open data size: float[65535][65536] before.
        assertError(
                client().send("POST", "/api/v1/analyze", wavHeader(65_535, 8000, 8, 0, 960), "audio/wav"),
                400,
                "wav.bad_channels",
                "file");
        // 100 channels, 8-bit, 768 kHz and 4 GB: about 17 GB before.
        assertError(
                client().send("POST", "/api/v1/analyze", wavHeader(100, 768_000, 8, 0xFFFF_FFF0L, 960), "audio/wav"),
                400,
                "wav.bad_channels",
                "file");
        // Within the channel limit, a header claiming 4 GB of a 1 KB body reads what came and says it is cut short.
        var r = client().send("POST", "/api/v1/analyze", wavHeader(64, 768_000, 8, 0xFFFF_FFF0L, 960), "audio/wav");
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isIn("wav.truncated", "upload.too_long");
        pingStillAnswers();
    }

    @Test
    void aSmallScenarioAskingForDaysOfPhysics_isRefusedFromItsPlan_inMilliseconds() {
        long t = System.nanoTime();
        assertError(
                client().post(
                                "/api/v1/simulate",
                                "{\"scenario\":{\"movement\":{\"repetitions\":1000,\"interval_s\":86400}}}"),
                400,
                "simulate.too_costly",
                "scenario");
        assertThat((System.nanoTime() - t) / 1e6).as("ms to refuse").isLessThan(2000);
        pingStillAnswers();
    }

    @Test
    void aContentTypeOfOnlyParameters_isRefusedAsNotJson_notAServerError() {
        // ";".split(";") is an empty array: this once reached an index out of bounds (a 500).
        for (String type : new String[] {";", ";;", "; charset=utf-8"}) {
            assertError(
                    client().send("POST", "/api/v1/assess", "{}".getBytes(StandardCharsets.UTF_8), type),
                    415,
                    "request.not_json",
                    "Content-Type");
        }
        pingStillAnswers();
    }

    @Test
    void simulateAndAssess_refuseTextPlain_soAnotherSiteCannotSendThemWithoutAPreflight() {
        var r = client().send(
                        "POST",
                        "/api/v1/simulate",
                        "{\"scenario\":\"cavitation\"}".getBytes(StandardCharsets.UTF_8),
                        "text/plain");
        assertError(r, 415, "request.not_json", "Content-Type");
        assertError(
                client().send("POST", "/api/v1/assess", "{}".getBytes(StandardCharsets.UTF_8), "text/plain"),
                415,
                "request.not_json",
                "Content-Type");
    }

    @Test
    void errorBodies_areBoundedWhateverTheRequest() {
        // Thousands of unknown keys, each once a copy of the whole key list: 2.8 MB gave 162 MB before.
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 150; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("\"k")
                    .append(i)
                    .append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\":1");
        }
        byte[] body = sb.append("}").toString().getBytes(StandardCharsets.UTF_8);
        var r = client().send("POST", "/api/v1/assess", body, "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bytes().length)
                .as("error bytes for %d request bytes", body.length)
                .isLessThan(4_000);
        assertThat(r.text()).contains("and 140 more");
        // A body over the JSON limit is refused before it is read or parsed.
        byte[] big = ("{\"note\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var tooBig = client().send("POST", "/api/v1/assess", big, "application/json");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.bytes().length).isLessThan(1_000);
        // One very long unknown key is echoed cut short.
        var longKey = client().post("/api/v1/assess", "{\"" + "z".repeat(50_000) + "\": 1}");
        assertThat(longKey.status()).isEqualTo(400);
        assertThat(longKey.bytes().length).isLessThan(3_000);
    }

    @Test
    void jsonWithTrailingContent_orAMethodOverride_isRefused() {
        assertError(
                client().post("/api/v1/assess", "{\"pain\": \"none\"} {\"pain\": \"persistent\"}"),
                400,
                "request.bad_json",
                null);
        assertError(
                client().send("GET", "/api/v1/ping", null, null, "X-HTTP-Method-Override", "DELETE"),
                400,
                "request.method_override",
                "X-HTTP-Method-Override");
    }

    @Test
    void wrongPasswords_areThrottledPerAccount_with429AndRetryAfter() {
        ApiClient owner = PublicModeTest.registered(server, "dana");
        assertThat(owner.get("/api/v1/journal").status()).isEqualTo(200);
        ApiClient attacker = client().withCsrf();
        int throttled = 0;
        String retry = null;
        for (int i = 0; i < 8; i++) {
            var r = attacker.post(
                    "/api/v1/account/login", "{\"username\": \"DANA\", \"password\": \"wrong " + i + "\"}");
            if (r.status() == 429) {
                throttled++;
                retry = r.header("Retry-After");
            } else {
                assertThat(r.status()).isEqualTo(401);
            }
        }
        assertThat(throttled)
                .as("attempts refused after %d failures", LoginThrottle.PER_ACCOUNT)
                .isEqualTo(3);
        assertThat(Integer.parseInt(retry)).isBetween(1, LoginThrottle.ACCOUNT_REFILL_S);
    }

    @Test
    void concurrentLogins_areBounded_andPingStaysResponsive() throws Exception {
        // 64 concurrent wrong logins (Argon2id at 19 MiB each) took RSS to 3.3 GB and made ping time out. Its own
        // server: this drains the address's attempts, which the other tests share.
        JournalStore store = JournalStore.open("jdbc:sqlite:" + dir.resolve("flood.db"), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try (WebServer s = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true), store, KnowledgeLoader.builtIn())) {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int k = i;
                all.add(pool.submit(() -> new ApiClient(s.url())
                        .withCsrf()
                        .post(
                                "/api/v1/account/login",
                                "{\"username\": \"nobody" + k + "\", \"password\": \"guess guess guess\"}")
                        .status()));
            }
            long t = System.nanoTime();
            assertThat(new ApiClient(s.url()).get("/api/v1/ping").status()).isEqualTo(200);
            assertThat((System.nanoTime() - t) / 1e6)
                    .as("ping ms during the flood")
                    .isLessThan(2000);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : all) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).allMatch(x -> x == 401 || x == 429 || x == 503);
            assertThat(statuses)
                    .as("refused by the address limit before hashing")
                    .contains(429);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registrations_areThrottledPerAddress_soNamesCannotBeProbedFast() {
        // Registration says when a name is taken; probing names is limited to the address's attempts.
        JournalStore store = JournalStore.open("jdbc:sqlite:" + dir.resolve("probe.db"), Clock.systemUTC());
        try (WebServer s = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true), store, KnowledgeLoader.builtIn())) {
            ApiClient c = new ApiClient(s.url()).withCsrf();
            int refused = 0;
            for (int i = 0; i < LoginThrottle.PER_ADDRESS + 5; i++) {
                var r = c.post("/api/v1/account/register", "{\"username\": \"probe" + i + "\", \"password\": \"x\"}");
                refused += r.status() == 429 ? 1 : 0;
            }
            assertThat(refused).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void journalQuota_andStoredReports_areChecked() {
        ApiClient c = PublicModeTest.registered(server, "erin");
        for (int i = 0; i < 3; i++) {
            assertThat(c.post("/api/v1/journal", "{\"date\": \"2026-01-0" + (i + 1) + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        assertError(c.post("/api/v1/journal", "{\"date\": \"2026-01-09\"}"), 413, "journal.quota", null);
        // Any object with a 'triage' key was stored before.
        assertError(
                c.post(
                        "/api/v1/journal",
                        "{\"date\": \"2026-01-09\", \"assessment\": {\"triage\": 1, \"x\": " + "\"" + "y".repeat(1000)
                                + "\"}}"),
                400,
                "journal.bad_assessment",
                "assessment");
        assertError(
                c.post("/api/v1/journal", "{\"date\": \"2026-01-09\", \"pain\": 4294967301}"),
                400,
                "journal.out_of_range",
                "pain");
        for (String date : new String[] {"+12026-01-01", "26-01-01", "0001-01-01", "2026-1-1"}) {
            assertError(c.post("/api/v1/journal", "{\"date\": \"" + date + "\"}"), 400, "journal.bad_date", "date");
        }
    }

    @Test
    void accountNames_ignoreCase_andWeakPasswordsAreRefused() {
        PublicModeTest.registered(server, "frank");
        ApiClient c = client().withCsrf();
        assertError(
                c.post("/api/v1/account/register", "{\"username\": \"FRANK\", \"password\": \"another good one\"}"),
                400,
                "account.taken",
                "username");
        assertThat(c.post("/api/v1/account/login", "{\"username\": \"Frank\", \"password\": \"correct horse battery\"}")
                        .status())
                .isEqualTo(200);
        for (String weak : new String[] {"          ", "gretchen12", "aaaaaaaaaaaa"}) {
            assertError(
                    client().withCsrf()
                            .post(
                                    "/api/v1/account/register",
                                    "{\"username\": \"gretchen12\", " + "\"password\": \"" + weak + "\"}"),
                    400,
                    "account.weak_password",
                    "password");
        }
    }

    @Test
    void logoutEverywhere_endsEverySessionOfTheUser() {
        ApiClient first = PublicModeTest.registered(server, "heidi");
        ApiClient second = client().withCsrf();
        var login = second.post(
                "/api/v1/account/login", "{\"username\": \"heidi\", \"password\": \"correct horse battery\"}");
        second.csrf = login.json().get("csrf").asText();
        assertThat(second.get("/api/v1/journal").status()).isEqualTo(200);
        assertThat(first.post("/api/v1/account/logout?everywhere=true", null).status())
                .isEqualTo(204);
        assertThat(second.get("/api/v1/journal").status()).isEqualTo(401);
    }

    @Test
    void otherLoopbackHosts_areServed_andAnIpv6UrlIsWellFormed() {
        // --host 127.0.0.2 started but answered every request 403; --host [::1] printed http://[[::1]]:PORT/.
        JournalStore store = JournalStore.open("jdbc:sqlite:" + dir.resolve("hosts.db"), Clock.systemUTC());
        try (WebServer s = WebServer.start(WebOptions.local("127.0.0.2", 0), store, KnowledgeLoader.builtIn())) {
            assertThat(new ApiClient(s.url()).get("/api/v1/ping").status()).isEqualTo(200);
        }
        boolean ipv6;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
            ipv6 = true;
        } catch (IOException e) {
            ipv6 = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(ipv6, "this machine has no IPv6 loopback");
        for (String host : new String[] {"::1", "[::1]"}) {
            try (WebServer s = WebServer.start(WebOptions.local(host, 0), store, KnowledgeLoader.builtIn())) {
                assertThat(s.url()).isEqualTo("http://[::1]:" + s.port() + "/");
                assertThat(new ApiClient(s.url()).get("/api/v1/ping").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void jettysOwnErrors_areJsonWithTheSecurityHeaders() throws IOException {
        // A request line Jetty rejects before the app sees it.
        String raw = rawRequest("GET /api/v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Without Colon\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw)
                .containsIgnoringCase("Content-Security-Policy:")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .contains("\"error\":\"http.400\"");
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                    if (got.size() > 64 * 1024) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // the server keeps the connection open; what came is the answer
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
