package org.backcrack.physics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.record.RecordingSettings;
import org.backcrack.physics.record.Sensor;

/**
 * Varied recordings for training and testing an analyzer: each item takes a built-in scenario (a person's
 * story), a new seed (other joints, other noise) and random recording conditions — sample rate 16–96 kHz,
 * every sample format, mono or stereo, event-to-noise ratio 6–40 dB, air microphone or contact sensor at
 * various distances and depths, sometimes hum, rumble or a DC offset, and zero to five distractors.
 *
 * <p>Training and held-out corpora come from different plan seeds, so no recording, seed or condition
 * draw is shared between them.
 */
public final class CorpusPlan {
    private static final int[] RATES = {16_000, 22_050, 32_000, 44_100, 48_000, 96_000};

    private CorpusPlan() {}

    /**
     * Which sound and recording families a corpus draws from ({@link Families}): the physics families only (as
     * before families existed), every family, every family but one (to train without it), or one family in
     * its slot with the others drawn from all (to judge on it).
     */
    public record FamilyChoice(Mode mode, String family) {
        public enum Mode {
            PHYSICS,
            ALL,
            EXCLUDING,
            ONLY
        }

        public FamilyChoice {
            if ((mode == Mode.EXCLUDING || mode == Mode.ONLY) != (family != null)) {
                throw new IllegalArgumentException("a family is named with EXCLUDING and ONLY, and only then");
            }
            if (family != null && !Families.qualifiedNames().contains(family)) {
                throw new IllegalArgumentException("not a family: " + family + "; one of " + Families.qualifiedNames());
            }
        }

        public static final FamilyChoice PHYSICS_ONLY = new FamilyChoice(Mode.PHYSICS, null);
        public static final FamilyChoice EVERY = new FamilyChoice(Mode.ALL, null);

        public static FamilyChoice excluding(String family) {
            return new FamilyChoice(Mode.EXCLUDING, family);
        }

        public static FamilyChoice only(String family) {
            return new FamilyChoice(Mode.ONLY, family);
        }
    }

    /** The {@code count} scenarios of the corpus with this plan seed, physics families only. */
    public static List<Scenario> plan(long planSeed, int count) {
        return plan(planSeed, count, FamilyChoice.PHYSICS_ONLY);
    }

    /**
     * The {@code count} scenarios of the corpus with this plan seed and family choice. The families are drawn
     * from a stream of their own, so the scenarios, seeds and conditions are those of {@link #plan(long, int)};
     * a condition family sets the sensor (contact: accelerometer or piezo; otherwise an air microphone) and
     * {@code clipped} drives the loudest sound 3–15 dB past full scale.
     */
    // Draws enum constants by index from the plan's random stream: the declaration order is part of every
    // corpus's definition (reordering an enum would change corpora), which is what EnumOrdinal warns about.
    @SuppressWarnings("EnumOrdinal")
    public static List<Scenario> plan(long planSeed, int count, FamilyChoice choice) {
        if (count < 1 || count > 100_000) {
            throw new IllegalArgumentException("count must be 1..100000, was " + count);
        }
        SplittableRandom rng = new SplittableRandom(planSeed);
        List<Scenario> stories = BuiltInScenarios.all();
        List<Scenario> out = new ArrayList<>(count);
        SampleFormat[] formats = SampleFormat.values();
        SplittableRandom familyRng = new SplittableRandom(planSeed ^ 0x5DEECE66DL);
        for (int i = 0; i < count; i++) {
            Scenario base = stories.get(i % stories.size());
            Sensor sensor = Sensor.values()[rng.nextInt(Sensor.values().length)];
            int rate = RATES[rng.nextInt(RATES.length)];
            String format = formats[rng.nextInt(formats.length)].id();
            int channels = rng.nextInt(4) == 0 ? 2 : 1;
            double snr = 6 + 34 * rng.nextDouble();
            Double hum = rng.nextInt(4) == 0 ? -10 + 20 * rng.nextDouble() : null;
            boolean rumble = rng.nextInt(4) == 0;
            double dc = rng.nextInt(5) == 0 ? 0.05 * (rng.nextDouble() - 0.5) : 0;
            List<String> distractors = new ArrayList<>();
            int n = rng.nextInt(6);
            for (int d = 0; d < n; d++) {
                distractors.add(RecordingSettings.DISTRACTORS.get(rng.nextInt(RecordingSettings.DISTRACTORS.size())));
            }
            RecordingSettings r = new RecordingSettings(
                    sensor,
                    0.05 + 0.45 * rng.nextDouble(),
                    0.02 + 0.04 * rng.nextDouble(),
                    rate,
                    format,
                    channels,
                    snr,
                    hum,
                    rumble,
                    dc,
                    3 + 9 * rng.nextDouble(),
                    distractors,
                    base.recording().windowS());
            long seed = rng.nextLong() & Long.MAX_VALUE;
            Families families = Families.DEFAULT;
            if (choice.mode() != FamilyChoice.Mode.PHYSICS) {
                families = draw(familyRng, choice);
                r = forCondition(r, families.condition(), familyRng);
            }
            out.add(new Scenario(
                    String.format("%s_%04d", base.name(), i),
                    base.description(),
                    base.person(),
                    base.region(),
                    base.movement(),
                    base.startTimes(),
                    r,
                    seed % 1_000_000_000L,
                    families,
                    base.cavitationSource()));
        }
        return out;
    }

    /**
     * The same scenarios, each with none, one or two chimes added to its distractors (drawn from a stream of their
     * own, so the scenarios are otherwise those of the plan): the analyzer's training corpus. A phone plays a
     * notification and a computer its sounds while someone records their back, and a struck note at one pitch
     * starts like a pop and decays like a snap; the classifier learns it as what it is only by hearing it. The
     * evaluation corpora are made without them ({@link #plan}), so a corpus stays what it was; the analyzer is
     * judged on chimes it did not train on by {@code evaluate --negatives} (real sound themes).
     */
    public static List<Scenario> withChimes(List<Scenario> plan, long planSeed) {
        SplittableRandom rng = new SplittableRandom(planSeed ^ CHIME_STREAM);
        List<Scenario> out = new ArrayList<>(plan.size());
        for (Scenario s : plan) {
            List<String> kinds = new ArrayList<>(s.recording().distractors());
            for (int k = rng.nextInt(3); k > 0; k--) {
                kinds.add("chime");
            }
            out.add(s.withRecording(s.recording().withDistractors(kinds)));
        }
        return out;
    }

    /** Mixed into a plan seed for the chimes' stream ({@link #withChimes}). */
    private static final long CHIME_STREAM = 0x6368696D65L;

    /**
     * The recording settings a condition family asks for: {@code contact} an accelerometer or a piezo disc,
     * every other condition an air microphone; {@code clipped} the loudest sound 3–15 dB past full scale.
     */
    public static RecordingSettings forCondition(RecordingSettings r, String condition, SplittableRandom rng) {
        Sensor s = condition.equals("contact")
                ? (rng.nextBoolean() ? Sensor.CONTACT_ACCELEROMETER : Sensor.PIEZO)
                : Sensor.AIR_MICROPHONE;
        double headroom = condition.equals("clipped") ? -3 - 12 * rng.nextDouble() : r.headroomDb();
        return new RecordingSettings(
                s,
                r.distance(),
                r.tissueDepth(),
                r.sampleRate(),
                r.format(),
                r.channels(),
                r.snrDb(),
                r.humDb(),
                r.rumble(),
                r.dcOffset(),
                headroom,
                r.distractors(),
                r.windowS());
    }

    private static Families draw(SplittableRandom rng, FamilyChoice choice) {
        Families f = new Families(
                pick(rng, Families.POPS, "pop.", choice),
                pick(rng, Families.SNAPS, "snap.", choice),
                pick(rng, Families.GRATINGS, "grating.", choice),
                pick(rng, Families.CONDITIONS, "condition.", choice));
        return choice.mode() == FamilyChoice.Mode.ONLY ? f.with(choice.family()) : f;
    }

    private static String pick(SplittableRandom rng, List<String> names, String prefix, FamilyChoice choice) {
        List<String> allowed = names.stream()
                .filter(n -> choice.mode() != FamilyChoice.Mode.EXCLUDING
                        || !choice.family().equals(prefix + n))
                .toList();
        return allowed.get(rng.nextInt(allowed.size()));
    }
}
