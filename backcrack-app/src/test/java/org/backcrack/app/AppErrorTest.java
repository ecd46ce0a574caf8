package org.backcrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AppErrorTest {
    // Uniqueness, format, names and meanings of every module's keys: ErrorKeysDocTest (backcrack-architecture).

    @Test
    void everyKey_hasAnErrorStatus() {
        for (AppError e : AppError.values()) {
            assertThat(e.httpStatus()).as(e.key()).isBetween(400, 599);
        }
        assertThat(AppError.httpStatusKey(400)).isEqualTo("http.400");
    }

    /**
     * Keys are written through the enum, not as string literals (InputException takes only an enum constant; the
     * HTTP helpers also take a status and a string, for core's keys and {@code http.STATUS}).
     */
    @Test
    void mainCode_writesNoKeyLiterals() throws IOException {
        Pattern literal = Pattern.compile("HttpProblem\\(\\s*(\\d+,\\s*)?\"|Http\\.error\\([^,]+," + "\\s*\\d+,\\s*\"");
        Set<String> offenders = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (literal.matcher(Files.readString(p)).find()) {
                    offenders.add(p.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
