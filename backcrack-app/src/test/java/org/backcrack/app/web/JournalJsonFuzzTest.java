package org.backcrack.app.web;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.backcrack.app.journal.JournalEntry;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;

/**
 * Coverage-guided fuzzing of the journal entry reader (Jazzer): any text the server would parse either is
 * refused with an {@link InputException} or reads as an entry that writes back as JSON and CSV and reads again
 * the same. Committed inputs run as regression tests in every build; {@code .ci/run} fuzzes.
 */
class JournalJsonFuzzTest {
    private static final JournalJson JOURNAL = new JournalJson(KnowledgeLoader.builtIn(), Http.JSON);

    @FuzzTest(maxDuration = "60s")
    void anyText_isAnEntryThatRoundTrips_orAClearError(String text) {
        if (text == null) {
            return; // Jazzer passes null as one of its inputs
        }
        JsonNode n;
        try {
            n = Http.JSON.readTree(text);
        } catch (JacksonException notJson) {
            return;
        }
        try {
            var data = JOURNAL.read(n);
            var entry = new JournalEntry("id", "user", data, Instant.EPOCH, Instant.EPOCH);
            var json = JOURNAL.toJson(entry);
            JOURNAL.csv(java.util.List.of(entry));
            json.remove(java.util.List.of("id", "created", "updated"));
            if (!JOURNAL.read(json).equals(data)) {
                throw new IllegalStateException("entry does not read back the same: " + json);
            }
        } catch (InputException expected) {
            // refused with the field named: the accepted outcome
        }
    }
}
