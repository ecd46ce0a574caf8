package org.backcrack.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.backcrack.app.report.KnowledgeMarkdown;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack knowledge}: prints the knowledge base for review. */
@Command(
        name = "knowledge",
        mixinStandardHelpOptions = true,
        header = "Prints the knowledge base: mechanisms, questions, evidence, red-flag rules, advice, sources.",
        descriptionHeading = "%n",
        description = {
            "Prints the knowledge base the assessment uses: mechanisms, questions, likelihood ratios, red-flag "
                    + "rules with their guidelines, advice, and where each claim of the source article is "
                    + "implemented.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack knowledge --format markdown > docs/knowledge.md   readable tables (committed)",
            "  backcrack knowledge --format yaml                           the source file itself"
        })
final class KnowledgeCommand implements Callable<Integer> {
    enum Format {
        markdown,
        yaml
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.print(KnowledgeMarkdown.of(KnowledgeLoader.builtIn()));
        } else {
            try (InputStream in = KnowledgeLoader.class.getResourceAsStream(KnowledgeLoader.BUILT_IN)) {
                out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        out.flush();
        return Cli.OK;
    }
}
