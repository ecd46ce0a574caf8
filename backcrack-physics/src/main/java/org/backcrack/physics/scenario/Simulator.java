package org.backcrack.physics.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.backcrack.core.Mechanism;
import org.backcrack.core.SoundClass;
import org.backcrack.core.audio.Noise;
import org.backcrack.physics.Emission;
import org.backcrack.physics.JointMotion;
import org.backcrack.physics.crepitus.Crepitus;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.family.SoundFamilies;
import org.backcrack.physics.joint.Cavitation;
import org.backcrack.physics.joint.CavitationSource;
import org.backcrack.physics.joint.CavityGas;
import org.backcrack.physics.joint.FacetJoint;
import org.backcrack.physics.joint.FacetJointCavitation;
import org.backcrack.physics.joint.SpineRegion;
import org.backcrack.physics.joint.SynovialFluid;
import org.backcrack.physics.motion.MovementProfile;
import org.backcrack.physics.motion.MovementType;
import org.backcrack.physics.record.Recorder;
import org.backcrack.physics.tissue.SnapParameters;
import org.backcrack.physics.tissue.SoftTissueSnap;

/**
 * Runs a {@link Scenario}: one movement drives every mechanism at once — cavitation in each facet joint
 * of the region (with its gas and refractory period carried from repetition to repetition), a tendon
 * snapping, worn cartilage grating — and the recording chain turns the emissions into samples.
 *
 * <p>Joint-to-joint variation (assumptions, stated in docs/science.md): gap per radian log-normal around
 * 1.3 mm/rad (Cramer et al. 2011: 0.66 ± 0.48 mm of gapping after side-posture positioning), cavitation
 * pressure log-normal around −120 kPa, the segment's ringing log-normal around the region's mode.
 * Stiffness after a static period slows the refill of the joint (synovial fluid is thixotropic) and
 * raises muscle tension; each repetition loosens it (it falls to 40% per repetition).
 */
public final class Simulator {
    /** Capsule compliance per millilitre of fluid: the effective bulk stiffness of the capsule, 1/Pa. */
    static final double COMPLIANCE_PER_VOLUME = 6.7e-8;

    static final double REFILL_TIME = 0.1;
    static final double GAP_PER_RADIAN = 1.3e-3;
    static final double CAVITATION_PRESSURE = -120e3;
    /**
     * A manipulation thrust gaps the facets more per degree than an active movement does: it takes the joints
     * past their active range into the paraphysiological space. The thrust's share is the same for every joint
     * of the region: capsule strains at a joint do not depend on which level is thrust on (Ianuzzi &amp; Khalsa
     * 2005, cadaveric lumbar manipulation at L3, L4 and L5), and pops come as often from the other side as
     * from the targeted one (Dunning et al. 2013: 72 and 60; Mourad et al. 2019: 176 and 144). No study has
     * measured the gap during a thrust (MRI sees it only afterwards), so this one scale is <em>fitted</em>:
     * 1.7 gives the mean pops per lumbar thrust of Mourad et al. 2019 (5.27) on seeds 101–140, which the
     * validation table never uses; the cervical count is then a prediction.
     */
    static final double THRUST_GAPPING = 1.7;
    /**
     * Quality factor of each of the two resonator sections that shape a pop: a heavily damped segment
     * (assumed 1.0; with it a pop lasts about as long as Dunning 2013 measured).
     */
    static final double SEGMENT_Q = 1.0;

    private static final double EVENT_FLOOR = 0.1;

    private Simulator() {}

    /**
     * What a scenario will cost, from its movement and recording settings alone (nothing is simulated): how
     * long the movement runs (the physics steps through all of it), how long the recording is, and how many
     * samples it holds.
     */
    public record Plan(double scenarioSeconds, double recordedSeconds, long samples) {}

    public static Plan plan(Scenario scenario) {
        MovementProfile motion = profile(scenario);
        double recorded = recordedDuration(windows(scenario, motion));
        return new Plan(
                motion.duration(),
                recorded,
                (long) Math.ceil(recorded * scenario.recording().sampleRate())
                        * scenario.recording().channels());
    }

    /** Runs the scenario if its {@link #plan} is within the budget, else refuses it before any work. */
    public static Simulation run(Scenario scenario, SimulationBudget budget) {
        budget.check(plan(scenario));
        return run(scenario);
    }

    private static MovementProfile profile(Scenario scenario) {
        double[] starts = scenario.startTimes();
        return starts == null
                ? MovementProfile.repeated(scenario.movement(), 0.3)
                : new MovementProfile(scenario.movement(), starts);
    }

    private static List<double[]> windows(Scenario scenario, MovementProfile motion) {
        List<double[]> windows = new ArrayList<>();
        Double keep = scenario.recording().windowS();
        if (keep == null) {
            windows.add(new double[] {0, motion.duration() + 0.5, 0});
        } else {
            double at = 0;
            for (double s : motion.starts()) {
                double a = Math.max(0, s - 0.3);
                double b = s + motion.repetitionLength() + keep;
                windows.add(new double[] {a, b, at});
                at += b - a;
            }
        }
        return windows;
    }

    private static double recordedDuration(List<double[]> windows) {
        double duration = 0;
        for (double[] w : windows) {
            duration = Math.max(duration, w[2] + w[1] - w[0]);
        }
        return duration;
    }

    /** Runs a scenario with no budget: for scenarios this program builds (built-in, corpus plans, tests). */
    public static Simulation run(Scenario scenario) {
        SplittableRandom rng = new SplittableRandom(scenario.seed());
        SplittableRandom jointRng = rng.split();
        SplittableRandom snapRng = rng.split();
        SplittableRandom crepRng = rng.split();
        SplittableRandom recRng = rng.split();
        int fs = scenario.recording().sampleRate();
        MovementProfile motion = profile(scenario);
        double[] starts = motion.starts();
        double repLength = motion.repetitionLength();
        double stiffness0 = scenario.person().stiffness();
        double[] stiffness = new double[starts.length];
        for (int k = 0; k < starts.length; k++) {
            stiffness[k] = stiffness0 * Math.pow(0.4, k);
        }

        List<TruthEvent> truth = new ArrayList<>();
        List<Recorder.Source> sources = new ArrayList<>();
        List<Cavitation> cavitations = new ArrayList<>();
        List<Simulation.JointHistory> histories = new ArrayList<>();

        FacetJointCavitation model = new FacetJointCavitation(SynovialFluid.healthy(), fs);
        CavityGas gas = CavityGas.body();
        List<FacetJoint> jointList = joints(scenario, jointRng);
        double[] lags = lags(scenario, jointRng);
        for (int ji = 0; ji < jointList.size(); ji++) {
            FacetJoint joint = jointList.get(ji);
            JointMotion jointMotion = delayed(motion, lags[ji]);
            double available = 0;
            List<Double> pops = new ArrayList<>();
            List<Double> fractions = List.of();
            for (int k = 0; k < starts.length; k++) {
                if (available > starts[k] || joint.gapScale() == 0) {
                    continue;
                }
                FacetJoint stiff = new FacetJoint(
                        joint.name(),
                        joint.area(),
                        joint.fluidVolume(),
                        joint.compliance(),
                        joint.refillTime() * (1 + 2 * stiffness[k]),
                        joint.cavitationPressure(),
                        joint.gapScale(),
                        joint.segmentModeHz(),
                        joint.segmentQ());
                Optional<Cavitation> pop = model.firstCavitation(
                        stiff, jointMotion, starts[k], starts[k] + repLength + lags[ji], scenario.cavitationSource());
                if (pop.isEmpty()) {
                    continue;
                }
                Cavitation c = pop.get();
                double closes = starts[k] + repLength + lags[ji];
                // The gas stops coming in when the cavity shuts: when the joint closes, or at the partial collapse.
                double shut = c.source() == CavitationSource.INCEPTION ? closes : Math.min(closes, c.soundTime());
                CavityGas.History h = gas.after(Math.max(c.cavityRadius(), 1e-5), shut - c.time());
                available = shut + h.dissolutionTime();
                pops.add(c.soundTime());
                fractions = List.of(h.fractions()[0], h.fractions()[1], h.fractions()[2]);
                cavitations.add(c);
                double pan = joint.name().endsWith("left") ? -1 : 1;
                sources.add(new Recorder.Source(c.emission(), pan));
                Map<String, Double> q = new LinkedHashMap<>();
                q.put("tension_pa", c.tension());
                q.put("max_bubble_radius_m", c.maxRadius());
                q.put("cavity_radius_m", c.cavityRadius());
                q.put("peak_pressure_1cm_pa", c.peakPressure());
                q.put("spl_10cm_in_tissue_db", spl(c.peakPressure() * 0.1));
                q.put("residual_gas_radius_m", h.residualRadius());
                q.put("refractory_s", available - c.soundTime());
                q.put("co2_fraction", h.fractions()[0]);
                q.put("stiffness", stiffness[k]);
                if (c.source() == CavitationSource.PARTIAL_COLLAPSE) {
                    // Inception pops carry none of these (their truth files stay as they were): absent = inception.
                    q.put("source_partial_collapse", 1.0);
                    q.put("inception_time_s", c.time());
                    q.put("collapse_radius_m", c.collapseRadius());
                }
                Mechanism mechanism = stiffness[k] >= 0.3 ? Mechanism.STIFFNESS_RELEASE : Mechanism.CAVITATION;
                truth.add(event(c.soundTime(), c.emission(), SoundClass.CAVITATION, mechanism, joint.name(), q));
            }
            histories.add(new Simulation.JointHistory(joint.name(), pops, available, fractions));
        }

        double[] tensionFactor = new double[starts.length];
        for (int k = 0; k < starts.length; k++) {
            tensionFactor[k] = 1 + 0.5 * stiffness[k];
        }
        SnapParameters snap = SnapParameters.spinalTendon(scenario.person().muscleTightness());
        for (SoftTissueSnap.Snap s :
                SoftTissueSnap.snaps(motion, starts, repLength, snap, tensionFactor, fs, snapRng)) {
            sources.add(new Recorder.Source(s.emission(), 0));
            Map<String, Double> q = new LinkedHashMap<>();
            q.put("tension_n", s.tension());
            q.put("released_energy_j", s.energy());
            q.put("peak_pressure_1cm_pa", s.peakPressure());
            q.put("spl_10cm_in_tissue_db", spl(s.peakPressure() * 0.1));
            truth.add(event(
                    s.time(),
                    s.emission(),
                    SoundClass.SOFT_TISSUE_SNAP,
                    Mechanism.SOFT_TISSUE_SNAP,
                    "tendon over a spinous process",
                    q));
        }

        double roughness =
                Crepitus.roughness(scenario.person().age(), scenario.person().osteoarthritisGrade());
        for (Crepitus.Train t :
                Crepitus.trains(motion, roughness, scenario.person().boneSpurs(), fs, crepRng)) {
            sources.add(new Recorder.Source(t.emission(), 0));
            Map<String, Double> q = new LinkedHashMap<>();
            q.put("roughness", roughness);
            q.put("clicks", (double) t.clicks());
            q.put("peak_pressure_1cm_pa", t.peakPressure());
            q.put("spl_10cm_in_tissue_db", spl(t.peakPressure() * 0.1));
            truth.add(new TruthEvent(
                    t.start(),
                    t.end(),
                    SoundClass.CREPITUS,
                    Mechanism.DEGENERATIVE_CREPITUS,
                    scenario.region().id() + " facet cartilage",
                    t.start(),
                    q));
        }

        if (!scenario.families().equals(Families.DEFAULT)) {
            // Its own random stream, split after the others: the physics families' recordings stay as they were.
            renderFamilies(scenario.families(), truth, sources, fs, rng.split());
        }

        // Windows of the scenario that are recorded, and where they land in the recording.
        List<double[]> windows = windows(scenario, motion);
        double duration = recordedDuration(windows);
        double delay =
                scenario.recording().sensor().inAir() ? scenario.recording().distance() / 343 : 0;
        List<TruthEvent> mapped = new ArrayList<>();
        for (TruthEvent e : truth) {
            double[] w = windowOf(windows, e.onset());
            if (w == null) {
                continue;
            }
            double shift = w[2] - w[0] + delay;
            mapped.add(new TruthEvent(
                    round(e.onset() + shift),
                    round(e.offset() + shift),
                    e.soundClass(),
                    e.mechanism(),
                    e.source(),
                    e.scenarioTime(),
                    e.quantities()));
        }
        mapped.sort(Comparator.comparingDouble(TruthEvent::onset));
        List<Recorder.Source> shifted = new ArrayList<>();
        for (Recorder.Source s : sources) {
            double[] w = windowOf(windows, s.emission().onset());
            if (w != null) {
                Emission e = s.emission();
                shifted.add(new Recorder.Source(
                        new Emission(e.onset() - w[0] + w[2], e.sampleRate(), e.pressure()), s.pan()));
            }
        }
        List<double[]> spans = new ArrayList<>();
        for (TruthEvent e : mapped) {
            spans.add(new double[] {e.onset() - delay, e.offset() - delay});
        }
        Recorder.Result rec = Recorder.record(
                duration,
                shifted,
                spans,
                scenario.recording(),
                scenario.families().condition(),
                recRng);
        List<TruthEvent> recorded = new ArrayList<>(mapped.size());
        for (int k = 0; k < mapped.size(); k++) {
            TruthEvent e = mapped.get(k);
            Map<String, Double> q = new LinkedHashMap<>(e.quantities());
            q.put(Simulation.RECORDED_PEAK, rec.eventPeaks()[k]);
            recorded.add(new TruthEvent(
                    e.onset(), e.offset(), e.soundClass(), e.mechanism(), e.source(), e.scenarioTime(), q));
        }
        return new Simulation(
                scenario, rec.clip(), recorded, rec.distractors(), windows, cavitations, histories, rec.clipped());
    }

    /**
     * Replaces, in place, each sound whose class has a family other than physics by that family's sound at the
     * same time and about the same peak pressure ({@link SoundFamilies}); {@code truth} and {@code sources}
     * come in pairs, one source per event.
     */
    private static void renderFamilies(
            Families families, List<TruthEvent> truth, List<Recorder.Source> sources, int fs, SplittableRandom rng) {
        List<TruthEvent> events = new ArrayList<>();
        List<Recorder.Source> sounds = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            TruthEvent e = truth.get(i);
            Recorder.Source src = sources.get(i);
            String family = switch (e.soundClass()) {
                case CAVITATION -> families.pop();
                case SOFT_TISSUE_SNAP -> families.snap();
                case CREPITUS -> families.grating();
            };
            if (family.equals(Families.PHYSICS)) {
                events.add(e);
                sounds.add(src);
                continue;
            }
            double peak = src.emission().peakPressure();
            List<SoundFamilies.Part> parts = switch (e.soundClass()) {
                case CAVITATION -> SoundFamilies.pop(family, e.onset(), peak, fs, rng);
                case SOFT_TISSUE_SNAP -> SoundFamilies.snap(family, e.onset(), peak, fs, rng);
                case CREPITUS -> SoundFamilies.grating(family, e.onset(), e.offset(), peak, fs, rng);
            };
            for (SoundFamilies.Part part : parts) {
                sounds.add(new Recorder.Source(part.emission(), src.pan()));
                if (part.labelled()) {
                    events.add(new TruthEvent(
                            round(part.onset()),
                            round(part.offset()),
                            e.soundClass(),
                            e.mechanism(),
                            e.source(),
                            part.onset(),
                            e.quantities()));
                }
            }
        }
        truth.clear();
        truth.addAll(events);
        sources.clear();
        sources.addAll(sounds);
    }

    /**
     * When the movement reaches each joint, s after the movement itself. Segments do not move as one: an
     * active movement runs down the spine from segment to segment, and a thrust reaches the levels next to
     * the target through the soft tissue a little later (assumed: 40 ms per level for active movements, 25 ms
     * per level away from the target for a thrust, plus up to 20 ms at random per joint). This is what
     * spreads the pops of one thrust over tens of milliseconds.
     */
    static double[] lags(Scenario scenario, SplittableRandom rng) {
        int levels = scenario.region().levels().size();
        double[] lags = new double[2 * levels];
        int target = levels / 2;
        for (int i = 0; i < levels; i++) {
            for (int side = 0; side < 2; side++) {
                double base =
                        scenario.movement().type() == MovementType.THRUST ? 0.025 * Math.abs(i - target) : 0.04 * i;
                lags[2 * i + side] = base + 0.02 * rng.nextDouble();
            }
        }
        return lags;
    }

    private static JointMotion delayed(JointMotion m, double lag) {
        return new JointMotion() {
            @Override
            public double duration() {
                return m.duration() + lag;
            }

            @Override
            public double angle(double t) {
                return m.angle(t - lag);
            }

            @Override
            public double angularVelocity(double t) {
                return m.angularVelocity(t - lag);
            }
        };
    }

    /** The region's ten facet joints with this scenario's share of the movement for each. */
    static List<FacetJoint> joints(Scenario scenario, SplittableRandom rng) {
        SpineRegion region = scenario.region();
        MovementType type = scenario.movement().type();
        String side = scenario.movement().side();
        List<FacetJoint> joints = new ArrayList<>();
        int levels = region.levels().size();
        for (int i = 0; i < levels; i++) {
            for (String s : List.of("left", "right")) {
                double weight;
                if (type == MovementType.THRUST) {
                    weight = THRUST_GAPPING;
                } else if (type.oneSided()) {
                    weight = s.equals(side) ? 0.6 : 0.2;
                } else {
                    weight = 0.4;
                }
                double gap = GAP_PER_RADIAN * weight * logNormal(rng, 0.5);
                double cav = CAVITATION_PRESSURE * logNormal(rng, 0.3);
                double mode = region.segmentModeHz() * logNormal(rng, 0.35);
                joints.add(new FacetJoint(
                        region.levels().get(i) + " " + s,
                        region.facetArea(),
                        region.fluidVolume(),
                        COMPLIANCE_PER_VOLUME * region.fluidVolume(),
                        REFILL_TIME,
                        cav,
                        gap,
                        Math.max(40, Math.min(2000, mode)),
                        SEGMENT_Q));
            }
        }
        return joints;
    }

    private static TruthEvent event(
            double time, Emission e, SoundClass cls, Mechanism m, String source, Map<String, Double> q) {
        double[] p = e.pressure();
        double peak = e.peakPressure();
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (Math.abs(p[i]) >= EVENT_FLOOR * peak) {
                last = i;
            }
        }
        double end = Math.max(time + 1e-3, e.onset() + (last + 1) / e.sampleRate());
        return new TruthEvent(time, end, cls, m, source, time, q);
    }

    private static double[] windowOf(List<double[]> windows, double t) {
        for (double[] w : windows) {
            if (t >= w[0] && t < w[1]) {
                return w;
            }
        }
        return null;
    }

    private static double spl(double pressure) {
        return 20 * Math.log10(Math.max(pressure, 1e-12) / 20e-6);
    }

    private static double round(double t) {
        return Math.round(t * 1e6) / 1e6;
    }

    static double logNormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * Noise.gaussian(rng));
    }
}
