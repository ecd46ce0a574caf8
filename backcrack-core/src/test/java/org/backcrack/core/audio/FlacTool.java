package org.backcrack.core.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference FLAC encoder (Debian's {@code flac} command, which .ci/run installs) for tests: a test that
 * needs it fails when it is missing rather than passing without having checked anything. Shared with the
 * app's and the Spark job's tests through this module's test jar.
 */
public final class FlacTool {
    private FlacTool() {}

    /** Encodes a WAV file to FLAC with {@code flac}, passing {@code options}; returns {@code flac}. */
    public static Path encode(Path wav, Path flac, String... options) throws IOException, InterruptedException {
        Files.write(flac, encode(Files.readAllBytes(wav), options));
        return flac;
    }

    /** Encodes WAV bytes to FLAC bytes with {@code flac}, passing {@code options} (e.g. "-8", "--padding=0"). */
    public static byte[] encode(byte[] wav, String... options) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("flac-test");
        try {
            Path in = dir.resolve("in.wav");
            Path out = dir.resolve("out.flac");
            Files.write(in, wav);
            List<String> command = new ArrayList<>(List.of(executable(), "--silent", "--force"));
            command.addAll(List.of(options));
            command.addAll(List.of("-o", out.toString(), in.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("flac finished").isTrue();
            assertThat(p.exitValue()).as("flac failed: %s", output).isZero();
            return Files.readAllBytes(out);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The {@code flac} executable on the PATH; fails the test (never skips it) when there is none. */
    static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "flac"))) {
                return Path.of(dir, "flac").toString();
            }
        }
        throw new AssertionError(
                "the 'flac' command is needed to encode test files: apt-get install flac " + "(.ci/run installs it)");
    }
}
