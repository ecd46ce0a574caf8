package org.backcrack.assess.answers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;

/**
 * Coverage-guided fuzzing of the answers reader and the whole assessment (Jazzer): any text either fails to
 * parse as JSON, is refused with an {@link InputException}, or gives a report whose triage is a level and whose
 * error messages stay short. Committed inputs run as regression tests in every build; {@code .ci/run} fuzzes.
 */
class AnswersReaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnswersReader READER = new AnswersReader(KnowledgeLoader.builtIn());
    private static final Assessor ASSESSOR = new Assessor(KnowledgeLoader.builtIn());

    @FuzzTest(maxDuration = "60s")
    void anyText_givesAReportOrABoundedError(String text) {
        if (text == null) {
            return; // Jazzer passes null as one of its inputs
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JacksonException notJson) {
            return;
        }
        try {
            var a = ASSESSOR.assess(READER.read(n));
            if (a.triage().level() == null || a.mechanisms().isEmpty()) {
                throw new IllegalStateException("incomplete report");
            }
        } catch (InputException e) {
            // Bounded: at most 10 problems, each echoing at most 60 characters, plus the key list once.
            if (e.getMessage().length() > 4_000) {
                throw new IllegalStateException(
                        "error message of " + e.getMessage().length() + " characters");
            }
        }
    }
}
