package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.journal.TestPostgres;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Concurrent journal writes through the HTTP API, on SQLite and on PostgreSQL (embedded): every write the
 * server acknowledged (201 with an id) is there afterwards, and none failed. Bounded: 8 writers x 150 entries.
 */
class JournalWriteLoadTest {
    private static final int WRITERS = 8;
    private static final int EACH = 150;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentWriters_everyAcknowledgedEntryIsKept(String db) throws Exception {
        String url = db.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("journal.db") : TestPostgres.newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try (WebServer server = WebServer.start(
                WebOptions.local("127.0.0.1", 0),
                JournalStore.open(url, Clock.systemUTC()),
                KnowledgeLoader.builtIn())) {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    ApiClient c = new ApiClient(server.url()).withCsrf();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        var r = c.post(
                                "/api/v1/journal",
                                "{\"date\": \"2026-02-" + String.format("%02d", 1 + i % 28) + "\", \"pain\": "
                                        + (i % 11) + ", \"note\": \"writer " + writer + " entry " + i + "\"}");
                        assertThat(r.status()).as(r.text()).isEqualTo(201);
                        ids.add(r.json().get("id").asText());
                    }
                    return ids;
                }));
            }
            Set<String> acknowledged = new HashSet<>();
            for (Future<List<String>> f : writers) {
                acknowledged.addAll(f.get(100, TimeUnit.SECONDS));
            }
            Set<String> stored = new HashSet<>();
            new ApiClient(server.url())
                    .get("/api/v1/journal")
                    .json()
                    .forEach(e -> stored.add(e.get("id").asText()));
            assertThat(acknowledged).hasSize(WRITERS * EACH);
            assertThat(stored).containsAll(acknowledged);
        } finally {
            pool.shutdownNow();
        }
    }
}
