package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./backcrack} launcher's JVM options, run as a user runs it, with a stand-in jar that prints the
 * options its JVM got ({@link Probe}): the quick compiler and a class-data archive for the short commands, the
 * JVM's defaults for the long ones, and nothing of the JVM's own on standard output.
 */
class LauncherTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path home;

    /** The stand-in for backcrack.jar: prints its JVM's options, then its arguments, one per line. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            // An old (Java 5) class file, as picocli's are: dumping a class-data archive warns about each one.
            Class.forName("picocli.CommandLine$Help$Ansi").getField("AUTO").get(null);
            for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                System.out.println("jvm " + o);
            }
            for (String a : args) {
                System.out.println("arg " + a);
            }
            if (List.of(args).contains("--fail")) {
                System.exit(3);
            }
        }
    }

    @BeforeEach
    void install() throws Exception {
        Path launcher = Files.copy(Path.of("..", "backcrack"), home.resolve("backcrack"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path jar = home.resolve("backcrack-app/target/backcrack.jar");
        Files.createDirectories(jar.getParent());
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        Path picocli = Path.of(picocli.CommandLine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        // Beside the jar, named relative to it as a Class-Path entry must be for a class-data archive to hold it.
        Files.copy(picocli, jar.resolveSibling("picocli.jar"));
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "picocli.jar");
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out, m);
                InputStream in = Probe.class.getResourceAsStream("/" + entry)) {
            j.putNextEntry(new JarEntry(entry));
            in.transferTo(j);
            j.closeEntry();
        }
    }

    private record Run(int status, List<String> jvm, List<String> args, List<String> stdout, String stderr) {}

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("sh", home.resolve("backcrack").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().remove("BACKCRACK_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
        List<String> jvm = lines.stream()
                .filter(l -> l.startsWith("jvm "))
                .map(l -> l.substring(4))
                .toList();
        List<String> arg = lines.stream()
                .filter(l -> l.startsWith("arg "))
                .map(l -> l.substring(4))
                .toList();
        return new Run(p.exitValue(), jvm, arg, lines, err);
    }

    private Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private List<Path> archives() throws IOException {
        Path dir = home.resolve("backcrack-app/target/cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aShortCommandMakesItsArchiveOnceAndThenUsesIt() throws Exception {
        Run first = run("knowledge", "--format", "json");
        assertThat(first.status()).isZero();
        assertThat(first.args()).containsExactly("knowledge", "--format", "json");
        assertThat(first.jvm()).contains(QUICK, "-XX:+UseSerialGC", "-XX:NewSize=256m");
        assertThat(first.jvm()).anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList="));
        // Standard output is the program's alone: the archive's warnings about old class files went nowhere.
        assertThat(first.stdout()).allMatch(l -> l.startsWith("jvm ") || l.startsWith("arg "));
        assertThat(first.stderr()).doesNotContain("cds");
        // Only the archive is left: the list of classes it was made from is gone.
        List<Path> made = archives();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getFileName().toString())
                .startsWith("knowledge-")
                .endsWith(".jsa");

        Run second = run("knowledge");
        assertThat(second.jvm()).contains(QUICK, "-XX:SharedArchiveFile=" + made.get(0));
        assertThat(second.jvm()).noneMatch(o -> o.startsWith("-XX:DumpLoadedClassList="));
        assertThat(archives()).isEqualTo(made);

        // A new build makes the archive stale: the next run makes it again, under the same name.
        Files.setLastModifiedTime(
                home.resolve("backcrack-app/target/backcrack.jar"),
                FileTime.fromMillis(Files.getLastModifiedTime(made.get(0)).toMillis() + 5_000));
        Run rebuilt = run("knowledge");
        assertThat(rebuilt.jvm()).anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList="));
        assertThat(archives()).isEqualTo(made);
    }

    @Test
    void theArchiveHoldsOldClassFilesToo() throws Exception {
        // Why the archive is a static one: a dynamic archive leaves picocli's Java 5 class files out.
        run("knowledge");
        Path log = home.resolve("classes.log");
        Run second = run(Map.of("BACKCRACK_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "knowledge");
        assertThat(second.jvm()).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        assertThat(Files.readAllLines(log))
                .anyMatch(l -> l.contains("picocli.CommandLine$Help$Ansi ") && l.contains("shared objects file"));
    }

    @Test
    void anyOtherFirstArgumentSharesTheRootArchive() throws Exception {
        run("--version");
        run("no-such-command");
        assertThat(archives()).hasSize(1);
        assertThat(archives().get(0).getFileName().toString()).startsWith("root-");
    }

    @Test
    void longCommandsKeepTheJvmDefaults() throws Exception {
        for (String c : List.of("serve", "evaluate", "corpus", "train-analyzer")) {
            Run r = run(c, "x");
            assertThat(r.args()).containsExactly(c, "x");
            assertThat(r.jvm()).as(c).doesNotContain(QUICK);
            assertThat(r.jvm())
                    .as(c)
                    .noneMatch(o -> o.contains("SharedArchiveFile") || o.contains("DumpLoadedClassList"));
        }
        assertThat(archives()).isEmpty();
    }

    @Test
    void analyzeIsQuickForARecordingAndNotForHoursOrADirectory() throws Exception {
        Path small = Files.write(home.resolve("small.wav"), new byte[1000]);
        assertThat(run("analyze", small.toString()).jvm()).contains(QUICK);
        // A directory given to --labels-dir is where labels go, not what is analysed.
        Path labels = Files.createDirectories(home.resolve("labels"));
        assertThat(run("analyze", small.toString(), "--labels-dir", labels.toString())
                        .jvm())
                .contains(QUICK);

        Path dir = Files.createDirectories(home.resolve("recordings"));
        assertThat(run("analyze", dir.toString()).jvm()).doesNotContain(QUICK);
        Path hours = home.resolve("hours.wav");
        try (RandomAccessFile f = new RandomAccessFile(hours.toFile(), "rw")) {
            f.setLength(700_000_000L); // sparse: nothing written
        }
        assertThat(run("analyze", hours.toString()).jvm()).doesNotContain(QUICK);
        assertThat(run("analyze", small.toString(), small.toString()).jvm()).contains(QUICK);
    }

    @Test
    void theUsersOptionsComeLastAndWin() throws Exception {
        Run r = run(Map.of("BACKCRACK_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Dfrom.user=yes"), "knowledge");
        assertThat(r.jvm()).contains(QUICK, "-XX:TieredStopAtLevel=4", "-Dfrom.user=yes");
        assertThat(r.jvm().indexOf("-XX:TieredStopAtLevel=4"))
                .isGreaterThan(r.jvm().indexOf(QUICK));
    }

    @Test
    void aFailedRunLeavesNoArchive() throws Exception {
        // The program fails after its classes are loaded (an archive could be written): none is kept, nor any
        // part of one, and the status is the program's.
        Run failed = run("knowledge", "--fail");
        assertThat(failed.status()).isEqualTo(3);
        assertThat(failed.jvm()).anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList="));
        assertThat(archives()).isEmpty();
        // A jar that is not one: the JVM fails before anything is written.
        Files.writeString(home.resolve("backcrack-app/target/backcrack.jar"), "not a jar");
        assertThat(run("knowledge").status()).isNotZero();
        assertThat(archives()).isEmpty();
    }
}
