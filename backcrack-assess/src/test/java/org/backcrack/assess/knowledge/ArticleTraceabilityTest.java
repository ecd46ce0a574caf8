package org.backcrack.assess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every excerpt and claim in the knowledge base is quoted verbatim from the source article it implements
 * (shared/seed/what-causes-your-back-to-crack.txt, copied in docs/seed.txt).
 */
class ArticleTraceabilityTest {
    /** The committed copy of the article (docs/seed.txt), checked against shared/ below. */
    static String articleText() throws IOException {
        return normalise(Files.readString(Path.of("..", "docs", "seed.txt"), StandardCharsets.UTF_8));
    }

    static String normalise(String s) {
        return s.replace('\u2014', '-').replaceAll("\\s+", " ");
    }

    @Test
    void everyPassageExcerpt_appearsInTheArticle() throws IOException {
        String article = articleText();
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.articlePassages())
                .hasSize(7)
                .allSatisfy(p ->
                        assertThat(article).as("paragraph %d", p.paragraph()).contains(normalise(p.excerpt())));
    }

    @Test
    void everyClaimQuote_appearsInTheArticle_inItsParagraphOrder() throws IOException {
        String article = articleText();
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assertThat(kb.claims())
                .hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(c -> assertThat(article).as("claim %s", c.id()).contains(normalise(c.quote())));
        // Claims are listed in the order they appear in the article, so a reader can follow along.
        int last = -1;
        for (ArticleClaim c : kb.claims()) {
            int at = article.indexOf(normalise(c.quote()), Math.max(0, last));
            if (at < 0) {
                at = article.indexOf(normalise(c.quote()));
            }
            assertThat(at).as("claim %s out of article order", c.id()).isGreaterThanOrEqualTo(last);
            last = at;
        }
    }

    @Test
    void committedArticleCopy_matchesTheSharedOne_whenTheSharedFolderIsThere() throws IOException {
        Path shared = Path.of("..", "..", "shared", "seed", "what-causes-your-back-to-crack.txt");
        Path copy = Path.of("..", "docs", "seed.txt");
        assertThat(copy).exists();
        if (Files.exists(shared)) {
            assertThat(Files.readString(copy)).isEqualTo(Files.readString(shared));
        }
    }
}
