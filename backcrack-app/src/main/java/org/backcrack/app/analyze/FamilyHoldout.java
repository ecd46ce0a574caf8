package org.backcrack.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.acoustics.evaluate.EventEvaluation;
import org.backcrack.acoustics.evaluate.Reliability;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;

/**
 * Held-out-family evaluation: the analyzer's classifier trained without one model family, and its confidence
 * calibrated without it (cross-fitted over the other families, as {@link AnalyzerTraining#trainCalibrated}
 * does for the committed model), scored on a corpus in which that family makes every sound of its class (or
 * sets every recording's condition). Training uses the committed training plan seed, calibration the
 * calibration plan seed, scoring a third plan seed, so no recording is shared.
 */
public final class FamilyHoldout {
    /** Plan seed of the held-out-family evaluation corpora (never trained on, never tuned on). */
    public static final long EVALUATION_PLAN_SEED = 20261127;

    private FamilyHoldout() {}

    /**
     * The model trained and calibrated without {@code family}: {@code trainCount} training recordings, then
     * {@code calibrationCount} calibration recordings for each other family.
     */
    public static AnalyzerModel trainWithout(
            String family, int trainCount, int calibrationCount, IntConsumer progress) {
        return AnalyzerTraining.trainCalibrated(
                        AnalyzerTraining.TRAINING_PLAN_SEED,
                        trainCount,
                        CorpusPlan.FamilyChoice.excluding(family),
                        AnalyzerTraining.CALIBRATION_PLAN_SEED,
                        calibrationCount,
                        progress)
                .model();
    }

    /**
     * Scores an analyzer on the corpus of this plan seed and family choice, simulated in memory.
     *
     * @param reliability if not null, also gets every event the analyzer finds with a threshold of 0
     */
    public static EventEvaluation score(
            Analyzer analyzer,
            long planSeed,
            int count,
            CorpusPlan.FamilyChoice choice,
            Reliability reliability,
            IntConsumer progress) {
        List<EventEvaluation> parts = new ArrayList<>();
        List<Scenario> plan = CorpusPlan.plan(planSeed, count, choice);
        for (int i = 0; i < plan.size(); i++) {
            Simulation sim = Simulator.run(plan.get(i));
            AudioClip clip = Quantise.asWritten(sim);
            SampleFormat format =
                    SampleFormat.fromId(sim.scenario().recording().format()).orElseThrow();
            AnalyzerResult a = analyzer.forFormat(format).analyze(clip);
            List<SoundEvent> est =
                    a.events().stream().flatMap(e -> e.asSoundEvent().stream()).toList();
            parts.add(EventEvaluation.of(sim.labels(), est, Collars.standard()));
            if (reliability != null) {
                reliability.add(
                        sim.labels(),
                        analyzer.withMinConfidence(0)
                                .forFormat(format)
                                .analyze(clip)
                                .events(),
                        Collars.standard());
            }
            progress.accept(i + 1);
        }
        return EventEvaluation.sum(parts);
    }
}
