package org.backcrack.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module depend on each other without a cycle: the base package (Answers, TriageLevel,
 * AssessError) on none, condition on the base, knowledge on condition, answers and engine on knowledge, audit on
 * them. A cycle would mean no package can be understood, or tested, without the others.
 */
class PackageCycleTest {
    private static final Pattern PACKAGE = Pattern.compile("^package (org\\.backcrack\\.assess[a-z.]*);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.backcrack\\.assess(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void assessPackages_haveNoCycle() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String text = read(p);
                Matcher pm = PACKAGE.matcher(text);
                assertThat(pm.find()).as(p.toString()).isTrue();
                String from = pm.group(1);
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher rm = REFERENCE.matcher(text.substring(pm.end()));
                while (rm.find()) {
                    if (!rm.group(1).equals(from)) {
                        to.add(rm.group(1));
                    }
                }
            });
        }
        assertThat(uses).containsKeys("org.backcrack.assess", "org.backcrack.assess.condition",
                "org.backcrack.assess.knowledge");
        for (String start : uses.keySet()) {
            assertThat(cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>()))
                    .as("a package cycle through " + start + " (dependencies: " + uses + ")").isEmpty();
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path,
            Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, uses, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
