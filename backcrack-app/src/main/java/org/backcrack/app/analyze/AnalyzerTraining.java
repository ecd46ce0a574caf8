package org.backcrack.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.ImpulseVector;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.backcrack.acoustics.classify.Training;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;

/**
 * Trains the analyzer's transient classifier on simulated recordings: a {@link CorpusPlan} with the
 * training plan seed, each recording quantised like its WAV file would be, transients detected and
 * labelled from the truth, one quadratic-discriminant fit. Deterministic: the same plan gives the same model
 * file, byte for byte.
 */
public final class AnalyzerTraining {
    /** Plan seed of the committed model's training corpus; held-out corpora use other seeds. */
    public static final long TRAINING_PLAN_SEED = 20261125;

    private AnalyzerTraining() {
    }

    public static QuadraticDiscriminant train(long planSeed, int count, IntConsumer progress) {
        List<double[]> vectors = new ArrayList<>();
        List<ImpulseClass> labels = new ArrayList<>();
        Analyzer detector = Analyzer.standardDetectorOnly();
        List<Scenario> plan = CorpusPlan.plan(planSeed, count);
        for (int i = 0; i < plan.size(); i++) {
            Simulation sim = Simulator.run(plan.get(i));
            AudioClip clip = Quantise.asWritten(sim);
            List<Impulse> impulses = detector.detect(clip);
            vectors.addAll(ImpulseVector.of(impulses, ImpulseVector.features(impulses)));
            labels.addAll(Training.label(impulses, sim.events().stream().map(TruthEvent::asSoundEvent).toList(),
                    sim.distractors().stream().map(d -> new Training.Span(d.kind(), d.start(), d.end())).toList()));
            progress.accept(i + 1);
        }
        return QuadraticDiscriminant.fit(vectors, labels);
    }

    /** The model file: sorted keys, no timestamp, so it is reproducible. */
    public static String modelFile(QuadraticDiscriminant model, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# backcrack analyzer model: quadratic discriminant over transient features.\n");
        sb.append("# Trained by: ").append(command).append('\n');
        new TreeMap<>(model.toProperties(command)).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s=%s%n",
                k, v.toString().replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\="))));
        return sb.toString();
    }
}
