package org.backcrack.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcrack.core.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage behaviour every database must have; subclassed once per database. */
abstract class JournalStoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    MutableClock clock;
    String url;
    JournalStore store;

    /** A JDBC URL of an empty database. */
    abstract String newDatabaseUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        clock = new MutableClock(T0);
        url = newDatabaseUrl();
        store = JournalStore.open(url, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static EntryData entry(String date, int pops, Integer pain) {
        return new EntryData(
                LocalDate.parse(date),
                "lower_back",
                "stretch",
                new SoundCounts(pops, 1, 0),
                pain,
                "after the desk day",
                "{\"triage\":{\"level\":\"self_care\"}}");
    }

    static EntryData withReport(String report) {
        return new EntryData(LocalDate.parse("2026-03-02"), null, null, new SoundCounts(1, 0, 0), null, null, report);
    }

    @Test
    void add_keepsTheReportsKnowledgeVersionAndTriageLevelInTheirColumns_andUpdateChangesThem() {
        JournalEntry added = store.add(
                "alice", withReport("{\"knowledge_version\":\"2026.11.1\",\"triage\":{\"level\":\"urgent\"}}"));
        assertThat(store.list("alice").get(0).stored()).isEqualTo(new StoredAssessment("2026.11.1", "urgent"));

        store.update("alice", added.id(), withReport(null));
        assertThat(store.list("alice").get(0).stored()).isEqualTo(new StoredAssessment(null, null));
    }

    @Test
    void migration_fillsTheColumnsOfEntriesStoredBeforeThem() throws Exception {
        // A database as version 2 of the schema left it, with one entry holding a report.
        String old = newDatabaseUrl();
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setJdbcUrl(old);
            org.flywaydb.core.Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .target("2")
                    .load()
                    .migrate();
            try (var c = pool.getConnection();
                    var insert = c.prepareStatement("INSERT INTO journal_entries (id, user_id, entry_date, assessment,"
                            + " created_at, updated_at) VALUES ('e1', 'alice', '2026-01-05', ?, ?, ?)")) {
                insert.setString(1, "{\"knowledge_version\":\"2026.10.0\",\"triage\":{\"level\":\"soon\"}}");
                insert.setString(2, T0.toString());
                insert.setString(3, T0.toString());
                insert.executeUpdate();
            }
        }

        try (JournalStore migrated = JournalStore.open(old, clock)) {
            assertThat(migrated.list("alice")).singleElement().satisfies(e -> {
                assertThat(e.stored()).isEqualTo(new StoredAssessment("2026.10.0", "soon"));
                assertThat(e.data().assessment()).contains("2026.10.0");
            });
        }
    }

    @Test
    void add_thenList_returnsTheEntryWithEveryField() {
        JournalEntry added = store.add("alice", entry("2026-03-01", 3, 2));

        assertThat(store.list("alice")).containsExactly(added);
        assertThat(added.userId()).isEqualTo("alice");
        assertThat(added.data()).isEqualTo(entry("2026-03-01", 3, 2));
        assertThat(added.created()).isEqualTo(T0);
        assertThat(added.updated()).isEqualTo(T0);
    }

    @Test
    void add_withNothingOptional_keepsNulls() {
        EntryData bare = new EntryData(LocalDate.parse("2026-03-02"), null, null, SoundCounts.NONE, null, null, null);

        assertThat(store.add("alice", bare).data()).isEqualTo(bare);
    }

    @Test
    void list_ordersByDate() {
        store.add("alice", entry("2026-03-05", 1, null));
        store.add("alice", entry("2026-03-01", 2, null));
        store.add("alice", entry("2026-03-03", 3, null));

        assertThat(store.list("alice"))
                .extracting(e -> e.data().date().toString())
                .containsExactly("2026-03-01", "2026-03-03", "2026-03-05");
    }

    @Test
    void update_replacesContentAndUpdatedTime_keepsCreated() {
        JournalEntry added = store.add("alice", entry("2026-03-01", 3, 2));
        clock.advance(Duration.ofHours(1));

        JournalEntry changed =
                store.update("alice", added.id(), entry("2026-03-02", 0, 5)).orElseThrow();

        assertThat(changed.data()).isEqualTo(entry("2026-03-02", 0, 5));
        assertThat(changed.created()).isEqualTo(T0);
        assertThat(changed.updated()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(store.list("alice")).containsExactly(changed);
    }

    @Test
    void delete_removesOnlyThatEntry() {
        JournalEntry a = store.add("alice", entry("2026-03-01", 1, null));
        JournalEntry b = store.add("alice", entry("2026-03-02", 2, null));

        assertThat(store.delete("alice", a.id())).isTrue();
        assertThat(store.delete("alice", a.id())).isFalse();
        assertThat(store.list("alice")).containsExactly(b);
    }

    @Test
    void anotherUsersEntry_cannotBeRead_changed_orDeleted() {
        JournalEntry mine = store.add("alice", entry("2026-03-01", 1, 1));

        assertThat(store.list("bob")).isEmpty();
        assertThat(store.find("bob", mine.id())).isEmpty();
        assertThat(store.update("bob", mine.id(), entry("2026-03-09", 9, 9))).isEmpty();
        assertThat(store.delete("bob", mine.id())).isFalse();
        assertThat(store.list("alice")).containsExactly(mine);
    }

    @Test
    void reopening_theDatabase_keepsEntriesAccountsAndSessions() {
        JournalEntry mine = store.add("alice", entry("2026-03-01", 1, 1));
        User u = store.addUser("alice", "$argon2id$hash");
        store.addSession(new Session("h", u.id(), "c", T0.plus(Duration.ofDays(1))));

        try (JournalStore reopened = JournalStore.open(url, clock)) {
            assertThat(reopened.list("alice")).containsExactly(mine);
            assertThat(reopened.userByName("alice")).contains(u);
            assertThat(reopened.session("h")).isPresent();
        }
    }

    @Test
    void close_closesThePool_andTheStoreRefusesWorkAfterwards() {
        store.add("alice", entry("2026-03-01", 1, 1));
        JournalStore quota = store.withQuota(5, 1000);

        store.close();

        assertThat(store.isClosed()).isTrue();
        assertThat(quota.isClosed()).as("a withQuota copy shares the pool").isTrue();
        assertThatThrownBy(() -> store.list("alice"))
                .hasRootCauseMessage("HikariDataSource HikariDataSource " + "(backcrack-journal) has been closed.");
        store.close(); // twice is harmless (the @AfterEach closes it again)
    }

    @Test
    void addUser_withATakenName_isAccountTaken() {
        store.addUser("alice", "x");

        assertThatThrownBy(() -> store.addUser("alice", "y"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).key()).isEqualTo("account.taken");
                    assertThat(((InputException) e).field()).isEqualTo("username");
                });
    }

    @Test
    void session_isFoundUntilItExpires_andNotAfterDeletion() {
        User u = store.addUser("alice", "x");
        store.addSession(new Session("h1", u.id(), "c1", T0.plus(Duration.ofMinutes(10))));
        store.addSession(new Session("h2", u.id(), "c2", T0.plus(Duration.ofMinutes(30))));

        assertThat(store.session("h1")).map(Session::csrfToken).contains("c1");
        clock.advance(Duration.ofMinutes(20));
        assertThat(store.session("h1")).isEmpty();
        store.deleteSession("h2");
        assertThat(store.session("h2")).isEmpty();
        assertThat(store.username(u.id())).contains("alice");
    }

    @Test
    void addSession_forgetsExpiredSessions() {
        User u = store.addUser("alice", "x");
        store.addSession(new Session("old", u.id(), "c1", T0.plus(Duration.ofMinutes(10))));
        clock.advance(Duration.ofMinutes(20));
        store.addSession(new Session("new", u.id(), "c2", T0.plus(Duration.ofHours(1))));
        clock.advance(Duration.ofMinutes(-20));

        assertThat(store.session("old")).isEmpty();
        assertThat(store.session("new")).isPresent();
    }

    @Test
    void open_withAnUnsupportedUrl_saysWhichUrlsWork() {
        assertThatThrownBy(() -> JournalStore.open("jdbc:mysql://x/y?password=secret", clock))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("jdbc:sqlite:FILE")
                .hasMessageNotContaining("secret");
    }

    @Test
    void entries_ofManyUsers_stayApart() {
        for (String user : List.of("a", "b", "c")) {
            store.add(user, entry("2026-03-01", user.charAt(0) - 'a', null));
        }
        assertThat(store.list("b"))
                .singleElement()
                .extracting(e -> e.data().sounds().cavitation())
                .isEqualTo(1);
    }
}
