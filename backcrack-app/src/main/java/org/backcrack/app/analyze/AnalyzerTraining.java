package org.backcrack.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.PopsOnSnap;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.ImpulseVector;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.backcrack.acoustics.classify.Training;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.physics.family.Families;
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

    private AnalyzerTraining() {}

    /** An attack on a long transient, before the model says whether the transient is a snap. */
    private record Candidate(double[] vector, Impulse impulse, boolean pop) {}

    /** Trains on the physics families only (the committed model's corpus before families). */
    public static AnalyzerModel train(long planSeed, int count, IntConsumer progress) {
        return train(planSeed, count, CorpusPlan.FamilyChoice.PHYSICS_ONLY, progress);
    }

    /** Trains on the corpus of this plan seed, count and family choice. */
    public static AnalyzerModel train(
            long planSeed, int count, CorpusPlan.FamilyChoice families, IntConsumer progress) {
        List<double[]> vectors = new ArrayList<>();
        List<ImpulseClass> labels = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<String> familyOf = new ArrayList<>();
        Analyzer detector = Analyzer.standardDetectorOnly();
        List<Scenario> plan = CorpusPlan.plan(planSeed, count, families);
        for (int i = 0; i < plan.size(); i++) {
            Simulation sim = Simulator.run(plan.get(i));
            AudioClip clip = Quantise.asWritten(sim);
            List<Impulse> impulses = detector.detect(clip);
            List<double[]> v = ImpulseVector.of(impulses, ImpulseVector.features(impulses));
            vectors.addAll(v);
            List<ImpulseClass> these = Training.label(
                    impulses,
                    sim.events().stream().map(TruthEvent::asSoundEvent).toList(),
                    sim.distractors().stream()
                            .map(d -> new Training.Span(d.kind(), d.start(), d.end()))
                            .toList());
            labels.addAll(these);
            // With several families, each family of a joint class gets its own Gaussian (a mixture per class).
            Families f = plan.get(i).families();
            for (ImpulseClass c : these) {
                familyOf.add(
                        switch (c) {
                            case CAVITATION -> f.pop();
                            case SNAP -> f.snap();
                            case CREPITUS_CLICK -> f.grating();
                            default -> null;
                        });
            }
            List<Double> pops = sim.labels().stream()
                    .filter(e -> e.soundClass() == SoundClass.CAVITATION)
                    .map(SoundEvent::onset)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            for (int k = 0; k < impulses.size(); k++) {
                for (Impulse piece : PopsOnSnap.find(impulses.get(k))) {
                    // Each reference pop answers for one attack, as in the one-to-one evaluation.
                    Double hit = pops.stream()
                            .filter(t -> Math.abs(t - piece.onset())
                                    <= Collars.standard().onsetCollar())
                            .findFirst()
                            .orElse(null);
                    if (hit != null) {
                        pops.remove(hit);
                    }
                    candidates.add(new Candidate(v.get(k), impulses.get(k), hit != null));
                }
            }
            progress.accept(i + 1);
        }
        QuadraticDiscriminant model = QuadraticDiscriminant.fit(
                vectors, labels, families.mode() == CorpusPlan.FamilyChoice.Mode.PHYSICS ? null : familyOf);
        int found = 0;
        int popsFound = 0;
        for (Candidate c : candidates) {
            if (Analyzer.decide(model.posterior(c.vector()), c.impulse()).getKey() == ImpulseClass.SNAP) {
                found++;
                popsFound += c.pop() ? 1 : 0;
            }
        }
        return new AnalyzerModel(model, (popsFound + 1.0) / (found + 2.0), new int[] {found, popsFound});
    }
}
