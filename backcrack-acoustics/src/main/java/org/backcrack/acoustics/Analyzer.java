package org.backcrack.acoustics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcrack.acoustics.classify.Calibration;
import org.backcrack.acoustics.classify.ImpulseClass;
import org.backcrack.acoustics.classify.ImpulseClassifier;
import org.backcrack.acoustics.classify.ImpulseVector;
import org.backcrack.acoustics.detect.Detection;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.acoustics.detect.TransientDetector;
import org.backcrack.acoustics.features.EventFeatures;
import org.backcrack.acoustics.features.FeatureExtractor;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.AudioReader;
import org.backcrack.core.audio.SampleFormat;

/**
 * Finds joint sounds in a recording and says which mechanism made each.
 *
 * <ol>
 *   <li><b>Detection</b> (streaming, bounded memory): {@link TransientDetector} — DC blocker and high-pass
 *       against offset, hum and movement rumble; 1 ms energy frames against an adaptive noise floor.
 *   <li><b>Features</b> of each transient: level, rise and decay, dominant frequency, centroid, bandwidth,
 *       flatness, and its context (how crowded its neighbourhood is; whether similar transients recur).
 *   <li><b>Periodic sounds</b>: a transient inside a voice, a chime or music ({@link Envelope#inPeriodicSound}) is
 *       dropped, unless it stands {@link #STANDS_OUT_DB} above that sound ({@link #standsOut}).
 *   <li><b>Classification</b> of each transient by a quadratic discriminant (full-covariance Gaussians, one per
 *       class and model family) trained on simulated
 *       recordings ({@code backcrack train-analyzer}; the model file is committed) into a pop, a snap, one
 *       click of a grating train, or something else (speech, rustle, taps, beeps, noise), which is dropped.
 *       A transient taken for a pop that stands less than {@link #STANDS_OUT_DB} above the level of the
 *       {@link #ALONE_BEFORE} before it, with no other sound in that time, is a swell of the noise and dropped
 *       too ({@link #swell}).
 *   <li><b>Grouping</b>: clicks less than {@link #TRAIN_GAP} apart form one crepitus train unless the energy
 *       envelope shows a pause between them ({@link #TRAIN_PAUSE}, {@link #RHYTHM_PAUSE}, {@link #QUIET_PAUSE})
 *       or a voice fills the second around them ({@link #voiced}); a train needs at
 *       least {@link #TRAIN_MIN_CLICKS} clicks ({@link #TRAIN_MIN_CLICKS_BESIDE} right beside another train)
 *       and spans as far as the envelope stays above the noise; pieces of grating longer than a click that
 *       follow each other without a pause for at least {@link #FRICTION_MIN} are a train of continuous
 *       friction noise ({@link #frictionSpans}); a pop-like catch inside a train (a bone spur) belongs to the
 *       train; pops and snaps stay single, and a pop riding on a snap is found in the
 *       snap's high band ({@link PopsOnSnap}); a pop or a snap that is a piece of a sound lasting over
 *       {@link #MAX_JOINT_SOUND} (an explosion cut at its attacks) is dropped.
 * </ol>
 * Each event's confidence is the probability that it is right, the classifier's probability put through the
 * model's {@link Calibration}; an event whose confidence is below the threshold is reported as unclassified.
 */
public final class Analyzer {
    /**
     * A pop must stand out of the {@code ALONE_BEFORE} before it unless another sound ends within it, s
     * ({@link #swell}): after a sound, what comes before a pop is that sound's ringing, not the noise.
     */
    public static final double ALONE_BEFORE = 0.1;

    /**
     * Clicks closer than this (offset to onset) can belong to the same train, s: grating as sparse as ten
     * clicks a second, arriving at random (McCoy et al. 1987), leaves a gap this long about once in 55
     * intervals (e^-4), where 0.25 s split it once in 12 (e^-2.5).
     */
    public static final double TRAIN_GAP = 0.4;
    /**
     * Clicks whose onsets are closer than this are always one train, s: a pause of 80 ms or more ends a
     * grating train (the rule the simulator labels trains by, {@code Crepitus}).
     */
    public static final double TRAIN_PAUSE = 0.08;
    /**
     * Between clicks further apart, a quiet stretch this long in the energy envelope is the pause between
     * two trains, s (the 80 ms pause less the ringing of the click before it and one envelope step);
     * without it, clicks too quiet to stand out as transients are taken to fill the gap.
     */
    public static final double QUIET_PAUSE = 0.06;
    /**
     * A gap is a pause only if it is also this many times the run's typical click interval: grating whose
     * clicks come irregularly, a few tens a second (McCoy et al. 1987), leaves quiet gaps of 80-200 ms inside
     * one movement's train; clicks arriving at random at a steady rate are this far apart about once in 64
     * intervals (the median interval is ln 2 of the mean: e^(-6 ln 2)). At 4 (once in 16), most sparse trains
     * of a second or more were cut in two or three; at 8, dense trains 80-120 ms apart were joined.
     */
    public static final double RHYTHM_PAUSE = 6;
    /**
     * A transient amid this share of periodic sound ({@link Envelope#periodicShare}) belongs to a voice, a
     * chime, an alarm or music — a consonant between vowels, a chime's strike — not to a joint.
     */
    public static final double PERIODIC_SHARE = 0.3;
    /**
     * A transient whose peak stands this far above the loudest periodic sound around it is not part of it, dB
     * (a pop under a voice in the room). Set on the development data: 15 dB is the least margin that let no
     * more of the development speech through (10 and 12 dB did) while bringing back some of the development
     * corpus's pops laid under that speech (cavitation recall 0.110 -> 0.220).
     */
    public static final double STANDS_OUT_DB = 15;
    /**
     * A run of clicks around whose middle this share of the second ({@link Envelope#periodicShare}) is periodic
     * sound is a voice's consonants, not grating: cartilage grating during a movement has no voice of its own.
     * Set on the development data (issue 14): the joint trains the analyzer found in the development corpus
     * (plan seed 2) had at most 0.16 around their middle; the click runs it took for grating in development
     * speech (espeak-ng Czech, Dutch, Italian, Polish and Swedish reading the source article) 0.16–0.48.
     */
    public static final double TRAIN_PERIODIC_SHARE = 0.2;
    /**
     * The periodic share is also taken over this long either side of a run's middle, s: a speaker's run of
     * consonants ("s", "t", "k", a "dash dash" read out) can sit in a half-second with few vowels, but within a
     * second either side a voice has spoken. Set on the development data: over ±1 s the joint trains of the
     * development corpus (plan seed 2, 134 trains) had at most 0.10, the click runs taken for grating in the
     * development speech at least 0.21 (one of the development negatives over a noise floor 0, not speech);
     * over ±0.5 s alone the two overlapped (0.12 against 0.04).
     */
    public static final double TRAIN_VOICE_REACH = 1.0;
    /**
     * Snaps whose onsets are closer than this are one snap, s: a tendon that catches twice in one movement
     * (a double snap) is heard as one, and cannot snap again before the movement comes round.
     */
    public static final double SNAP_MERGE = 0.1;
    /** Longest transient that can be a single pop, s. */
    public static final double MAX_POP = 0.04;
    /**
     * Longest sound a pop or a snap can be a piece of, s: a pop lasts about 5 ms (Dunning 2013), a burst of
     * them during a thrust under a third of a second (Reggars &amp; Pollard 1999), a snap tens of milliseconds,
     * while an explosion or a whoosh in a film or a game is one loud second that the detector cuts at its every
     * new attack into pieces that look like pops and snaps. The sound is the run of transients that abut, none
     * of them taken for grating (a grinding followed by a snap is two sounds); {@link #soundLengths}. Set on the
     * development data (issue 14): the pops and snaps found in the development corpora (plan seed 2: every
     * family; every pop a burst; every recording through a phone) belong to runs of at most about 0.5 s in a
     * reverberant room, a phone's pumped noise drawing a few longer; 0.5 / 0.6 s lost some of those (phone
     * corpus overall F1 0.665 → 0.647), 0.8 / 1.0 s none; the development negatives' false events over a noise
     * floor 102 → 58 (Chromium B.S.U.'s explosions), as they are unchanged (41).
     */
    public static final double MAX_JOINT_SOUND = 0.8;

    /**
     * A crepitus click is a micro stick–slip that rings for about 10 ms; two fused, or drawn out by a
     * contact sensor's low-frequency ringing, last up to this long. Longer transients are not clicks, s.
     */
    public static final double MAX_CLICK = 0.03;
    /**
     * Shortest stretch of continuous grating noise reported as a train, s. Grating is not always a string of
     * clicks: osteoarthritic joints also give continuous friction noise through the movement (Mollan et al.
     * 1982), which the detector cuts into pieces longer than {@link #MAX_CLICK} that the classifier takes for
     * grating. A movement's grinding lasts most of the movement; the development data (plan seed 2) set the
     * value: 0.8 s was the shortest that let no more development negatives through (0.3 and 0.5 s each let one
     * more), at a small cost in the development friction trains found (33 of 44 against 35).
     */
    public static final double FRICTION_MIN = 0.8;
    /**
     * Friction noise comes in bursts (stick–slip; Mollan et al. 1982): its energy envelope changes by this
     * much or more from one 10 ms step to the next on average, dB ({@link Envelope#meanStepChange}); steady
     * noise whose level only drifts — the noise a phone's gain control pumps up after a loud sound — changes
     * by about 1 dB. Set on the development data (plan seed 2): the friction trains found there 2.0–3.2 dB,
     * the runs in pumped noise (a corpus where every recording has the phone condition) 1.01–1.09 dB.
     */
    public static final double FRICTION_BURSTS_DB = Envelope.STEADY_DB;
    /** Fewest clicks that make a train. */
    public static final int TRAIN_MIN_CLICKS = 5;
    /**
     * Fewest clicks that make a train right beside another one (parted from it only by a pause): the clicks
     * of a grating movement come in bursts, and a short burst often shows only some of its clicks.
     */
    public static final int TRAIN_MIN_CLICKS_BESIDE = 3;
    /**
     * @param minConfidence below this confidence (the calibrated probability that the event is right) an event
     *                      is unclassified, in [0, 1] (default 0.5: more likely wrong than right)
     * @param detector      detector settings
     */
    public record Settings(double minConfidence, TransientDetector.Settings detector) {
        public Settings {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minimum confidence must be in [0, 1], was " + minConfidence);
            }
        }

        public static Settings defaults() {
            return new Settings(0.5, TransientDetector.Settings.defaults());
        }
    }

    private final Settings settings;
    private final ImpulseClassifier model;
    private final double minPeak;
    private final double popOnSnapConfidence;
    private final Calibration calibration;

    /**
     * An analyzer with this model, reporting its probabilities as they are; it reports no pops on snaps
     * ({@link PopsOnSnap}) without their confidence.
     */
    public Analyzer(Settings settings, ImpulseClassifier model) {
        this(settings, model, 0, 0, Calibration.IDENTITY);
    }

    private Analyzer(
            Settings settings,
            ImpulseClassifier model,
            double minPeak,
            double popOnSnapConfidence,
            Calibration calibration) {
        this.settings = settings;
        this.model = model;
        this.minPeak = minPeak;
        this.popOnSnapConfidence = popOnSnapConfidence;
        this.calibration = calibration;
    }

    /** The committed model with default settings. */
    public static Analyzer standard() {
        return of(AnalyzerModel.committed());
    }

    /** This model with default settings. */
    public static Analyzer of(AnalyzerModel m) {
        return new Analyzer(Settings.defaults(), m.classifier(), 0, m.popOnSnapConfidence(), m.calibration());
    }

    /** An analyzer for detection only (training a model needs transients before any model exists). */
    public static Analyzer standardDetectorOnly() {
        return new Analyzer(Settings.defaults(), null);
    }

    public Analyzer withMinConfidence(double c) {
        return new Analyzer(new Settings(c, settings.detector()), model, minPeak, popOnSnapConfidence, calibration);
    }

    /**
     * The same analyzer for a recording stored in this sample format: a transient whose peak is below the
     * format's {@link SampleFormat#smallestSound} (an 8-bit recording's last bit flipping) is not a sound.
     */
    public Analyzer forFormat(SampleFormat format) {
        return new Analyzer(settings, model, format.smallestSound(), popOnSnapConfidence, calibration);
    }

    /**
     * The class a transient is taken for: the most probable one, except that a joint transient longer than
     * {@link #MAX_POP} classified as a pop is a snap (a pop lasts about 5 ms, Dunning 2013), with the
     * snap's and the pop's probabilities together.
     *
     * @return the class and its probability
     */
    public static Map.Entry<ImpulseClass, Double> decide(Map<ImpulseClass, Double> posterior, Impulse imp) {
        ImpulseClass best = ImpulseClass.NOISE;
        for (Map.Entry<ImpulseClass, Double> e : posterior.entrySet()) {
            if (e.getValue() > posterior.get(best)) {
                best = e.getKey();
            }
        }
        double p = posterior.get(best);
        if (best == ImpulseClass.CAVITATION && imp.duration() > MAX_POP) {
            return Map.entry(ImpulseClass.SNAP, p + posterior.get(ImpulseClass.SNAP));
        }
        return Map.entry(best, p);
    }

    /** Analyses a clip (channels mixed to mono). */
    public AnalyzerResult analyze(AudioClip clip) {
        float[] mono = clip.mixedToMono();
        int[] pos = {0};
        try {
            return analyze(
                    buffer -> {
                        int n = Math.min(buffer.length, mono.length - pos[0]);
                        System.arraycopy(mono, pos[0], buffer, 0, n);
                        pos[0] += n;
                        return n;
                    },
                    clip.sampleRate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyses a stream of mono blocks; memory does not grow with the recording's length. */
    public AnalyzerResult analyze(BlockSource source, int sampleRate) throws IOException {
        return classify(ParallelDetector.detect(source, sampleRate, settings.detector()), sampleRate);
    }

    private AnalyzerResult classify(Detection d, int sampleRate) {
        return classify(
                d.transients(),
                new Envelope(d.envelope(), d.stepSeconds(), d.periodicity()),
                d.samples() / (double) sampleRate,
                sampleRate);
    }

    /** Opens the same recording again with its first {@code frames} frames skipped, for another thread to read. */
    @FunctionalInterface
    public interface Reopen {
        AudioReader openAt(long frames) throws IOException;
    }

    /**
     * Analyses a recording (WAV or FLAC) as it is read: all channels mixed to mono, or one channel; an integer
     * format's quantisation steps are not taken for sounds. The command line, the web app and the Spark job all
     * call this, so they give the same events for the same file, and a FLAC the same events as its WAV.
     *
     * @param channel a 0-based channel, or null for the mono mix
     */
    public AnalyzerResult analyze(AudioReader reader, Integer channel) throws IOException {
        return analyze(reader, channel, null, 1);
    }

    /**
     * As {@link #analyze(AudioReader, Integer)}, on as many threads as there are processors when the recording
     * is long (three minutes a part, six minutes at least) and {@code reopen} can open it again part way in: the same events to
     * the bit ({@link ParallelDetector}), sooner.
     *
     * @param reopen opens the recording again from a frame, or null to read it once
     */
    public AnalyzerResult analyze(AudioReader reader, Integer channel, Reopen reopen) throws IOException {
        return analyze(reader, channel, reopen, Runtime.getRuntime().availableProcessors());
    }

    AnalyzerResult analyze(AudioReader reader, Integer channel, Reopen reopen, int processors) throws IOException {
        int rate = reader.info().sampleRate();
        Analyzer a = forFormat(reader.info().format());
        if (channel != null) {
            // Validates the index before any work, with the reader's message.
            reader.readChannel(channel, new float[0]);
        }
        int parts = reopen == null ? 1 : ParallelDetector.parts(reader.info().frames(), rate, processors);
        if (parts < 2) {
            return a.analyze(mono(reader, channel), rate);
        }
        List<AudioReader> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            Detection d = ParallelDetector.detect(
                    from -> {
                        if (from == 0) {
                            return mono(reader, channel);
                        }
                        AudioReader more = reopen.openAt(from);
                        opened.add(more);
                        return mono(more, channel);
                    },
                    reader.info().frames(),
                    rate,
                    settings.detector(),
                    parts);
            return a.classify(d, rate);
        } finally {
            for (AudioReader r : opened) {
                r.close();
            }
        }
    }

    private static BlockSource mono(AudioReader reader, Integer channel) {
        return channel == null ? reader::readMono : buffer -> reader.readChannel(channel, buffer);
    }

    /** Transients of a clip (mixed to mono), for training. */
    public List<Impulse> detect(AudioClip clip) {
        TransientDetector detector = new TransientDetector(clip.sampleRate(), settings.detector());
        float[] mono = clip.mixedToMono();
        detector.accept(mono, mono.length);
        return detector.finish();
    }

    /**
     * Onsets of the attacks inside a pop-like transient: the start, and every point where the envelope
     * (the largest |x| over 3 ms, long enough to bridge a pop's own oscillation) climbs 6 dB from its last
     * dip to at least 40% of the transient's peak, at least {@link SoundEvent#FUSION_SECONDS} after the previous
     * attack (closer ones are heard as one pop).
     */
    static List<Double> attacks(Impulse imp) {
        int length = imp.length();
        int rate = imp.sampleRate();
        int step = Math.max(1, rate / 2000);
        int span = Math.max(1, rate * 3 / 1000);
        List<Double> out = new ArrayList<>();
        out.add(imp.onset());
        double dip = Double.MAX_VALUE;
        int dipAt = 0;
        int lastAttack = 0;
        double threshold = 0.4 * imp.peak();
        for (int i = 0; i + span <= length; i += step) {
            double env = 0;
            for (int k = i; k < i + span; k++) {
                env = Math.max(env, Math.abs(imp.sample(k)));
            }
            if (env < dip) {
                dip = env;
                dipAt = i + span;
            }
            if (env >= threshold && env >= 2 * dip && dipAt - lastAttack >= SoundEvent.FUSION_SECONDS * rate) {
                out.add(imp.onset() + (double) dipAt / rate);
                lastAttack = dipAt;
                dip = env;
                dipAt = i + span;
            }
        }
        return out;
    }

    /**
     * Whether a run of clicks from {@code start} to {@code end} lies in a voice: the periodic share around the
     * middle of the clicks, or of the stretch the envelope stays up around them, or within
     * {@link #TRAIN_VOICE_REACH} of the clicks' middle, reaches {@link #TRAIN_PERIODIC_SHARE}.
     */
    static boolean voiced(double start, double end, Envelope envelope) {
        double[] span = envelope.extend(start, end);
        double middle = (start + end) / 2;
        return Math.max(
                        Math.max(envelope.periodicShare(middle), envelope.periodicShare((span[0] + span[1]) / 2)),
                        envelope.periodicShareWithin(middle, TRAIN_VOICE_REACH))
                >= TRAIN_PERIODIC_SHARE;
    }

    /**
     * Whether a transient amid periodic sound stands {@link #STANDS_OUT_DB} above it: a joint sound under a
     * voice in the room, not one of the voice's own consonants. A transient whose only periodic sound is its
     * own ringing (a tendon's snap) stands out too.
     */
    static boolean standsOut(Impulse imp, Envelope envelope) {
        double peakDb = 20 * Math.log10(Math.max(imp.peak(), 1e-12));
        return peakDb - envelope.periodicLevel(imp.onset(), imp.offset()) >= STANDS_OUT_DB;
    }

    /**
     * Whether a transient taken for a pop is a swell of the noise: alone — no earlier sound ends later than
     * {@link #ALONE_BEFORE} before it ({@code latestSoundEnd}: the latest end of the sounds that start before it)
     * — and its peak less than {@link #STANDS_OUT_DB} above the median level of the 0.1 s before it
     * ({@link Envelope#levelBefore}). The
     * detector's noise floor follows a rising noise late — the noise of a movement and its muscles swelling to a
     * pop, a phone's gain control pumping the noise up — and its swells then pass for transients; a pop stands out
     * of what comes just before it (on the development corpora 15–45 dB, the swells 5–13 dB). After another
     * sound the level before is that sound's ringing, so a pop of a burst is not asked to stand out of it.
     */
    static boolean swell(Impulse imp, Envelope envelope, double latestSoundEnd) {
        if (imp.onset() - latestSoundEnd <= ALONE_BEFORE) {
            return false;
        }
        double before = envelope.levelBefore(imp.onset());
        double peakDb = 20 * Math.log10(Math.max(imp.peak(), 1e-12));
        return !Double.isNaN(before) && peakDb - before < STANDS_OUT_DB;
    }

    /**
     * Two clicks are parted by a pause between trains: further apart than {@link #TRAIN_PAUSE} and than
     * {@link #RHYTHM_PAUSE} times the run's own typical interval, with a quiet stretch between.
     *
     * @param typical the typical onset interval of the clicks around the gap ({@link #typicalInterval}), s
     */
    static boolean paused(Impulse a, Impulse b, Envelope envelope, double typical) {
        return envelope != null
                && b.onset() - a.onset() >= Math.max(TRAIN_PAUSE, RHYTHM_PAUSE * typical)
                && envelope.quietRun(a.offset(), b.onset()) >= QUIET_PAUSE;
    }

    /**
     * The typical onset interval around the gap before click {@code gap}: the median of up to four intervals on
     * each side of it (the gap itself left out), s; 0 with fewer than two.
     */
    static double typicalInterval(List<Impulse> impulses, List<Integer> clicks, int gap) {
        double[] gaps = new double[8];
        int n = 0;
        for (int k = Math.max(1, gap - 4); k <= Math.min(clicks.size() - 1, gap + 4); k++) {
            if (k != gap) {
                gaps[n++] = impulses.get(clicks.get(k)).onset()
                        - impulses.get(clicks.get(k - 1)).onset();
            }
        }
        if (n < 2) {
            return 0;
        }
        java.util.Arrays.sort(gaps, 0, n);
        return n % 2 == 1 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2;
    }

    /**
     * Runs of consecutive clicks: [first, end) indices into {@code clicks}, and whether the run follows the
     * previous one closer than {@link #TRAIN_GAP} (parted from it only by a pause).
     */
    private record Run(int first, int end, boolean besidePrevious) {
        int count() {
            return end - first;
        }
    }

    /** A train's features: its loudest part's, timed from the train's start and to its end, with its count. */
    private static EventFeatures trainFeatures(
            EventFeatures f, Impulse loudest, double onset, double offset, int count) {
        return new EventFeatures(
                f.peakDbfs(),
                f.snrDb(),
                loudest.peakTime() - onset,
                offset - loudest.peakTime(),
                f.dominantFrequency(),
                f.spectralCentroid(),
                f.bandwidth(),
                f.flatness(),
                count);
    }

    /**
     * Stretches of continuous friction noise made of grating pieces (transients taken for grating but longer
     * than {@link #MAX_CLICK}): a run of pieces each less than {@link #TRAIN_GAP} after the one before, parted
     * at every quiet pause ({@link #QUIET_PAUSE}) in the envelope, even one inside a piece (a phone's gain
     * control ducks the noise after a grinding under the floor the detector learned before it, and the
     * detector's last piece runs on over the pause); each part a stretch if its envelope moves with bursts
     * ({@link #FRICTION_BURSTS_DB}), it is not in a voice ({@link #voiced}), and it is at least
     * {@link #FRICTION_MIN} long. Without an envelope, none.
     *
     * @param pieces indices into {@code impulses}, in time order
     */
    static List<FrictionSpan> frictionSpans(List<Impulse> impulses, List<Integer> pieces, Envelope envelope) {
        List<FrictionSpan> out = new ArrayList<>();
        if (envelope == null) {
            return out;
        }
        for (int a = 0; a < pieces.size(); ) {
            int b = a + 1;
            while (b < pieces.size()
                    && impulses.get(pieces.get(b)).onset()
                                    - impulses.get(pieces.get(b - 1)).offset()
                            < TRAIN_GAP) {
                b++;
            }
            double from = impulses.get(pieces.get(a)).onset();
            double to = impulses.get(pieces.get(b - 1)).offset();
            // A pause parts the run: the stretches between pauses are judged each on its own.
            List<double[]> pauses = envelope.quietRuns(from, to, QUIET_PAUSE);
            double segmentStart = from;
            for (int p = 0; p <= pauses.size(); p++) {
                double segmentEnd = p < pauses.size() ? pauses.get(p)[0] : to;
                int first = -1;
                int end = -1;
                for (int k = a; k < b; k++) {
                    Impulse piece = impulses.get(pieces.get(k));
                    if (piece.onset() < segmentEnd && piece.offset() > segmentStart) {
                        first = first < 0 ? k : first;
                        end = k + 1;
                    }
                }
                if (first >= 0) {
                    double start = Math.max(
                            segmentStart, impulses.get(pieces.get(first)).onset());
                    double stop = Math.min(
                            segmentEnd, impulses.get(pieces.get(end - 1)).offset());
                    if (stop - start >= FRICTION_MIN
                            && envelope.meanStepChange(start, stop) >= FRICTION_BURSTS_DB
                            && !voiced(start, stop, envelope)) {
                        out.add(new FrictionSpan(first, end, start, stop));
                    }
                }
                segmentStart = p < pauses.size() ? pauses.get(p)[1] : to;
            }
            a = b;
        }
        return out;
    }

    /**
     * A stretch of continuous friction noise: the grating pieces {@code [first, end)} (indices into the
     * pieces) that lie in it, and where it starts and stops, s (a pause inside a piece cuts it).
     */
    record FrictionSpan(int first, int end, double start, double stop) {}

    /** A snap within {@link #SNAP_MERGE} of the snap before it is part of it (in place; sorted by onset). */
    static void mergeDoubleSnaps(List<DetectedEvent> events) {
        DetectedEvent last = null;
        for (int i = 0; i < events.size(); i++) {
            DetectedEvent e = events.get(i);
            if (e.soundClass() != SoundClass.SOFT_TISSUE_SNAP) {
                continue;
            }
            if (last != null && e.onset() - last.onset() < SNAP_MERGE) {
                DetectedEvent merged = new DetectedEvent(
                        last.onset(),
                        Math.max(last.offset(), e.offset()),
                        last.soundClass(),
                        Math.max(last.confidence(), e.confidence()),
                        last.features());
                events.set(events.indexOf(last), merged);
                events.remove(i--);
                last = merged;
            } else {
                last = e;
            }
        }
    }

    /**
     * Grating trains whose spans overlap once widened to where the envelope falls back to the noise are one
     * train: the envelope shows no pause between them (in place; sorted by onset).
     */
    static void mergeOverlappingTrains(List<DetectedEvent> events) {
        DetectedEvent last = null;
        for (int i = 0; i < events.size(); i++) {
            DetectedEvent e = events.get(i);
            if (e.soundClass() != SoundClass.CREPITUS) {
                continue;
            }
            if (last != null && e.onset() < last.offset()) {
                EventFeatures a = last.features();
                EventFeatures b = e.features();
                EventFeatures loud = a.peakDbfs() >= b.peakDbfs() ? a : b;
                double end = Math.max(last.offset(), e.offset());
                double clicks = a.subClicks() + b.subClicks();
                DetectedEvent merged = new DetectedEvent(
                        last.onset(),
                        end,
                        last.soundClass(),
                        (last.confidence() * a.subClicks() + e.confidence() * b.subClicks()) / clicks,
                        new EventFeatures(
                                loud.peakDbfs(),
                                loud.snrDb(),
                                loud.riseTime(),
                                loud.decayTime(),
                                loud.dominantFrequency(),
                                loud.spectralCentroid(),
                                loud.bandwidth(),
                                loud.flatness(),
                                a.subClicks() + b.subClicks()));
                events.set(events.indexOf(last), merged);
                events.remove(i--);
                last = merged;
            } else {
                last = e;
            }
        }
    }

    /**
     * How long the sound each transient is a piece of lasts, s: the run of abutting transients (pieces of one
     * sound split at its new attacks) that are sounds and not grating clicks or pieces ({@code decisions}: null
     * for a transient that is not a sound or is part of a periodic one); 0 for the others. A grating click
     * breaks the run, so a grinding and the snap after it are two sounds.
     */
    static double[] soundLengths(List<Impulse> impulses, List<Map.Entry<ImpulseClass, Double>> decisions) {
        return Impulse.soundLengths(impulses, i -> inSound(decisions.get(i)));
    }

    private static boolean inSound(Map.Entry<ImpulseClass, Double> d) {
        return d != null && d.getKey() != ImpulseClass.CREPITUS_CLICK;
    }

    /** Classifies and groups detected transients (no envelope: trains span their detected clicks). */
    public AnalyzerResult classify(List<Impulse> impulses, double duration, int sampleRate) {
        return classify(impulses, null, duration, sampleRate);
    }

    /**
     * Classifies and groups detected transients; with the recording's energy envelope, a grating train's
     * start and end are where the envelope around its clicks falls back to the noise.
     */
    public AnalyzerResult classify(List<Impulse> impulses, Envelope envelope, double duration, int sampleRate) {
        List<EventFeatures> features = ImpulseVector.features(impulses);
        List<double[]> vectors = ImpulseVector.of(impulses, features);
        List<DetectedEvent> events = new ArrayList<>();
        List<Integer> clicks = new ArrayList<>();
        List<Double> clickConfidence = new ArrayList<>();
        int rejected = 0;
        List<Double> otherOnsets = new ArrayList<>();
        // Transients taken for grating but too long for a click: pieces of continuous friction noise.
        List<Integer> pieces = new ArrayList<>();
        List<Double> pieceConfidence = new ArrayList<>();
        // First what each transient is taken for (null: not a sound, or part of a periodic one).
        List<Map.Entry<ImpulseClass, Double>> decisions = new ArrayList<>(impulses.size());
        // The latest end of the transients so far that are sounds (not part of a periodic one), for swell.
        double latestSoundEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < impulses.size(); i++) {
            Impulse imp = impulses.get(i);
            boolean sound = imp.peak() >= minPeak
                    && !(envelope != null
                            && envelope.inPeriodicSound(imp.onset(), imp.offset(), PERIODIC_SHARE)
                            && !standsOut(imp, envelope));
            Map.Entry<ImpulseClass, Double> decided = sound ? decide(model.posterior(vectors.get(i)), imp) : null;
            if (decided != null
                    && decided.getKey() == ImpulseClass.CAVITATION
                    && envelope != null
                    && swell(imp, envelope, latestSoundEnd)) {
                decided = Map.entry(ImpulseClass.NOISE, decided.getValue());
            }
            decisions.add(decided);
            if (sound) {
                latestSoundEnd = Math.max(latestSoundEnd, imp.offset());
            }
        }
        double[] soundLength = soundLengths(impulses, decisions);
        for (int i = 0; i < impulses.size(); i++) {
            if (impulses.get(i).peak() < minPeak) {
                rejected++;
                continue;
            }
            Map.Entry<ImpulseClass, Double> decided = decisions.get(i);
            if (decided == null) {
                // Part of a voice, a chime or music, or a consonant between its vowels: not a joint.
                rejected++;
                otherOnsets.add(impulses.get(i).onset());
                continue;
            }
            ImpulseClass best = decided.getKey();
            double p = decided.getValue();
            if (!best.isJoint() || (best != ImpulseClass.CREPITUS_CLICK && soundLength[i] > MAX_JOINT_SOUND)) {
                // Not a joint sound, or a piece of a sound too long to be a pop or a snap (an explosion).
                rejected++;
                otherOnsets.add(impulses.get(i).onset());
                continue;
            }
            switch (best) {
                case CREPITUS_CLICK -> {
                    if (impulses.get(i).duration() <= MAX_CLICK) {
                        clicks.add(i);
                        clickConfidence.add(p);
                    } else {
                        pieces.add(i);
                        pieceConfidence.add(p);
                    }
                }
                default -> {
                    Impulse imp = impulses.get(i);
                    SoundClass cls =
                            best == ImpulseClass.CAVITATION ? SoundClass.CAVITATION : SoundClass.SOFT_TISSUE_SNAP;
                    double q = calibration.apply(
                            cls == SoundClass.CAVITATION ? Calibration.Kind.CAVITATION : Calibration.Kind.SNAP,
                            p,
                            features.get(i).snrDb());
                    SoundClass shown = q >= settings.minConfidence() ? cls : null;
                    if (cls == SoundClass.CAVITATION) {
                        // Pops a few milliseconds apart arrive as one transient: each new attack is a pop.
                        List<Double> onsets = attacks(imp);
                        for (int k = 0; k < onsets.size(); k++) {
                            double end = k + 1 < onsets.size() ? onsets.get(k + 1) : imp.offset();
                            events.add(new DetectedEvent(onsets.get(k), end, shown, q, features.get(i)));
                        }
                    } else {
                        events.add(new DetectedEvent(imp.onset(), imp.offset(), shown, q, features.get(i)));
                        if (popOnSnapConfidence > 0) {
                            for (Impulse piece : PopsOnSnap.find(imp)) {
                                EventFeatures pf = FeatureExtractor.of(piece);
                                double pq = calibration.apply(
                                        Calibration.Kind.POP_ON_SNAP, popOnSnapConfidence, pf.snrDb());
                                events.add(new DetectedEvent(
                                        piece.onset(),
                                        piece.offset(),
                                        pq >= settings.minConfidence() ? SoundClass.CAVITATION : null,
                                        pq,
                                        pf));
                            }
                        }
                    }
                }
            }
        }
        // Clicks into trains.
        List<Run> runs = new ArrayList<>();
        for (int start = 0; start < clicks.size(); ) {
            int end = start + 1;
            while (end < clicks.size()
                    && impulses.get(clicks.get(end)).onset()
                                    - impulses.get(clicks.get(end - 1)).offset()
                            < TRAIN_GAP
                    && !paused(
                            impulses.get(clicks.get(end - 1)),
                            impulses.get(clicks.get(end)),
                            envelope,
                            typicalInterval(impulses, clicks, end))) {
                end++;
            }
            runs.add(new Run(
                    start,
                    end,
                    start > 0
                            && impulses.get(clicks.get(start)).onset()
                                            - impulses.get(clicks.get(start - 1))
                                                    .offset()
                                    < TRAIN_GAP));
            start = end;
        }
        boolean[] clean = new boolean[runs.size()];
        boolean[] full = new boolean[runs.size()];
        for (int g = 0; g < runs.size(); g++) {
            double spanStart = impulses.get(clicks.get(runs.get(g).first())).onset();
            double spanEnd = impulses.get(clicks.get(runs.get(g).end() - 1)).offset();
            long others = otherOnsets.stream()
                    .filter(t -> t >= spanStart && t <= spanEnd)
                    .count();
            // Clicks amid more speech or rustle than clicks are fragments of that sound, not grating; so are
            // clicks in a stretch a voice fills with periodic sound (its consonants).
            clean[g] = others <= runs.get(g).count() && (envelope == null || !voiced(spanStart, spanEnd, envelope));
            full[g] = clean[g] && runs.get(g).count() >= TRAIN_MIN_CLICKS;
        }
        for (int g = 0; g < runs.size(); g++) {
            int start = runs.get(g).first();
            int end = runs.get(g).end();
            int count = runs.get(g).count();
            boolean besideTrain = (runs.get(g).besidePrevious() && full[g - 1])
                    || (g + 1 < runs.size() && runs.get(g + 1).besidePrevious() && full[g + 1]);
            if (full[g] || (clean[g] && besideTrain && count >= TRAIN_MIN_CLICKS_BESIDE)) {
                Impulse first = impulses.get(clicks.get(start));
                double offset = first.offset();
                double spanOnset = first.onset();
                int loudest = clicks.get(start);
                double conf = 0;
                for (int k = start; k < end; k++) {
                    Impulse c = impulses.get(clicks.get(k));
                    offset = Math.max(offset, c.offset());
                    if (c.peak() > impulses.get(loudest).peak()) {
                        loudest = clicks.get(k);
                    }
                    conf += clickConfidence.get(k);
                }
                conf /= count;
                conf = calibration.apply(
                        Calibration.Kind.CREPITUS, conf, features.get(loudest).snrDb());
                if (envelope != null) {
                    double[] span = envelope.extend(first.onset(), offset);
                    spanOnset = span[0];
                    offset = span[1];
                }
                events.add(new DetectedEvent(
                        spanOnset,
                        offset,
                        conf >= settings.minConfidence() ? SoundClass.CREPITUS : null,
                        conf,
                        trainFeatures(features.get(loudest), impulses.get(loudest), spanOnset, offset, count)));
            } else {
                rejected += count;
            }
        }
        // Continuous friction noise: runs of long grating pieces; the other pieces are dropped.
        List<FrictionSpan> friction = frictionSpans(impulses, pieces, envelope);
        rejected += pieces.size();
        for (FrictionSpan run : friction) {
            int loudest = pieces.get(run.first());
            double conf = 0;
            for (int k = run.first(); k < run.end(); k++) {
                int i = pieces.get(k);
                loudest = impulses.get(i).peak() > impulses.get(loudest).peak() ? i : loudest;
                conf += pieceConfidence.get(k);
            }
            int count = run.end() - run.first();
            rejected -= count;
            conf = calibration.apply(
                    Calibration.Kind.CREPITUS,
                    conf / count,
                    features.get(loudest).snrDb());
            double[] span = envelope.extend(run.start(), run.stop());
            events.add(new DetectedEvent(
                    span[0],
                    span[1],
                    conf >= settings.minConfidence() ? SoundClass.CREPITUS : null,
                    conf,
                    trainFeatures(features.get(loudest), impulses.get(loudest), span[0], span[1], count)));
        }
        // A pop-like catch in or at the edge of a grating train is a bone spur's catch, part of the train.
        List<DetectedEvent> trains = events.stream()
                .filter(e -> e.soundClass() == SoundClass.CREPITUS)
                .toList();
        events.removeIf(e -> e.soundClass() == SoundClass.CAVITATION
                && trains.stream()
                        .anyMatch(t -> e.onset() > t.onset() - TRAIN_GAP && e.onset() < t.offset() + TRAIN_GAP));
        events.sort((a, b) -> Double.compare(a.onset(), b.onset()));
        mergeDoubleSnaps(events);
        mergeOverlappingTrains(events);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SoundClass c : SoundClass.values()) {
            counts.put(c.id(), 0);
        }
        counts.put("unclassified", 0);
        for (DetectedEvent e : events) {
            counts.merge(e.label(), 1, Integer::sum);
        }
        return new AnalyzerResult(duration, sampleRate, events, counts, Patterns.of(events), rejected);
    }
}
