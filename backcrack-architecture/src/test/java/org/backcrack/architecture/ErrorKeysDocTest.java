package org.backcrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backcrack.app.AppError;
import org.backcrack.assess.AssessError;
import org.backcrack.core.CoreError;
import org.backcrack.core.ErrorKey;
import org.backcrack.physics.PhysicsError;
import org.backcrack.spark.SparkError;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/errors.md} is the list of every error key a client can receive, generated from the modules'
 * {@link ErrorKey} enums; this test fails when the page and the enums disagree. Regenerate it with
 * {@code ./mvnw -pl backcrack-architecture -am test -Dtest=ErrorKeysDocTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Derrors.update=true}.
 */
class ErrorKeysDocTest {
    private static final Path DOC = Path.of("..", "docs", "errors.md");

    private record Module(String name, String what, ErrorKey[] keys) {}

    private static List<Module> modules() {
        return List.of(
                new Module("backcrack-core", "audio and label files", CoreError.values()),
                new Module("backcrack-physics", "scenario files and simulation limits", PhysicsError.values()),
                new Module("backcrack-assess", "answers and triage vignettes", AssessError.values()),
                new Module("backcrack-app", "the command line, the REST API and the journal", AppError.values()),
                new Module("backcrack-spark", "the Spark batch", SparkError.values()));
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder("""
                # Error keys

                Every error backcrack reports carries a stable key: the command line prints it with the message and
                exits with code 2; the REST API answers with the status below (400 where none is given) and a JSON body
                `{"error": KEY, "field": ..., "message": ...}`.
                Clients and tests may rely on the keys; the messages are for people and may change. Each module lists
                its keys in one enum beside what each means; this page is generated from those enums
                (`ErrorKeysDocTest` in backcrack-architecture fails when it is out of date). A request the HTTP server
                refuses before backcrack sees it is answered with `http.STATUS`, e.g. `http.400`.
                """);
        for (Module m : modules()) {
            boolean http = m.keys().length > 0 && m.keys()[0] instanceof AppError;
            sb.append("\n## ").append(m.name()).append(": ").append(m.what()).append("\n\n");
            sb.append(http ? "| key | HTTP status | meaning |\n|---|---|---|\n" : "| key | meaning |\n|---|---|\n");
            List<ErrorKey> keys = new ArrayList<>(List.of(m.keys()));
            keys.sort((a, b) -> a.key().compareTo(b.key()));
            for (ErrorKey k : keys) {
                sb.append("| `").append(k.key()).append("` | ");
                if (http) {
                    sb.append(((AppError) k).httpStatus()).append(" | ");
                }
                sb.append(k.meaning()).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The web API's first keys have no dot; clients rely on them, so they stay. New keys have a dot. */
    private static final Set<String> UNDOTTED = Set.of("not_found", "method_not_allowed", "internal");

    @Test
    void everyKeyIsUniqueAcrossModules_dottedLowerCase_namedAfterItself_andSaysWhatItMeans() {
        Map<String, String> owner = new HashMap<>();
        Set<String> undotted = new HashSet<>();
        for (Module m : modules()) {
            for (ErrorKey k : m.keys()) {
                assertThat(owner.put(k.key(), m.name()))
                        .as("key %s of %s", k.key(), m.name())
                        .isNull();
                assertThat(k.key()).as(m.name()).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
                assertThat(((Enum<?>) k).name())
                        .as(k.key())
                        .isEqualTo(k.key().replace('.', '_').toUpperCase(Locale.ROOT));
                assertThat(k.meaning()).as(k.key()).isNotBlank().doesNotEndWith(".");
                if (!k.key().contains(".")) {
                    undotted.add(k.key());
                }
            }
        }
        assertThat(undotted).isEqualTo(UNDOTTED);
    }

    @Test
    void docsErrorsMd_listsEveryKeyOfEveryModule() throws IOException {
        String expected = markdown();
        if (Boolean.getBoolean("errors.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC)
                .as("docs/errors.md; regenerate with -Derrors.update=true")
                .exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
