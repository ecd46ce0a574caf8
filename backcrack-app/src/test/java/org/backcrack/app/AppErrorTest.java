package org.backcrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcrack.assess.AssessError;
import org.backcrack.core.CoreError;
import org.backcrack.core.ErrorKey;
import org.backcrack.physics.PhysicsError;
import org.junit.jupiter.api.Test;

class AppErrorTest {
    /** Dotted lower case: words of lower-case letters, digits and underscores, joined by dots. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    /** The web API's first keys have no dot; clients rely on them, so they stay. New keys have a dot. */
    private static final Set<String> UNDOTTED = Set.of("not_found", "method_not_allowed", "internal");

    @Test
    void keys_areUniqueAndDottedLowerCase() {
        List<String> keys = Arrays.stream(AppError.values()).map(AppError::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(k -> assertThat(k).matches(KEY));
        assertThat(keys.stream().filter(k -> !k.contains(".")).collect(Collectors.toSet()))
                .isEqualTo(UNDOTTED);
    }

    @Test
    void names_followTheirKeys() {
        for (AppError e : AppError.values()) {
            assertThat(e.name()).isEqualTo(e.key().replace('.', '_').toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void keys_doNotRepeatTheKeysOfTheModulesBelow() {
        Set<String> below = Stream.of(CoreError.values(), PhysicsError.values(), AssessError.values())
                .flatMap(Arrays::stream)
                .map(ErrorKey::key)
                .collect(Collectors.toSet());
        assertThat(Arrays.stream(AppError.values()).map(AppError::key)).noneMatch(below::contains);
    }

    @Test
    void everyKey_hasAMeaningAndAnErrorStatus() {
        for (AppError e : AppError.values()) {
            assertThat(e.meaning()).as(e.key()).isNotBlank().doesNotEndWith(".");
            assertThat(e.httpStatus()).as(e.key()).isBetween(400, 599);
        }
        assertThat(AppError.httpStatusKey(400)).isEqualTo("http.400");
    }

    /** Keys are written through the enum, not as string literals. */
    @Test
    void mainCode_writesNoKeyLiterals() throws IOException {
        Pattern literal = Pattern.compile(
                "(InputException|HttpProblem)\\(\\s*(\\d+,\\s*)?\"|Http\\.error\\([^,]+," + "\\s*\\d+,\\s*\"");
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
