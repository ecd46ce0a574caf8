package org.backcrack.app.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.backcrack.app.AppError;
import org.backcrack.core.InputException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The journal, the accounts and the sessions, in SQLite (the default, one file in the per-user data
 * directory) or PostgreSQL (a {@code jdbc:postgresql://} URL). The schema is Flyway's
 * ({@code db/migration}); every query is scoped by user id, so one user can never read another's entries.
 *
 * <p>Connections come from a HikariCP pool ({@link #poolSize(String)} says how large and why); whoever opens the
 * store closes it, which closes the pool and its connections.
 */
public final class JournalStore implements AutoCloseable {
    private static final String ENTRY_COLUMNS = "id, user_id, entry_date, region, trigger_movement, cavitation, "
            + "soft_tissue_snap, crepitus, pain, note, assessment, knowledge_version, triage_level, created_at, updated_at";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Clock clock;
    private final String url;

    private final int maxEntries;
    private final long maxChars;

    private JournalStore(HikariDataSource pool, Jdbi jdbi, Clock clock, String url, int maxEntries, long maxChars) {
        this.pool = pool;
        this.jdbi = jdbi;
        this.clock = clock;
        this.url = url;
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    /**
     * The same store with other per-user quotas (entries, characters of notes and reports). It shares this store's
     * pool: closing either closes both.
     */
    public JournalStore withQuota(int entries, long chars) {
        return new JournalStore(pool, jdbi, clock, url, entries, chars);
    }

    /**
     * Opens (and creates or migrates) the store at a JDBC URL: {@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://HOST/DB?user=U&password=P}.
     */
    public static JournalStore open(String jdbcUrl, Clock clock) {
        Properties props = new Properties();
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        if (sqlite) {
            props.setProperty("foreign_keys", "true");
            props.setProperty("busy_timeout", "5000");
            props.setProperty("journal_mode", "WAL");
            // A write transaction that reads first (the quota check) must take the write lock at BEGIN: two
            // deferred transactions that both read and then write deadlock, and SQLite answers one of them
            // SQLITE_BUSY at once, whatever the busy timeout (found by JournalWriteLoadTest).
            props.setProperty("transaction_mode", "IMMEDIATE");
        } else if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InputException(
                    AppError.DB_UNSUPPORTED_URL,
                    "--db",
                    "'" + redact(jdbcUrl) + "' is not a supported "
                            + "database URL. Use jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE?user=U&password=P.");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("backcrack-journal");
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(props);
        config.setMaximumPoolSize(poolSize(jdbcUrl));
        // A personal server is idle most of the time: keep one connection, open more when requests need them.
        config.setMinimumIdle(1);
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource(config);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:org/backcrack/app/journal/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw new InputException(
                    AppError.DB_UNREACHABLE,
                    "--db",
                    "cannot open the journal database at '" + redact(jdbcUrl) + "': " + rootMessage(e)
                            + ". Check the URL, that the server runs and the user may create tables.",
                    e);
        }
        return new JournalStore(pool, Jdbi.create(pool), clock, jdbcUrl, MAX_ENTRIES, MAX_CHARS);
    }

    /**
     * The most connections the pool opens.
     *
     * <p>SQLite: 4. In WAL mode readers run beside the one writer, so a few connections let a page's reads go on
     * while an entry is written (one connection would queue every read behind every write). Writers still go one
     * at a time: each write transaction takes the database lock at BEGIN and waits for it up to the 5 s busy
     * timeout, so a larger pool would only add waiters inside SQLite, which polls instead of queueing; with four,
     * at most three wait behind a write of a few milliseconds.
     *
     * <p>PostgreSQL: 10 (HikariCP's default). The journal's queries are short, so ten connections serve the
     * server's request threads without queueing for long, and take a tenth of PostgreSQL's default
     * {@code max_connections}, leaving room for other servers on the same database.
     */
    static int poolSize(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? 4 : 10;
    }

    /** Closes the pool and its connections; the store (and every {@link #withQuota} copy) is unusable after. */
    @Override
    public void close() {
        pool.close();
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return pool.isClosed();
    }

    /**
     * The default journal: {@code journal.db} in {@code $XDG_DATA_HOME/backcrack}, else in
     * {@code $HOME/.local/share/backcrack}, else under {@code userHome} (Java's {@code user.home}, which comes from
     * the password file and so ignores a {@code HOME} set by a test or a user).
     */
    public static String defaultUrl(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        String home = env.get("HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : userHome, ".local", "share");
        Path dir = base.resolve("backcrack");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    /** The URL without a password, safe to print. */
    public String describe() {
        return redact(url);
    }

    /** Fixed-width UTC times, so that text order is time order in both databases. */
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    static String time(Instant t) {
        return TIME.format(t);
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    // ---- journal

    public List<JournalEntry> list(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ENTRY_COLUMNS
                        + " FROM journal_entries WHERE user_id = :u " + "ORDER BY entry_date, created_at, id")
                .bind("u", userId)
                .map(JournalStore::entry)
                .list());
    }

    public Optional<JournalEntry> find(String userId, String id) {
        return jdbi.withHandle(h -> find(h, userId, id));
    }

    private static Optional<JournalEntry> find(Handle h, String userId, String id) {
        return h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM journal_entries WHERE user_id = :u AND id = :id")
                .bind("u", userId)
                .bind("id", id)
                .map(JournalStore::entry)
                .findOne();
    }

    /** Most entries one user may keep by default (years of daily entries). */
    public static final int MAX_ENTRIES = 10_000;
    /** Most characters of notes and stored reports one user may keep by default. */
    public static final long MAX_CHARS = 20L * 1024 * 1024;

    public JournalEntry add(String userId, EntryData data) {
        String id = UUID.randomUUID().toString();
        String now = time(clock.instant());
        jdbi.useTransaction(h -> {
            checkQuota(h, userId, null, data);
            h.createUpdate("INSERT INTO journal_entries (" + ENTRY_COLUMNS + ") VALUES (:id, :u, "
                            + ":date, :region, :trigger, :cav, :snap, :crep, :pain, :note, :assessment, :version, :level, "
                            + ":now, :now)")
                    .bind("id", id)
                    .bind("u", userId)
                    .bind("now", now)
                    .bindMap(values(data))
                    .execute();
        });
        return find(userId, id).orElseThrow();
    }

    /**
     * Refuses a write that would take the user past {@link #MAX_ENTRIES} entries or {@link #MAX_CHARS} characters
     * of notes and reports ({@code replacing}: the entry an update replaces, not counted twice).
     */
    private void checkQuota(Handle h, String userId, String replacing, EntryData data) {
        var row = h.createQuery(
                        "SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(note)), 0) + COALESCE(SUM(LENGTH(assessment)), 0)"
                                + " AS chars FROM journal_entries WHERE user_id = :u AND id <> :r")
                .bind("u", userId)
                .bind("r", replacing == null ? "" : replacing)
                .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("chars")})
                .one();
        if (replacing == null && row[0] >= maxEntries) {
            throw new QuotaExceeded(
                    null,
                    "your journal has " + row[0] + " entries, the most one account keeps (" + maxEntries
                            + "). Export it (GET /api/v1/journal/export) and delete old entries to add more.");
        }
        long adding = (data.note() == null ? 0L : (long) data.note().length())
                + (data.assessment() == null ? 0 : data.assessment().length());
        if (row[1] + adding > maxChars) {
            throw new QuotaExceeded(
                    "assessment",
                    "your journal's notes and reports would take " + (row[1] + adding) + " characters, more than the "
                            + maxChars + " one account keeps. Export it and delete old entries.");
        }
    }

    /** Replaces an entry's content; empty when the user has no entry with this id. */
    public Optional<JournalEntry> update(String userId, String id, EntryData data) {
        return jdbi.inTransaction(h -> {
            checkQuota(h, userId, id, data);
            int n = h.createUpdate("UPDATE journal_entries SET entry_date = :date, region = :region, "
                            + "trigger_movement = :trigger, cavitation = :cav, soft_tissue_snap = :snap, crepitus = :crep, "
                            + "pain = :pain, note = :note, assessment = :assessment, knowledge_version = :version, "
                            + "triage_level = :level, updated_at = :now "
                            + "WHERE user_id = :u AND id = :id")
                    .bind("id", id)
                    .bind("u", userId)
                    .bind("now", time(clock.instant()))
                    .bindMap(values(data))
                    .execute();
            return n == 0 ? Optional.empty() : find(h, userId, id);
        });
    }

    /** Deletes an entry; false when the user has no entry with this id. */
    public boolean delete(String userId, String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM journal_entries WHERE user_id = :u AND id = :id")
                        .bind("u", userId)
                        .bind("id", id)
                        .execute())
                > 0;
    }

    private static Map<String, Object> values(EntryData d) {
        var m = new java.util.HashMap<String, Object>();
        m.put("date", d.date().toString());
        m.put("region", d.region());
        m.put("trigger", d.trigger());
        m.put("cav", d.sounds().cavitation());
        m.put("snap", d.sounds().softTissueSnap());
        m.put("crep", d.sounds().crepitus());
        m.put("pain", d.pain());
        m.put("note", d.note());
        m.put("assessment", d.assessment());
        StoredAssessment stored = StoredAssessment.of(d.assessment());
        m.put("version", stored.knowledgeVersion());
        m.put("level", stored.triageLevel());
        return m;
    }

    private static JournalEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        int pain = rs.getInt("pain");
        Integer painOrNull = rs.wasNull() ? null : pain;
        EntryData data = new EntryData(
                LocalDate.parse(rs.getString("entry_date")),
                rs.getString("region"),
                rs.getString("trigger_movement"),
                new SoundCounts(rs.getInt("cavitation"), rs.getInt("soft_tissue_snap"), rs.getInt("crepitus")),
                painOrNull,
                rs.getString("note"),
                rs.getString("assessment"));
        return new JournalEntry(
                rs.getString("id"),
                rs.getString("user_id"),
                data,
                new StoredAssessment(rs.getString("knowledge_version"), rs.getString("triage_level")),
                Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")));
    }

    // ---- accounts

    public Optional<User> userByName(String username) {
        // Names are matched without regard to case: 'ALICE' and 'alice' are one account.
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, username, password_hash FROM users " + "WHERE LOWER(username) = LOWER(:n)")
                .bind("n", username)
                .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("username"), rs.getString("password_hash")))
                .findOne());
    }

    public Optional<String> username(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT username FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
    }

    /** Creates an account; an {@link InputException} {@code account.taken} when the name is in use. */
    public User addUser(String username, String passwordHash) {
        User u = new User(UUID.randomUUID().toString(), username, passwordHash);
        if (userByName(username).isPresent()) {
            throw new InputException(
                    AppError.ACCOUNT_TAKEN,
                    "username",
                    "the user name '" + username + "' is already taken; choose another or log in.");
        }
        try {
            jdbi.useHandle(h -> h.createUpdate(
                            "INSERT INTO users (id, username, password_hash, created_at) " + "VALUES (:id, :n, :p, :t)")
                    .bind("id", u.id())
                    .bind("n", username)
                    .bind("p", passwordHash)
                    .bind("t", time(clock.instant()))
                    .execute());
        } catch (RuntimeException e) {
            if (userByName(username).isPresent()) {
                throw new InputException(
                        AppError.ACCOUNT_TAKEN,
                        "username",
                        "the user name '" + username + "' is already taken; choose another or log in.");
            }
            throw e;
        }
        return u;
    }

    // ---- sessions

    /** Stores a new session, and forgets the sessions that have expired. */
    public void addSession(Session s) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", time(clock.instant()))
                .execute());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) "
                        + "VALUES (:t, :u, :c, :e)")
                .bind("t", s.tokenHash())
                .bind("u", s.userId())
                .bind("c", s.csrfToken())
                .bind("e", time(s.expires()))
                .execute());
    }

    /** The session with this token hash, if it exists and has not expired. */
    public Optional<Session> session(String tokenHash) {
        String now = time(clock.instant());
        return jdbi.withHandle(h -> h.createQuery("SELECT token_hash, user_id, csrf_token, expires_at FROM sessions "
                        + "WHERE token_hash = :t AND expires_at > :now")
                .bind("t", tokenHash)
                .bind("now", now)
                .map((rs, ctx) -> new Session(
                        rs.getString("token_hash"),
                        rs.getString("user_id"),
                        rs.getString("csrf_token"),
                        Instant.parse(rs.getString("expires_at"))))
                .findOne());
    }

    /** Ends every session of a user (log out everywhere). */
    public void deleteSessions(String userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u")
                .bind("u", userId)
                .execute());
    }

    public void deleteSession(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :t")
                .bind("t", tokenHash)
                .execute());
    }
}
