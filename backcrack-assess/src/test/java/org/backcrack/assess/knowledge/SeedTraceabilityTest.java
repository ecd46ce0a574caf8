package org.backcrack.assess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every excerpt and claim in the knowledge base is quoted verbatim from the seed document. */
class SeedTraceabilityTest {
    /** The committed copy of the seed (docs/seed.txt), checked against shared/ by SeedCopyTest. */
    static String seedText() throws IOException {
        return normalise(Files.readString(Path.of("..", "docs", "seed.txt"), StandardCharsets.UTF_8));
    }

    static String normalise(String s) {
        return s.replace('\u2014', '-').replaceAll("\\s+", " ");
    }

    @Test
    void everySeedExcerpt_appearsInTheSeed() throws IOException {
        String seed = seedText();
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.seed()).hasSize(7).allSatisfy(p ->
                assertThat(seed).as("paragraph %d", p.paragraph()).contains(normalise(p.excerpt())));
    }

    @Test
    void everyClaimQuote_appearsInTheSeed_inItsParagraphOrder() throws IOException {
        String seed = seedText();
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.claims()).hasSizeGreaterThanOrEqualTo(14).allSatisfy(c ->
                assertThat(seed).as("claim %s", c.id()).contains(normalise(c.quote())));
        // Claims are listed in the order they appear in the seed, so a reader can follow along.
        int last = -1;
        for (SeedClaim c : kb.claims()) {
            int at = seed.indexOf(normalise(c.quote()), Math.max(0, last));
            if (at < 0) {
                at = seed.indexOf(normalise(c.quote()));
            }
            assertThat(at).as("claim %s out of seed order", c.id()).isGreaterThanOrEqualTo(last);
            last = at;
        }
    }

    @Test
    void committedSeedCopy_matchesTheSharedSeed_whenTheSharedFolderIsThere() throws IOException {
        Path shared = Path.of("..", "..", "shared", "seed", "what-causes-your-back-to-crack.txt");
        Path copy = Path.of("..", "docs", "seed.txt");
        assertThat(copy).exists();
        if (Files.exists(shared)) {
            assertThat(Files.readString(copy)).isEqualTo(Files.readString(shared));
        }
    }
}
