package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages as served: each is put together at build time from its own source in {@code src/main/pages} and the
 * shared head, navigation and footer in {@code src/main/pages/include}; each must arrive whole, with its own title.
 */
class PagesTest {
    /** Every page and its title; a new page must be added here. */
    static final Map<String, String> TITLES = Map.of(
            "index.html", "backcrack: why does my back crack?",
            "assess.html", "Questions: backcrack",
            "result.html", "Your result: backcrack",
            "record.html", "Record a crack: backcrack",
            "learn.html", "What makes the sounds: backcrack",
            "journal.html", "Journal: backcrack",
            "api.html", "REST API: backcrack",
            "login.html", "Log in: backcrack");

    static final List<String> HEAD = List.of(
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<link rel=\"stylesheet\" href=\"/app.css\">",
            "<script src=\"/app.js\" defer></script>");

    /** The skip link and the navigation, line by line (app.js marks the current page's link). */
    static final List<String> NAV = List.of(
            "<a class=\"skip-link\" href=\"#main\">Skip to content</a>",
            "<header class=\"site\"><nav aria-label=\"Main\">",
            "  <a class=\"brand\" href=\"/index.html\">backcrack</a>",
            "  <a href=\"/assess.html\">Questions</a>",
            "  <a href=\"/record.html\">Record</a>",
            "  <a href=\"/learn.html\">Learn</a>",
            "  <a href=\"/journal.html\">Journal</a>",
            "  <span id=\"account\"></span>",
            "</nav></header>");

    static final String FOOTER = "<footer class=\"site\"><p>backcrack informs; it does not diagnose. If you are "
            + "worried, or symptoms are new or getting worse, see a clinician. <a class=\"no-print\" "
            + "href=\"/api.html\">API</a></p></footer>";

    @TempDir
    static Path dir;

    static JournalStore store;
    static WebServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        store = JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"), Clock.systemUTC());
        server = WebServer.start(WebOptions.local("127.0.0.1", 0), store, KnowledgeLoader.builtIn());
        api = new ApiClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Stream<String> pages() {
        return TITLES.keySet().stream().sorted();
    }

    @Test
    void everyPageSource_hasATitleHere() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/pages"))) {
            assertThat(sources.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")))
                    .containsExactlyInAnyOrderElementsOf(TITLES.keySet());
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void page_isServedWithTheSharedHeadNavAndFooter_andItsOwnTitle(String page) {
        var r = api.get("/" + page);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).isEqualTo(Http.CSP);
        String html = r.text();

        assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">\n<head>\n" + HEAD.get(0) + "\n");
        assertThat(html).doesNotContain("#include");
        String head = between(html, "<head>", "</head>");
        for (String element : HEAD) {
            assertThat(count(head, element)).as(element).isEqualTo(1);
        }
        assertThat(allMatches(head, "<title>(.*?)</title>")).containsExactly(TITLES.get(page));

        // No inline script or style (the Content-Security-Policy would block them), and app.js runs first.
        List<String> scripts = allMatches(html, "<script([^>]*)>");
        assertThat(scripts).allMatch(attrs -> attrs.matches(" src=\"/[^\"]+\" defer"), "src=... defer");
        assertThat(scripts.get(0)).isEqualTo(" src=\"/app.js\" defer");
        assertThat(html).doesNotContain("<style").doesNotContainPattern(" on[a-z]+=");

        String body = between(html, "<body>", "</body>");
        assertThat(body).startsWith("\n" + String.join("\n", NAV) + "\n<main id=\"main\">\n");
        assertThat(count(body, "<nav")).isEqualTo(1);
        assertThat(body).endsWith("\n</main>\n" + FOOTER + "\n");
    }

    @Test
    void theRoot_isTheHomePage_andPagesKeepTheirETags() {
        var home = api.get("/index.html");
        assertThat(api.get("/").text()).isEqualTo(home.text());
        String etag = home.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(api.send("GET", "/index.html", null, null, "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        assertThat(home.header("Cache-Control")).isEqualTo("max-age=0");
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = s.indexOf(to, a + from.length());
        assertThat(a).as(from).isNotNegative();
        assertThat(b).as(to).isNotNegative();
        return s.substring(a + from.length(), b);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> allMatches(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
