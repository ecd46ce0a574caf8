package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's example outputs are real: every fenced block that starts with {@code $ ./backcrack ...} is
 * run in-process and its lines must be the command's first output lines (a final {@code ...} line marks
 * a trimmed example). {@code echo 'TEXT' | ./backcrack ...} feeds TEXT on standard input. Arguments that
 * name a file relative to the repository root are resolved there.
 *
 * <p>After an intended change, rewrite the blocks with
 * {@code ./mvnw -pl backcrack-app test -Dtest=ReadmeExamplesTest -Dreadme.update=true} and review the diff.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern ECHO = Pattern.compile("^echo '([^']*)' \\| (.*)$");

    @Test
    void readmeExamples_matchRealOutput() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(README));
        List<String> rewritten = new ArrayList<>();
        int examples = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rewritten.add(line);
            if (!line.equals("```") || i + 1 >= lines.size() || !isExample(lines.get(i + 1))) {
                continue;
            }
            int end = i + 1;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            List<String> block = lines.subList(i + 2, end);
            boolean trimmed = !block.isEmpty() && block.get(block.size() - 1).equals("...");
            List<String> expected = trimmed ? block.subList(0, block.size() - 1) : block;
            String commandLine = lines.get(i + 1).substring(2);
            List<String> actual = run(commandLine);
            List<String> shown = trimmed ? actual.subList(0, Math.min(expected.size(), actual.size())) : actual;
            if (!shown.equals(expected)) {
                mismatches.add(commandLine);
            }
            rewritten.add(lines.get(i + 1));
            rewritten.addAll(shown);
            if (trimmed) {
                rewritten.add("...");
            }
            examples++;
            i = end - 1;
        }
        if (Boolean.getBoolean("readme.update")) {
            Files.write(README, rewritten);
            return;
        }
        assertThat(examples).as("README examples found").isGreaterThanOrEqualTo(3);
        assertThat(mismatches)
                .as("README examples whose output changed (rerun with -Dreadme.update=true)")
                .isEmpty();
    }

    private static boolean isExample(String line) {
        return line.startsWith("$ ./backcrack ") || line.startsWith("$ echo '") && line.contains("| ./backcrack ");
    }

    private static List<String> run(String commandLine) {
        String stdin = "";
        Matcher echo = ECHO.matcher(commandLine);
        if (echo.matches()) {
            stdin = echo.group(1) + "\n";
            commandLine = echo.group(2);
        }
        String[] words = commandLine.trim().split("\\s+");
        assertThat(words[0]).isEqualTo("./backcrack");
        String[] args = new String[words.length - 1];
        for (int w = 1; w < words.length; w++) {
            Path candidate = ROOT.resolve(words[w]);
            args[w - 1] = !words[w].startsWith("-") && words[w].contains("/") && Files.exists(candidate)
                    ? candidate.toString()
                    : words[w];
        }
        CliRun r = CliRun.withInput(stdin, args);
        List<String> out = new ArrayList<>(r.out().lines().toList());
        out.addAll(r.err().lines().toList());
        return out;
    }
}
