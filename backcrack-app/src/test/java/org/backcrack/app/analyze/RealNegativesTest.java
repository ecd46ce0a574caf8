package org.backcrack.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backcrack.acoustics.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer on real audio that holds no joint sound: speech from espeak-ng, voice recordings from
 * alsa-utils and a game's explosions (backcrack-bench/scripts/negative-audio.sh writes them from Debian's packages; .ci/run
 * installs them, and this test fails without them). The bounds guard what was reached (docs/acoustics.md,
 * "Real negatives"), not the target of at most one false event per ten minutes, which is not met: before
 * this check the analyzer reported 400 to 480 joint sounds per ten minutes of speech.
 */
class RealNegativesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheNegatives() throws Exception {
        Process p = new ProcessBuilder(
                        "bash",
                        Path.of("..", "backcrack-bench", "scripts", "negative-audio.sh")
                                .toString(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES))
                .as("negative-audio.sh finished")
                .isTrue();
        assertThat(p.exitValue())
                .as("negative-audio.sh failed (install what it names; .ci/run does): %s", output)
                .isZero();
    }

    private static List<NegativesCheck.Row> check(String prefix) throws Exception {
        List<NegativesCheck.Row> rows = new ArrayList<>();
        for (String set : List.of("dev", "heldout")) {
            try (var files = Files.list(dir.resolve(set))) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .sorted()
                        .toList()) {
                    rows.add(NegativesCheck.check(f, Analyzer.standard(), 30));
                }
            }
        }
        assertThat(rows).as("files starting with %s", prefix).isNotEmpty();
        return rows;
    }

    private static double perTenMinutes(List<NegativesCheck.Row> rows, boolean noisy) {
        double seconds = rows.stream().mapToDouble(NegativesCheck.Row::seconds).sum();
        int events = rows.stream().mapToInt(r -> noisy ? r.noisy() : r.asIs()).sum();
        return events / seconds * 600;
    }

    @Test
    void speech_fromFiveVoices_isRarelyTakenForJointSounds() throws Exception {
        List<NegativesCheck.Row> rows = check("espeak_");
        assertThat(rows.stream().mapToDouble(NegativesCheck.Row::seconds).sum())
                .as("minutes of speech")
                .isGreaterThan(3000);
        // 1.7 as they are and 0.5 over a noise floor since the voice-within-a-second rule (4.7 and 3.9
        // before it).
        assertThat(perTenMinutes(rows, false)).isLessThan(4);
        assertThat(perTenMinutes(rows, true)).isLessThan(4);
    }

    @Test
    void recordedVoices_asTheyAre_giveNoJointSound() throws Exception {
        List<NegativesCheck.Row> rows = check("alsa_");
        assertThat(rows.stream().mapToInt(NegativesCheck.Row::asIs).sum()).isZero();
    }

    @Test
    void gameExplosions_overANoiseFloor_areNotCutIntoPops() throws Exception {
        // Chromium B.S.U.'s three explosions (development set): one loud second each, which the detector cuts at
        // its every new attack. 6 false events over a noise floor since a pop or a snap cannot be a piece of a
        // sound longer than Analyzer.MAX_JOINT_SOUND (57 before).
        List<NegativesCheck.Row> rows = check("chromiumbsu_explo");
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().mapToInt(NegativesCheck.Row::noisy).sum()).isLessThan(15);
    }
}
