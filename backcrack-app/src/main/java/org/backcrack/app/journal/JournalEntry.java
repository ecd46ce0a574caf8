package org.backcrack.app.journal;

import java.time.Instant;
import java.util.Objects;

/** One stored journal entry: its id, its owner, what was written, and when it was created and last changed. */
public record JournalEntry(String id, String userId, EntryData data, Instant created, Instant updated) {
    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
