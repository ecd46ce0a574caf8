package org.backcrack.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssessErrorTest {

    @Test
    void keys_areUnique() {
        List<String> keys =
                Arrays.stream(AssessError.values()).map(AssessError::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void keys_areDottedLowerCase_andMatchTheConstantsName() {
        for (AssessError e : AssessError.values()) {
            assertThat(e.key()).as(e.name()).matches("[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)+");
            assertThat(e.key())
                    .as(e.name())
                    .isEqualTo(e.name().toLowerCase(Locale.ROOT).replaceFirst("_", "."));
        }
    }

    @Test
    void everyKey_saysWhatItMeans() {
        for (AssessError e : AssessError.values()) {
            assertThat(e.meaning()).as(e.key()).isNotBlank().doesNotEndWith(".");
        }
    }

    /** A key written as a string literal in main code would bypass the list clients and docs rely on. */
    @Test
    void mainCode_usesTheConstants_notKeyLiterals() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<Path> literal = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("InputException(\"");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(literal).isEmpty();
        }
    }
}
