package org.backcrack.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalStoreTest extends JournalStoreContract {
    @TempDir
    Path dir;

    private int made;

    /** journal.db first (the tests below name its files), then a new file each time. */
    @Override
    String newDatabaseUrl() {
        made++;
        return "jdbc:sqlite:" + dir.resolve(made == 1 ? "journal.db" : "journal-" + made + ".db");
    }

    @Test
    void openCloseReopen_onTheSameFile_keepsTheData_andClosingReleasesTheFile() {
        JournalEntry mine = store.add("alice", entry("2026-03-01", 1, 1));
        User u = store.addUser("alice", "$argon2id$hash");
        store.addSession(new Session("h", u.id(), "c", T0.plus(Duration.ofDays(1))));
        Path wal = dir.resolve("journal.db-wal");
        assertThat(wal).as("the pool holds a connection open, in WAL mode").exists();

        store.close();

        // SQLite folds the write-ahead log into the file and deletes it when its last connection closes.
        assertThat(wal).doesNotExist();
        assertThat(dir.resolve("journal.db")).isNotEmptyFile();
        for (int round = 0; round < 2; round++) {
            try (JournalStore again = JournalStore.open(url, clock)) {
                assertThat(again.list("alice")).containsExactly(mine);
                assertThat(again.userByName("alice")).contains(u);
                assertThat(again.session("h")).isPresent();
            }
            assertThat(wal).doesNotExist();
        }
        store = JournalStore.open(url, clock); // for the @AfterEach
        assertThat(store.list("alice")).containsExactly(mine);
    }

    @Test
    void defaultUrl_usesXdgDataHome_elseLocalShare() {
        assertThat(JournalStore.defaultUrl(
                        Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString()), "/nowhere"))
                .isEqualTo("jdbc:sqlite:" + dir.resolve("xdg/backcrack/journal.db"));
        assertThat(JournalStore.defaultUrl(Map.of(), dir.toString()))
                .isEqualTo("jdbc:sqlite:" + dir.resolve(".local/share/backcrack/journal.db"));
        assertThat(dir.resolve(".local/share/backcrack")).isDirectory();
        // $HOME wins over Java's user.home (which comes from the password file, not the environment).
        assertThat(JournalStore.defaultUrl(Map.of("HOME", dir.resolve("home").toString()), "/nowhere"))
                .isEqualTo("jdbc:sqlite:" + dir.resolve("home/.local/share/backcrack/journal.db"));
    }
}
