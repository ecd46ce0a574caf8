package org.backcrack.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.SoundClass;

/**
 * Real assessments from answers files the repository already has: the two examples of the README, two clinical
 * vignettes of the triage audit, and the desk worker with a recording's counts added.
 */
final class Cases {
    static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    static final Assessor ASSESSOR = new Assessor(KB);
    static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("..");
    private static final Path VIGNETTES = ROOT.resolve("backcrack-assess/src/test/resources");

    /**
     * One case: a name, the answers, and the recording counts to export with them (empty for none).
     *
     * @param name    what it shows
     * @param answers the answers, read and checked by AnswersReader
     * @param sounds  sound counts of a recording
     */
    record Case(String name, Answers answers, List<SoundCount> sounds) {
        Assessment assessment() {
            return ASSESSOR.assess(answers);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Cases() {}

    static List<Case> all() {
        Answers desk = answers(ROOT.resolve("examples/desk-worker.json"));
        Instant recorded = Instant.parse("2026-11-20T09:12:45Z");
        return List.of(
                new Case("self-care: examples/desk-worker.json", desk, List.of()),
                new Case(
                        "unanswered questions, pain score: examples/sciatica.json",
                        answers(ROOT.resolve("examples/sciatica.json")),
                        List.of()),
                new Case(
                        "red flag, emergency: vignette v63_full_cauda_equina_picture",
                        answers(VIGNETTES.resolve("vignettes/v63_full_cauda_equina_picture.json")),
                        List.of()),
                new Case(
                        "red flag on unanswered pain (precautionary), urgent: vignette h013",
                        answers(VIGNETTES.resolve("vignettes-heldout/h013_cancer_history_pain_skipped.json")),
                        List.of()),
                new Case(
                        "recording: desk worker with 3 pops, 0 snaps, 1 grating train",
                        desk.with("recording_pops", 3)
                                .with("recording_snaps", 0)
                                .with("recording_snaps_repeat", false)
                                .with("recording_crepitus_trains", 1),
                        List.of(
                                new SoundCount(SoundClass.CAVITATION, 3, recorded),
                                new SoundCount(SoundClass.SOFT_TISSUE_SNAP, 0, recorded),
                                new SoundCount(SoundClass.CREPITUS, 1, recorded))));
    }

    /** The answers of an answers file, or of a vignette's {@code answers} object. */
    static Answers answers(Path file) {
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return new AnswersReader(KB).read(n.has("answers") ? n.get("answers") : n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reproducible resource ids: 00000000-0000-4000-8000-000000000001, ...02, ... */
    static Supplier<UUID> sequentialIds() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | next.incrementAndGet());
    }

    static FhirExport export() {
        return new FhirExport(KB, sequentialIds());
    }
}
