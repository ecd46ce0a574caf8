package org.backcrack.app.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored journal entry: its id, its owner, what was written, the stored assessment's knowledge version and
 * triage level (from their own columns), and when it was created and last changed.
 */
public record JournalEntry(
        String id, String userId, EntryData data, StoredAssessment stored, Instant created, Instant updated) {
    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** An entry whose columns are read from its report (for entries not read from a database). */
    public JournalEntry(String id, String userId, EntryData data, Instant created, Instant updated) {
        this(id, userId, data, StoredAssessment.of(data.assessment()), created, updated);
    }
}
