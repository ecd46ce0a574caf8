package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcrack.app.web.LocalApiTest.assertError;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.journal.TestPostgres;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --public}: accounts, session cookies, CSRF, and each user seeing only their own journal. */
class PublicModeTest {
    @TempDir
    static Path dir;

    static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"), Clock.systemUTC()),
                KnowledgeLoader.builtIn());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ApiClient registered(WebServer s, String name) {
        ApiClient c = new ApiClient(s.url()).withCsrf();
        var r = c.post(
                "/api/v1/account/register",
                "{\"username\": \"" + name + "\", \"password\": \"correct horse battery\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        c.csrf = r.json().get("csrf").asText();
        return c;
    }

    @Test
    void journal_withoutLogin_is401() {
        assertError(new ApiClient(server.url()).get("/api/v1/journal"), 401, "auth.required", null);
    }

    @Test
    void assess_worksWithoutAnAccount() {
        assertThat(new ApiClient(server.url()).post("/api/v1/assess", "{}").status())
                .isEqualTo(200);
    }

    @Test
    void register_setsAnHttpOnlySameSiteSessionCookie_secureOnlyBehindTls() {
        ApiClient c = new ApiClient(server.url()).withCsrf();
        var plain = c.post(
                "/api/v1/account/register", "{\"username\": \"carol\", \"password\": \"correct horse battery\"}");
        String cookie = plain.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("bc_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        ApiClient tls = new ApiClient(server.url()).withCsrf();
        var proxied = tls.send(
                "POST",
                "/api/v1/account/register",
                "{\"username\": \"dave\", \"password\": \"correct horse battery\"}".getBytes(),
                "application/json",
                "X-Forwarded-Proto",
                "https");
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .anySatisfy(h -> assertThat(h)
                        .startsWith("bc_session=")
                        .containsIgnoringCase("Secure")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void usersSeeOnlyTheirOwnJournal() {
        ApiClient alice = registered(server, "alice");
        ApiClient bob = registered(server, "bob");
        String id = alice.post("/api/v1/journal", "{\"date\": \"2026-03-01\", \"pain\": 4}")
                .json()
                .get("id")
                .asText();

        assertThat(bob.get("/api/v1/journal").json()).isEmpty();
        assertError(bob.get("/api/v1/journal/" + id), 404, "not_found", "id");
        assertError(bob.put("/api/v1/journal/" + id, "{\"date\": \"2026-03-01\"}"), 404, "not_found", "id");
        assertError(bob.delete("/api/v1/journal/" + id), 404, "not_found", "id");
        assertThat(bob.get("/api/v1/journal/export?format=csv").text()).doesNotContain(id);
        assertThat(alice.get("/api/v1/journal").json())
                .singleElement()
                .satisfies(e -> assertThat(e.get("pain").asInt()).isEqualTo(4));
    }

    @Test
    void theSessionsCsrfToken_isRequired_notThePreLoginOne() {
        ApiClient erin = new ApiClient(server.url()).withCsrf();
        String preLogin = erin.csrf;
        erin.post("/api/v1/account/register", "{\"username\": \"erin\", \"password\": \"correct horse battery\"}");

        assertError(erin.post("/api/v1/journal", "{\"date\": \"2026-03-01\"}"), 403, "csrf.invalid", "X-CSRF-Token");
        erin.withCsrf();
        assertThat(erin.csrf).isNotEqualTo(preLogin);
        assertThat(erin.post("/api/v1/journal", "{\"date\": \"2026-03-01\"}").status())
                .isEqualTo(201);
    }

    @Test
    void login_withoutTheCsrfToken_is403() {
        assertError(
                new ApiClient(server.url())
                        .post(
                                "/api/v1/account/login",
                                "{\"username\": \"alice\", \"password\": \"correct horse battery\"}"),
                403,
                "csrf.invalid",
                "X-CSRF-Token");
    }

    @Test
    void login_logout_andWrongPasswords() {
        registered(server, "frank");
        ApiClient c = new ApiClient(server.url()).withCsrf();
        assertError(
                c.post("/api/v1/account/login", "{\"username\": \"frank\", \"password\": \"wrong password!\"}"),
                401,
                "auth.failed",
                "password");
        assertError(
                c.post("/api/v1/account/login", "{\"username\": \"nobody\", \"password\": \"wrong password!\"}"),
                401,
                "auth.failed",
                "password");

        var ok = c.post("/api/v1/account/login", "{\"username\": \"frank\", \"password\": \"correct horse battery\"}");
        assertThat(ok.status()).isEqualTo(200);
        c.csrf = ok.json().get("csrf").asText();
        assertThat(c.get("/api/v1/account").json().at("/user/username").asText())
                .isEqualTo("frank");
        assertThat(c.get("/api/v1/journal").status()).isEqualTo(200);

        assertThat(c.post("/api/v1/account/logout", null).status()).isEqualTo(204);
        assertError(c.get("/api/v1/journal"), 401, "auth.required", null);
    }

    @Test
    void register_badNames_weakPasswords_andTakenNames_are400() {
        registered(server, "grace");
        ApiClient c = new ApiClient(server.url()).withCsrf();
        assertError(
                c.post("/api/v1/account/register", "{\"username\": \"g\", \"password\": \"correct horse battery\"}"),
                400,
                "account.bad_username",
                "username");
        assertError(
                c.post("/api/v1/account/register", "{\"username\": \"heidi\", \"password\": \"short\"}"),
                400,
                "account.weak_password",
                "password");
        assertError(
                c.post("/api/v1/account/register", "{\"username\": \"heidi\"}"), 400, "account.missing", "password");
        assertError(
                c.post(
                        "/api/v1/account/register",
                        "{\"username\": \"grace\", \"password\": \"correct horse battery\"}"),
                400,
                "account.taken",
                "username");
    }

    @Test
    void usersAreIsolated_onPostgresToo() {
        try (WebServer pg = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true),
                JournalStore.open(TestPostgres.newDatabase(), Clock.systemUTC()),
                KnowledgeLoader.builtIn())) {
            ApiClient alice = registered(pg, "alice");
            ApiClient bob = registered(pg, "bob");
            String id = alice.post("/api/v1/journal", "{\"date\": \"2026-03-01\"}")
                    .json()
                    .get("id")
                    .asText();
            assertThat(bob.get("/api/v1/journal").json()).isEmpty();
            assertError(bob.delete("/api/v1/journal/" + id), 404, "not_found", "id");
            assertThat(alice.get("/api/v1/journal").json()).hasSize(1);
        }
    }

    @Test
    void passwordHashes_areArgon2id_saltedAndVerifiable() {
        PasswordHasher h = new PasswordHasher(1024, 1, new SecureRandom());
        String a = h.hash("correct horse battery");
        String b = h.hash("correct horse battery");

        assertThat(a).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(b);
        assertThat(h.verify("correct horse battery", a)).isTrue();
        assertThat(h.verify("correct horse batterz", a)).isFalse();
        assertThat(h.verify("correct horse battery", "$2a$10$notargon")).isFalse();
    }
}
