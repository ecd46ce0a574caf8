package org.backcrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of main code opens with a {@code package-info.java}: one "start here" paragraph saying what it
 * holds, its entry point and what it must not depend on. Javadoc-only package-info files leave no class file,
 * so this reads the sources.
 */
class PackageInfoTest {
    @Test
    void everyMainPackage_hasAStartHereParagraph() throws IOException {
        List<Path> missing;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            missing = modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .flatMap(PackageInfoTest::packageDirs)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
        }
        assertThat(missing).as("packages without package-info.java").isEmpty();
    }

    private static Stream<Path> packageDirs(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
