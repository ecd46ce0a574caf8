package org.backcrack.app.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.backcrack.acoustics.Analyzer;
import org.backcrack.acoustics.AnalyzerModel;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.acoustics.PopsOnSnap;
import org.backcrack.acoustics.classify.Calibration;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.ImpulseVector;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;
import org.backcrack.acoustics.classify.Training;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.acoustics.evaluate.Reliability;
import org.backcrack.acoustics.features.EventFeatures;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;

/**
 * Trains the analyzer's transient classifier on simulated recordings: a {@link CorpusPlan} with the
 * training plan seed, each recording quantised like its WAV file would be, transients detected and
 * labelled from the truth, one quadratic-discriminant fit. Then, with {@link #trainCalibrated}, the map from
 * the classifier's probability to the probability that a reported event is right ({@link Calibration}),
 * fitted on families the classifier did not see: for each model family in turn, the classifier is fitted
 * again without the training recordings that family made a sound in, and run on a calibration corpus (its
 * own plan seed) in which that family makes every sound of its class or sets every recording's condition;
 * every event it reports there is right or wrong by the evaluation's matching, and the maps are fitted on all
 * of them together (cross-fitting). Deterministic: the same plan gives the same model file, byte for byte.
 */
public final class AnalyzerTraining {
    /** Plan seed of the committed model's training corpus; held-out corpora use other seeds. */
    public static final long TRAINING_PLAN_SEED = 20261125;
    /**
     * Plan seed of the calibration corpora: neither the training seed nor the held-out evaluation seed
     * ({@code FamilyHoldout.EVALUATION_PLAN_SEED}, 20261127), which nothing is fitted or chosen on.
     */
    public static final long CALIBRATION_PLAN_SEED = 20261126;
    /** Recordings in each held-out family's calibration corpus. */
    public static final int CALIBRATION_COUNT = 20;

    private AnalyzerTraining() {}

    /** An attack on a long transient, before the model says whether the transient is a snap. */
    private record Candidate(double[] vector, Impulse impulse, boolean pop) {}

    /** One training recording, reduced to what fitting needs. */
    private record Recorded(
            Families families,
            List<double[]> vectors,
            List<ImpulseClass> labels,
            List<String> familyOf,
            List<Candidate> candidates) {}

    /**
     * One event the analyzer reported on a calibration recording, with the confidence it had before
     * calibration.
     *
     * @param kind       which map it goes through
     * @param confidence the classifier's probability (for a pop on a snap, the training share)
     * @param features   what it sounds like ({@code snrDb} is the map's second input)
     * @param right      whether it matched a reference event of its class
     * @param heldOut    the family held out of the classifier that reported it, or null (held-out seeds)
     */
    public record CalibrationPoint(
            Calibration.Kind kind, double confidence, EventFeatures features, boolean right, String heldOut) {}

    /** A calibrated model and the events its maps were fitted on. */
    public record Calibrated(AnalyzerModel model, List<CalibrationPoint> pool) {}

    /** Trains on the physics families only (the committed model's corpus before families). */
    public static AnalyzerModel train(long planSeed, int count, IntConsumer progress) {
        return train(planSeed, count, CorpusPlan.FamilyChoice.PHYSICS_ONLY, progress);
    }

    /** Trains on the corpus of this plan seed, count and family choice; the confidence is not calibrated. */
    public static AnalyzerModel train(
            long planSeed, int count, CorpusPlan.FamilyChoice families, IntConsumer progress) {
        return fit(simulate(planSeed, count, families, progress), mixtures(families));
    }

    /**
     * The families the confidence map is cross-fitted over: every family the training corpus draws from (all
     * but the excluded one); none for a physics-only or one-family corpus, which is calibrated on held-out
     * seeds instead.
     */
    public static List<String> calibrationFamilies(CorpusPlan.FamilyChoice families) {
        return switch (families.mode()) {
            case ALL -> Families.qualifiedNames();
            case EXCLUDING ->
                Families.qualifiedNames().stream()
                        .filter(f -> !f.equals(families.family()))
                        .toList();
            default -> List.of();
        };
    }

    /** Recordings {@link #trainCalibrated} simulates for calibration (for progress). */
    public static int calibrationRecordings(CorpusPlan.FamilyChoice families, int calibrationCount) {
        int folds = calibrationFamilies(families).size();
        return folds == 0 ? calibrationCount : folds * calibrationCount;
    }

    /**
     * Trains on the corpus of this plan seed, count and family choice, and fits the confidence map by
     * cross-fitting over its families (class comment). A physics-only or one-family corpus has no families to
     * hold out: its map is fitted on {@code calibrationCount} recordings of the calibration plan seed,
     * analysed by the final classifier (held-out seeds, not held-out families).
     */
    public static Calibrated trainCalibrated(
            long planSeed,
            int count,
            CorpusPlan.FamilyChoice families,
            long calibrationSeed,
            int calibrationCount,
            IntConsumer progress) {
        if (calibrationSeed == planSeed) {
            throw new IllegalArgumentException("the calibration plan seed must differ from the training plan seed");
        }
        int[] done = {0};
        IntConsumer step = i -> progress.accept(++done[0]);
        List<Recorded> corpus = simulate(planSeed, count, families, step);
        boolean mixtures = mixtures(families);
        AnalyzerModel model = fit(corpus, mixtures);
        List<CalibrationPoint> pool = new ArrayList<>();
        List<String> folds = calibrationFamilies(families);
        if (folds.isEmpty()) {
            pool.addAll(points(model, CorpusPlan.plan(calibrationSeed, calibrationCount, families), null, step));
        }
        for (String family : folds) {
            AnalyzerModel without =
                    fit(corpus.stream().filter(r -> !r.families().uses(family)).toList(), mixtures);
            List<Scenario> plan =
                    CorpusPlan.plan(calibrationSeed, calibrationCount, CorpusPlan.FamilyChoice.only(family)).stream()
                            .filter(s -> families.mode() != CorpusPlan.FamilyChoice.Mode.EXCLUDING
                                    || !s.families().uses(families.family()))
                            .toList();
            pool.addAll(points(without, plan, family, step));
            for (int skipped = plan.size(); skipped < calibrationCount; skipped++) {
                step.accept(0);
            }
        }
        return new Calibrated(model.withCalibration(fitCalibration(pool)), pool);
    }

    /** The maps fitted on a pool of calibration events, one per kind that has events. */
    public static Calibration fitCalibration(List<CalibrationPoint> pool) {
        Map<Calibration.Kind, Calibration.Logistic> maps = new EnumMap<>(Calibration.Kind.class);
        for (Calibration.Kind kind : Calibration.Kind.values()) {
            List<CalibrationPoint> these =
                    pool.stream().filter(p -> p.kind() == kind).toList();
            if (these.isEmpty()) {
                continue;
            }
            double[] p =
                    these.stream().mapToDouble(CalibrationPoint::confidence).toArray();
            double[] snr = these.stream().mapToDouble(x -> x.features().snrDb()).toArray();
            boolean[] right = new boolean[these.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = these.get(i).right();
            }
            // A pop on a snap has one confidence, the training share: its map is the share right here.
            boolean useP = kind != Calibration.Kind.POP_ON_SNAP && these.size() >= MIN_SLOPE_EVENTS;
            // The level enters only if enough of these events lie under the ceiling: above it the map sees one
            // value, and a slope fitted on the few below it would decide alone how quieter events are judged.
            // (Grating trains: of the 220 calibration trains of 2026-11-28 one was under 30 dB; the slope such a
            // pool allows put the held-out family grating.physics, quieter, under 0.5 and so unclassified.)
            long varied = Arrays.stream(snr)
                    .filter(s -> s < Calibration.SNR_CEILING_DB)
                    .count();
            boolean useSnr = useP && varied >= MIN_SLOPE_EVENTS;
            maps.put(kind, Calibration.fit(p, snr, right, useP, useSnr));
        }
        return new Calibration(maps);
    }

    /** Fewer events of a kind than this fit only the share right (assumption). */
    private static final int MIN_SLOPE_EVENTS = 30;

    /** Each event the analyzer with this model reports on these scenarios (threshold 0), right or wrong. */
    private static List<CalibrationPoint> points(
            AnalyzerModel model, List<Scenario> plan, String heldOut, IntConsumer progress) {
        Analyzer analyzer =
                Analyzer.of(model.withCalibration(Calibration.IDENTITY)).withMinConfidence(0);
        List<CalibrationPoint> out = new ArrayList<>();
        for (Scenario s : plan) {
            Simulation sim = Simulator.run(s);
            AudioClip clip = Quantise.asWritten(sim);
            SampleFormat format =
                    SampleFormat.fromId(sim.scenario().recording().format()).orElseThrow();
            List<DetectedEvent> events =
                    analyzer.forFormat(format).analyze(clip).events();
            boolean[] right = Reliability.right(sim.labels(), events, Collars.standard());
            for (int i = 0; i < events.size(); i++) {
                DetectedEvent e = events.get(i);
                out.add(new CalibrationPoint(kind(e, model), e.confidence(), e.features(), right[i], heldOut));
            }
            progress.accept(0);
        }
        return out;
    }

    /**
     * The kind of an event reported without calibration: a pop on a snap is the one whose confidence is the
     * model's pop-on-snap share (a classifier's probability does not land on that double by chance).
     */
    private static Calibration.Kind kind(DetectedEvent e, AnalyzerModel model) {
        return switch (e.soundClass()) {
            case CAVITATION ->
                e.confidence() == model.popOnSnapConfidence()
                        ? Calibration.Kind.POP_ON_SNAP
                        : Calibration.Kind.CAVITATION;
            case SOFT_TISSUE_SNAP -> Calibration.Kind.SNAP;
            case CREPITUS -> Calibration.Kind.CREPITUS;
        };
    }

    private static boolean mixtures(CorpusPlan.FamilyChoice families) {
        return families.mode() != CorpusPlan.FamilyChoice.Mode.PHYSICS;
    }

    /** Simulates, detects and labels the corpus of this plan seed, count and family choice. */
    private static List<Recorded> simulate(
            long planSeed, int count, CorpusPlan.FamilyChoice families, IntConsumer progress) {
        List<Recorded> out = new ArrayList<>();
        Analyzer detector = Analyzer.standardDetectorOnly();
        List<Scenario> plan = CorpusPlan.withChimes(CorpusPlan.plan(planSeed, count, families), planSeed);
        for (int i = 0; i < plan.size(); i++) {
            Simulation sim = Simulator.run(plan.get(i));
            AudioClip clip = Quantise.asWritten(sim);
            List<Impulse> impulses = detector.detect(clip);
            List<double[]> v = ImpulseVector.of(impulses, ImpulseVector.features(impulses));
            List<Training.Span> spans = sim.distractors().stream()
                    .map(d -> new Training.Span(d.kind(), d.start(), d.end()))
                    .toList();
            List<ImpulseClass> these = Training.label(
                    impulses,
                    sim.events().stream().map(TruthEvent::asSoundEvent).toList(),
                    spans);
            // With several families, each family of a joint class gets its own Gaussian (a mixture per class).
            Families f = plan.get(i).families();
            List<String> familyOf = new ArrayList<>();
            for (int k = 0; k < these.size(); k++) {
                familyOf.add(
                        switch (these.get(k)) {
                            case CAVITATION -> f.pop();
                            case SNAP -> f.snap();
                            case CREPITUS_CLICK -> f.grating();
                            // A chime and a held beep are both electronic tones, but sound nothing alike.
                            case BEEP ->
                                Training.distractorAt(impulses.get(k).onset(), spans)
                                        .filter("chime"::equals)
                                        .orElse(null);
                            default -> null;
                        });
            }
            List<Double> pops = sim.labels().stream()
                    .filter(e -> e.soundClass() == SoundClass.CAVITATION)
                    .map(SoundEvent::onset)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            List<Candidate> candidates = new ArrayList<>();
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
            out.add(new Recorded(f, v, these, familyOf, candidates));
            progress.accept(i + 1);
        }
        return out;
    }

    /** The classifier and the pop-on-snap share fitted on these recordings. */
    private static AnalyzerModel fit(List<Recorded> corpus, boolean mixtures) {
        List<double[]> vectors = new ArrayList<>();
        List<ImpulseClass> labels = new ArrayList<>();
        List<String> familyOf = new ArrayList<>();
        for (Recorded r : corpus) {
            vectors.addAll(r.vectors());
            labels.addAll(r.labels());
            familyOf.addAll(r.familyOf());
        }
        QuadraticDiscriminant model = QuadraticDiscriminant.fit(vectors, labels, mixtures ? familyOf : null);
        int found = 0;
        int popsFound = 0;
        for (Recorded r : corpus) {
            for (Candidate c : r.candidates()) {
                if (Analyzer.decide(model.posterior(c.vector()), c.impulse()).getKey() == ImpulseClass.SNAP) {
                    found++;
                    popsFound += c.pop() ? 1 : 0;
                }
            }
        }
        return new AnalyzerModel(model, (popsFound + 1.0) / (found + 2.0), new int[] {found, popsFound});
    }
}
