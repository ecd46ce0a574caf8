package org.backcrack.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalStoreTest extends JournalStoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    @Test
    void defaultUrl_usesXdgDataHome_elseLocalShare() {
        assertThat(JournalStore.defaultUrl(Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString()), "/nowhere"))
                .isEqualTo("jdbc:sqlite:" + dir.resolve("xdg/backcrack/journal.db"));
        assertThat(JournalStore.defaultUrl(Map.of(), dir.toString()))
                .isEqualTo("jdbc:sqlite:" + dir.resolve(".local/share/backcrack/journal.db"));
        assertThat(dir.resolve(".local/share/backcrack")).isDirectory();
        // $HOME wins over Java's user.home (which comes from the password file, not the environment).
        assertThat(JournalStore.defaultUrl(Map.of("HOME", dir.resolve("home").toString()), "/nowhere"))
                .isEqualTo("jdbc:sqlite:" + dir.resolve("home/.local/share/backcrack/journal.db"));
    }
}
