package org.backcrack.physics.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.SoundClass;
import org.backcrack.physics.record.Conditions;
import org.backcrack.physics.record.Sensor;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.CorpusPlan;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FamiliesTest {
    private static final int FS = 48_000;

    static List<String> families() {
        return Families.qualifiedNames();
    }

    @Test
    void families_eighteenNames_unknownRefused_withPutsOneIn() {
        assertThat(Families.qualifiedNames())
                .hasSize(18)
                .contains("pop.burst", "snap.double", "grating.friction", "condition.codec");
        assertThatThrownBy(() -> new Families("popcorn", "physics", "physics", "plain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pop family");
        Families f = Families.DEFAULT.with("snap.thud");
        assertThat(f.uses("snap.thud")).isTrue();
        assertThat(f.uses("pop.physics")).isTrue();
        assertThat(f.uses("snap.physics")).isFalse();
        assertThatThrownBy(() -> f.uses("sound.thud")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pops_eachFamilyStartsAtTheTime_burstHasSeveral_risingHasUnlabelledNoiseBefore() {
        for (String family : List.of("knuckle", "burst", "rising")) {
            List<SoundFamilies.Part> parts = SoundFamilies.pop(family, 1.0, 50, FS, new SplittableRandom(1));
            List<SoundFamilies.Part> labelled =
                    parts.stream().filter(SoundFamilies.Part::labelled).toList();
            assertThat(labelled.get(0).onset()).isEqualTo(1.0);
            assertThat(labelled).allSatisfy(p -> assertThat(p.offset()).isGreaterThan(p.onset()));
            assertThat(parts)
                    .allSatisfy(p -> assertThat(p.emission().peakPressure()).isPositive());
        }
        for (long seed = 0; seed < 20; seed++) {
            List<SoundFamilies.Part> burst = SoundFamilies.pop("burst", 1.0, 50, FS, new SplittableRandom(seed));
            assertThat(burst).hasSizeBetween(2, 5);
            for (int k = 1; k < burst.size(); k++) {
                assertThat(burst.get(k).onset() - burst.get(k - 1).onset()).isBetween(0.008, 0.06);
            }
            List<SoundFamilies.Part> rising = SoundFamilies.pop("rising", 2.0, 50, FS, new SplittableRandom(seed));
            SoundFamilies.Part noise =
                    rising.stream().filter(p -> !p.labelled()).findFirst().orElseThrow();
            assertThat(noise.onset()).isBetween(0.5, 1.5);
            assertThat(noise.offset()).isGreaterThanOrEqualTo(2.0);
            // The noise rises: its last tenth is louder than its first.
            double[] x = noise.emission().pressure();
            assertThat(rms(x, (int) (0.9 * x.length), x.length)).isGreaterThan(3 * rms(x, 0, x.length / 10));
        }
    }

    @Test
    void snapsAndGrating_oneLabelledEvent_gratingSpansItsTrain() {
        for (String family : List.of("thud", "sharp", "double")) {
            List<SoundFamilies.Part> parts = SoundFamilies.snap(family, 0.5, 10, FS, new SplittableRandom(2));
            assertThat(parts).singleElement().satisfies(p -> {
                assertThat(p.labelled()).isTrue();
                assertThat(p.offset() - p.onset()).isBetween(0.005, 0.3);
            });
        }
        for (String family : List.of("sparse", "dense", "friction")) {
            List<SoundFamilies.Part> parts = SoundFamilies.grating(family, 1.0, 2.2, 1, FS, new SplittableRandom(3));
            assertThat(parts).singleElement().satisfies(p -> {
                assertThat(p.onset()).isEqualTo(1.0);
                assertThat(p.offset()).isEqualTo(2.2);
                assertThat(p.emission().length()).isEqualTo((int) (1.2 * FS));
            });
        }
        // Friction is continuous: no 50 ms stretch of it is silent; a sparse train has gaps between clicks.
        double[] friction = SoundFamilies.grating("friction", 0, 2, 1, FS, new SplittableRandom(4))
                .get(0)
                .emission()
                .pressure();
        for (int a = 0; a + FS / 20 <= friction.length; a += FS / 20) {
            assertThat(rms(friction, a, a + FS / 20)).isPositive();
        }
        double[] sparse = SoundFamilies.grating("sparse", 0, 2, 1, FS, new SplittableRandom(4))
                .get(0)
                .emission()
                .pressure();
        long silent = java.util.Arrays.stream(sparse).filter(v -> v == 0).count();
        assertThat(silent).isGreaterThan(sparse.length / 4);
        assertThatThrownBy(() -> SoundFamilies.snap("crunch", 0, 1, FS, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditions_phoneCutsTheLowBand_codecCutsTheTop_reverbLeavesATail_plainLeavesItAlone() {
        double[] both = tone(30, 1.0);
        double[] mid = tone(1000, 1.0);
        for (int i = 0; i < both.length; i++) {
            both[i] += mid[i];
        }
        Conditions.apply("phone", new double[][] {both}, FS, new SplittableRandom(5));
        // Automatic gain sets the level; the high-pass leaves the 30 Hz tone far under the 1 kHz one.
        assertThat(amplitude(both, 30) / amplitude(both, 1000)).isLessThan(0.05);

        double[] high = tone(20_000, 0.5);
        double before = rms(high, 0, high.length);
        Conditions.apply("codec", new double[][] {high}, FS, new SplittableRandom(6));
        assertThat(rms(high, 0, high.length)).isLessThan(0.01 * before);

        double[] click = new double[FS];
        click[100] = 1;
        Conditions.apply("reverb", new double[][] {click}, FS, new SplittableRandom(7));
        assertThat(rms(click, 100 + FS / 10, 100 + FS / 10 + 2400)).isPositive();

        double[] plain = tone(440, 0.1);
        double[] copy = plain.clone();
        Conditions.apply("plain", new double[][] {plain}, FS, new SplittableRandom(8));
        assertThat(plain).isEqualTo(copy);
        assertThatThrownBy(() -> Conditions.apply("tape", new double[][] {plain}, FS, new SplittableRandom(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corpusPlan_physicsChoiceIsTheOldPlan_excludingNeverUses_onlyAlwaysUses() {
        List<Scenario> old = CorpusPlan.plan(9, 30);
        List<Scenario> physics = CorpusPlan.plan(9, 30, CorpusPlan.FamilyChoice.PHYSICS_ONLY);
        assertThat(physics.stream().map(s -> s.name() + s.seed() + s.recording()))
                .isEqualTo(old.stream()
                        .map(s -> s.name() + s.seed() + s.recording())
                        .toList());
        assertThat(physics).allSatisfy(s -> assertThat(s.families()).isEqualTo(Families.DEFAULT));
        List<Scenario> every = CorpusPlan.plan(9, 30, CorpusPlan.FamilyChoice.EVERY);
        // Families come from their own stream: scenarios, seeds, rates and formats are the physics plan's.
        for (int i = 0; i < every.size(); i++) {
            assertThat(every.get(i).seed()).isEqualTo(old.get(i).seed());
            assertThat(every.get(i).recording().sampleRate())
                    .isEqualTo(old.get(i).recording().sampleRate());
        }
        assertThat(every.stream().map(s -> s.families().pop()).distinct()).hasSize(Families.POPS.size());
        for (Scenario s : every) {
            boolean contact = s.families().condition().equals("contact");
            assertThat(s.recording().sensor() != Sensor.AIR_MICROPHONE).isEqualTo(contact);
            assertThat(s.recording().headroomDb() < 0)
                    .isEqualTo(s.families().condition().equals("clipped"));
        }
    }

    @Test
    void corpusPlan_withChimes_addsNoneToTwoChimes_andNothingElse_thePlanItselfHasNone() {
        List<Scenario> plan = CorpusPlan.plan(9, 60, CorpusPlan.FamilyChoice.EVERY);
        List<Scenario> training = CorpusPlan.withChimes(plan, 9);
        assertThat(plan).allSatisfy(s -> assertThat(s.recording().distractors()).doesNotContain("chime"));
        int[] seen = new int[3];
        for (int i = 0; i < plan.size(); i++) {
            Scenario a = plan.get(i);
            Scenario b = training.get(i);
            List<String> added = b.recording()
                    .distractors()
                    .subList(
                            a.recording().distractors().size(),
                            b.recording().distractors().size());
            assertThat(added).allMatch("chime"::equals);
            seen[added.size()]++;
            assertThat(b.withRecording(a.recording()))
                    .usingRecursiveComparison()
                    .isEqualTo(a);
            assertThat(b.recording().withDistractors(a.recording().distractors()))
                    .isEqualTo(a.recording());
        }
        assertThat(seen).doesNotContain(0);
        assertThat(CorpusPlan.withChimes(plan, 9)).usingRecursiveComparison().isEqualTo(training);
        // A chime is a distractor like the others: simulated, placed clear of the joint sounds, not labelled.
        Simulation sim = Simulator.run(training.stream()
                .filter(s -> s.recording().distractors().contains("chime"))
                .findFirst()
                .orElseThrow());
        assertThat(sim.distractors()).extracting(d -> d.kind()).contains("chime");
    }

    @ParameterizedTest
    @MethodSource("families")
    void corpusPlan_excludingAFamily_neverDrawsIt_onlyAFamily_alwaysHasIt(String family) {
        assertThat(CorpusPlan.plan(5, 40, CorpusPlan.FamilyChoice.excluding(family)))
                .noneMatch(s -> s.families().uses(family));
        assertThat(CorpusPlan.plan(5, 40, CorpusPlan.FamilyChoice.only(family)))
                .allMatch(s -> s.families().uses(family));
    }

    @Test
    void simulator_aFamilyChangesTheSound_notWhenNorWhatClass() {
        Scenario base = BuiltInScenarios.named("snapping_tendon").orElseThrow();
        Simulation physics = Simulator.run(base);
        Simulation thud = Simulator.run(base.withFamilies(Families.DEFAULT.with("snap.thud")));
        List<TruthEvent> a = physics.events().stream()
                .filter(e -> e.soundClass() == SoundClass.SOFT_TISSUE_SNAP)
                .toList();
        List<TruthEvent> b = thud.events().stream()
                .filter(e -> e.soundClass() == SoundClass.SOFT_TISSUE_SNAP)
                .toList();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).onset()).isCloseTo(a.get(i).onset(), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(thud.clip().channel(0)).isNotEqualTo(physics.clip().channel(0));
        // The physics families under the plain chain are what the simulator always made.
        assertThat(Simulator.run(base.withFamilies(Families.DEFAULT)).clip().channel(0))
                .isEqualTo(physics.clip().channel(0));
    }

    private static double[] tone(double f, double seconds) {
        double[] x = new double[(int) (seconds * FS)];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * f * i / FS);
        }
        return x;
    }

    private static double rms(double[] x, int a, int b) {
        double s = 0;
        for (int i = a; i < b; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s / Math.max(1, b - a));
    }

    /** Amplitude of the component at {@code f} over the last half second (projection on sine and cosine). */
    private static double amplitude(double[] x, double f) {
        double s = 0;
        double c = 0;
        for (int i = x.length - FS / 2; i < x.length; i++) {
            s += x[i] * Math.sin(2 * Math.PI * f * i / FS);
            c += x[i] * Math.cos(2 * Math.PI * f * i / FS);
        }
        return 2 * Math.hypot(s, c) / (FS / 2.0);
    }
}
