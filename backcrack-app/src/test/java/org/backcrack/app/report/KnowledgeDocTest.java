package org.backcrack.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcrack.app.cli.CliRun;
import org.junit.jupiter.api.Test;

/** docs/knowledge.md is the output of `backcrack knowledge --format markdown`, so it cannot drift. */
class KnowledgeDocTest {
    @Test
    void committedKnowledgeDoc_matchesTheKnowledgeBase() throws Exception {
        CliRun r = CliRun.run("knowledge", "--format", "markdown");
        assertThat(r.exitCode()).isZero();
        Path doc = Path.of("..", "docs", "knowledge.md");
        assertThat(doc)
                .as("regenerate with: ./backcrack knowledge --format markdown > docs/knowledge.md")
                .exists();
        assertThat(Files.readString(doc))
                .as(
                        "docs/knowledge.md is stale; regenerate with: ./backcrack knowledge --format markdown > docs/knowledge.md")
                .isEqualTo(r.out());
    }

    @Test
    void markdown_hasEverySection() {
        String md = CliRun.run("knowledge").out();
        assertThat(md)
                .contains(
                        "## Triage levels",
                        "## Mechanisms",
                        "## Findings",
                        "## Evidence",
                        "## Red-flag rules",
                        "## Advice",
                        "## Source-article traceability",
                        "## Sources");
        assertThat(md).contains("| `ces_saddle_anaesthesia` | **emergency** | saddle_numbness is yes |");
    }
}
