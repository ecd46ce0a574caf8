package org.backcrack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.backcrack.app.AppError;
import org.backcrack.assess.audit.TriageAudit;
import org.backcrack.assess.audit.VignetteJson;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backcrack triage-audit DIR...}: the Semigran-style table of the triage on clinical vignettes. */
@Command(
        name = "triage-audit",
        mixinStandardHelpOptions = true,
        header =
                "Scores the triage on clinical vignettes: exact, over- and under-triage per level, emergency sensitivity.",
        descriptionHeading = "%n",
        description = {
            "Reads every *.json vignette in the given directories (each a set: its name is the directory's), runs "
                    + "the triage on its answers and compares with the level a clinician expects, as symptom "
                    + "checkers are audited (Semigran et al., BMJ 2015). Prints a Markdown table per expected "
                    + "level, per set and per kind of case, the emergency sensitivity, the urgent or emergency "
                    + "cases under-triaged, the over-triage rate, and every case not triaged as expected.",
            "",
            "A vignette is {\"id\", \"description\", \"basis\" (the guideline), \"tags\", \"answers\", "
                    + "\"expected\": {\"triage\": LEVEL}}; see docs/safety.md.",
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack triage-audit backcrack-assess/src/test/resources/vignettes \\",
            "      backcrack-assess/src/test/resources/vignettes-heldout      the table in docs/safety.md",
            "",
            "Exit codes: 0 table printed, 2 a directory or vignette could not be read (the message says which)."
        })
final class TriageAuditCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Directories of vignette files (*.json).")
    List<Path> dirs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Made here, not in a static field: the command line builds every command at start-up, and Jackson's
        // set-up was a third of a second of every other command's start.
        ObjectMapper json = new ObjectMapper();
        var kb = KnowledgeLoader.builtIn();
        VignetteJson reader = new VignetteJson(kb);
        List<TriageAudit.Vignette> all = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new InputException(
                        AppError.AUDIT_NOT_A_DIRECTORY,
                        dir.toString(),
                        "'" + dir + "' is not a directory; give directories of vignette *.json files");
            }
            String set = dir.getFileName().toString();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    JsonNode n;
                    try {
                        n = json.readTree(p.toFile());
                    } catch (IOException e) {
                        throw new InputException(AppError.VIGNETTE_BAD_JSON, p.toString(), p + " is not valid JSON", e);
                    }
                    all.add(reader.read(n, set, p.toString()));
                }
            }
        }
        if (all.isEmpty()) {
            throw new InputException(
                    AppError.AUDIT_NO_VIGNETTES, dirs.get(0).toString(), "no *.json vignettes in " + dirs);
        }
        var out = spec.commandLine().getOut();
        out.print(TriageAudit.run(new Assessor(kb), all).markdown());
        out.flush();
        return Cli.OK;
    }
}
