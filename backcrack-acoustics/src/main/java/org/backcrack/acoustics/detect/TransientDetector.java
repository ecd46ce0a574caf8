package org.backcrack.acoustics.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backcrack.core.dsp.Biquad;

/**
 * Finds transients in a stream of mono samples, in bounded memory.
 *
 * <p>The signal is high-passed (a DC blocker and a second-order Butterworth section at
 * {@link Settings#highPassHz()}, which removes DC offset and body-movement rumble), its energy is taken in
 * 1 ms frames, and a frame belongs to an event when it is {@link Settings#onDb()} above a running noise
 * floor; the event ends when the energy stays below floor + {@link Settings#offDb()} for
 * {@link Settings#releaseSeconds()}. The floor follows the log-energy of the noise, down quickly and up
 * slowly (at most {@link Settings#floorRiseDbPerSecond()}), so stationary noise and mains hum set the floor
 * and are not detected, while short sounds stand out.
 * Clipping does not matter: only energy relative to the floor is used.
 *
 * <p>Feed blocks with {@link #accept}, then {@link #finish}. Memory is a ring of the last
 * {@link Settings#maxEventSeconds()} of samples, whatever the recording's length.
 */
public final class TransientDetector {

    /**
     * Detector settings.
     *
     * @param highPassHz           high-pass corner, Hz, in [10, 1000] (default 60)
     * @param onDb                 energy above the floor (the noise's typical peak) that starts an event, dB, in [3, 40] (default 8)
     * @param offDb                energy above the floor below which an event ends, dB, in [0, onDb] (default 2)
     * @param releaseSeconds       how long the energy must stay low to end an event, s (default 0.004)
     * @param floorRiseDbPerSecond fastest rise of the noise floor, dB/s (default 20)
     * @param maxEventSeconds      longest event kept whole; longer ones are cut, s (default 2)
     */
    public record Settings(
            double highPassHz,
            double onDb,
            double offDb,
            double releaseSeconds,
            double floorRiseDbPerSecond,
            double maxEventSeconds) {
        public Settings {
            if (highPassHz < 10
                    || highPassHz > 1000
                    || onDb < 3
                    || onDb > 40
                    || offDb < 0
                    || offDb > onDb
                    || releaseSeconds <= 0
                    || floorRiseDbPerSecond <= 0
                    || maxEventSeconds <= 0) {
                throw new IllegalArgumentException("detector settings out of range");
            }
        }

        public static Settings defaults() {
            return new Settings(60, 8, 2, 0.004, 20, 2);
        }
    }

    private static final double FLOOR_INIT_DB = -120;
    /** Frames that seed the floor before anything is detected. */
    private static final int WARM_UP_FRAMES = 40;
    /** Frames per floor block, whose loudest frame is the noise peak. */
    private static final int FLOOR_BLOCK = 20;

    private double blockMax = FLOOR_MIN;
    private int blockFrames;
    /** No frame is quieter than this for the floor, dB re full scale (digital silence is not a floor). */
    private static final double FLOOR_MIN_DB = -100;

    private static final double FLOOR_MIN = 1e-10;
    /** After this long an event lets the floor learn again, s. */
    private static final double LONG_EVENT_SECONDS = 0.5;

    private double lastRaw = Double.NaN;
    private int stuckInFrame;
    /** Rise over the loudest frame 2–5 ms earlier that marks a new attack inside an event, dB. */
    private static final double REATTACK_DB = 6;

    private static final double REATTACK_RATIO = Math.pow(10, REATTACK_DB / 10);
    /** An event is split at a new attack only after this long, s (a pop lasts about 5 ms). */
    private static final double MIN_SPLIT_SECONDS = 0.008;
    /** Energies of the last six frames. */
    private final double[] recent = new double[6];
    /** Frames per step of the {@link #envelope()}. */
    private static final int ENVELOPE_FRAMES = 10;

    private float[] envelope = new float[1024];
    /** Per envelope step: its {@link Periodicity} in hundredths, measured only where it is loud. */
    private byte[] periodicity = new byte[1024];
    /** A step is measured for periodicity when its energy is this far above the floor, dB. */
    private static final double PERIODIC_ABOVE_DB = -6;
    /** Nor when it is quieter than this, dB re full scale (digital silence after the filters). */
    private static final double PERIODIC_MIN_DB = -90;

    private final Periodicity periodicityMeter;
    /** A step whose periodicity is measurable but not measured yet. */
    private static final byte PENDING = -1;
    /**
     * Steps this close to a transient's start are measured, s: more than the span the analyzer looks at
     * around a transient ({@code Envelope.inPeriodicSound}: 0.5 s either way).
     */
    private static final double PERIODIC_DEMAND = 0.6;

    /** The last step (of this detector's own, from its first) whose periodicity is asked for as it comes. */
    private long periodicDemandUntil = -1;

    private int envelopeLength;
    private int stepStuckFrames;
    private double envelopeSum;
    private int envelopeFrames;

    private final Settings settings;
    private final int sampleRate;
    private final int hop;
    private final List<Impulse> found = new ArrayList<>();
    // high-pass state
    private final double b0;
    private final double a1;
    private final double a2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;
    private double dcX;
    private double dcY;
    // framing
    private double frameEnergy;
    private int frameFill;
    private long frameIndex;
    /** The stream's frame at which this detector started: 0, or a later point (see {@link #startingAt}). */
    private final long firstFrame;

    private double floorDb = FLOOR_INIT_DB;
    private double floorLin = Math.pow(10, FLOOR_INIT_DB / 10);
    private final double onRatio;
    private final double offRatio;
    // ring of recent filtered samples
    private final float[] ring;
    private long written;
    /** Index in {@link #ring} of the next sample: always {@code written % ring.length}. */
    private int ringPos;
    // current event
    private boolean active;
    private long eventStartSample;
    private long lastLoudSample;
    private double eventPeak;
    private long eventPeakSample;
    private double eventFloor;

    public TransientDetector(int sampleRate, Settings settings) {
        this(sampleRate, settings, 0, 0);
    }

    private TransientDetector(int sampleRate, Settings settings, long start, int blockPhase) {
        if (sampleRate < 1000) {
            throw new IllegalArgumentException("sample rate must be at least 1000 Hz");
        }
        this.settings = settings;
        this.sampleRate = sampleRate;
        this.onRatio = Math.pow(10, settings.onDb() / 10);
        this.offRatio = Math.pow(10, settings.offDb() / 10);
        this.hop = hop(sampleRate);
        if (start < 0 || start % alignment(sampleRate) != 0) {
            throw new IllegalArgumentException("a detector starts at a multiple of " + alignment(sampleRate));
        }
        this.firstFrame = start / hop;
        this.frameIndex = firstFrame;
        this.written = start;
        this.periodicityMeter = new Periodicity(sampleRate);
        this.ring = new float
                [Math.max(periodicityMeter.span(), (int) Math.ceil(settings.maxEventSeconds() * sampleRate) + hop * 8)];
        this.ringPos = (int) (start % ring.length);
        if (blockPhase < 0 || blockPhase >= FLOOR_BLOCK) {
            throw new IllegalArgumentException("a block phase is 0 to " + (FLOOR_BLOCK - 1));
        }
        this.blockFrames = (FLOOR_BLOCK - blockPhase) % FLOOR_BLOCK;
        Biquad hp = Biquad.highPass(settings.highPassHz(), sampleRate);
        b0 = hp.b0();
        a1 = hp.a1();
        a2 = hp.a2();
    }

    /** 1 ms frames, but at least 16 samples: fewer make the energy of plain noise jump by 10 dB. */
    private static int hop(int sampleRate) {
        return Math.max(16, sampleRate / 1000);
    }

    /**
     * A detector for the same stream from sample {@code start} on, a multiple of {@link #alignment}: it seeds
     * its noise floor from its own first frames, as a detector does at a stream's start, so until its state
     * has {@linkplain #sameFutureAs become the same} as that of a detector that started earlier its
     * transients are its own guesses (see {@code ParallelDetector}).
     */
    public static TransientDetector startingAt(int sampleRate, Settings settings, long start) {
        return new TransientDetector(sampleRate, settings, start, 0);
    }

    /**
     * As {@link #startingAt(int, Settings, long)}, with its floor blocks shifted by {@code blockPhase} frames, as
     * those of a detector that met that many stuck frames (modulo a block) before are ({@link #blockPhase}).
     */
    public static TransientDetector startingAt(int sampleRate, Settings settings, long start, int blockPhase) {
        return new TransientDetector(sampleRate, settings, start, blockPhase);
    }

    /**
     * The samples a later start must be a multiple of: a whole floor block of frames, which is also a whole
     * (even) number of envelope steps, so that the blocks, the steps and the every-other-step periodicity fall
     * where they fall for a detector that started at 0 (the blocks until a stuck frame shifts them: {@link
     * #blockPhase}).
     */
    public static long alignment(int sampleRate) {
        return (long) hop(sampleRate) * FLOOR_BLOCK;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /**
     * Processes {@code n} samples from {@code block}. Measured hot path (AnalyzerBenchmark): the filter state
     * and coefficients live in locals and the ring index wraps without a division. The samples go through in
     * runs up to the end of the current 1 ms frame, so the inner loop has no frame bookkeeping, and whether an
     * event is open (its peak followed sample by sample) is fixed for the run, which lets the compiler make a
     * loop without that test for the silence between events.
     */
    public void accept(float[] block, int n) {
        double dcPole = 1 - 2 * Math.PI * 10.0 / sampleRate;
        double c0 = b0;
        double c1 = -a1;
        double c2 = a2;
        double lx1 = x1;
        double lx2 = x2;
        double ly1 = y1;
        double ly2 = y2;
        double ldcX = dcX;
        double ldcY = dcY;
        double raw = lastRaw;
        double energy = frameEnergy;
        int fill = frameFill;
        int stuckCount = stuckInFrame;
        int pos = ringPos;
        float[] r = ring;
        for (int i = 0; i < n; ) {
            int stop = Math.min(n, i + hop - fill);
            boolean tracking = active;
            double peak = eventPeak;
            long peakSample = eventPeakSample;
            for (int j = i; j < stop; j++) {
                double x = block[j];
                stuckCount += x == raw ? 1 : 0;
                raw = x;
                // DC blocker first, so a large offset does not ride through the biquad's transient.
                // The feedback terms go last and fused: each sample waits only for one fused multiply-add of the
                // last output, not for the whole sum (the recursion's latency is the detector's speed limit).
                double d = Math.fma(dcPole, ldcY, x - ldcX);
                ldcX = x;
                ldcY = d;
                // A Butterworth high-pass's numerator is b0·(1 - 2z⁻¹ + z⁻²): one multiplication. (Not
                // Biquad.apply's direct form on purpose: it rounds differently, and the committed model was
                // fitted to these values.)
                double y = Math.fma(c1, ly1, c0 * (d - 2 * lx1 + lx2) - c2 * ly2);
                lx2 = lx1;
                lx1 = d;
                ly2 = ly1;
                ly1 = y;
                r[pos] = (float) y;
                if (++pos == r.length) {
                    pos = 0;
                }
                energy += y * y;
                if (tracking && Math.abs(y) > peak) {
                    peak = Math.abs(y);
                    peakSample = written + j;
                }
            }
            eventPeak = peak;
            eventPeakSample = peakSample;
            fill += stop - i;
            i = stop;
            if (fill == hop) {
                written += i;
                ringPos = pos;
                frame(energy / hop, stuckCount >= hop - 1);
                written -= i;
                energy = 0;
                fill = 0;
                stuckCount = 0;
            }
        }
        written += n;
        x1 = lx1;
        x2 = lx2;
        y1 = ly1;
        y2 = ly2;
        dcX = ldcX;
        dcY = ldcY;
        lastRaw = raw;
        frameEnergy = energy;
        frameFill = fill;
        stuckInFrame = stuckCount;
        ringPos = pos;
    }

    private void frame(double energy, boolean stuck) {
        envelopeSum += energy;
        if (stuck) {
            stepStuckFrames++;
        }
        if (++envelopeFrames == ENVELOPE_FRAMES) {
            if (envelopeLength == envelope.length) {
                envelope = Arrays.copyOf(envelope, envelope.length * 2);
                periodicity = Arrays.copyOf(periodicity, envelope.length);
            }
            float stepDb = (float) Math.max(FLOOR_MIN_DB, 10 * Math.log10(envelopeSum / ENVELOPE_FRAMES + 1e-20));
            // Only loud steps are measured: the cost stays with the sounds, not with the silence between them.
            // A step that is mostly clipped or digitally still (an 8-bit file's constant value with a flip or
            // two) is the filters' smooth decay, which correlates with itself perfectly: not measured.
            // And only near transients: a step is measured when a transient starts within PERIODIC_DEMAND of it
            // (the steps before from the ring, the steps after as they come); the rest wait, and most never are.
            // Every other step: the 45 ms window of an even step covers most of the odd step before it, which
            // takes its value (periodicity()).
            if (frameIndex - firstFrame >= WARM_UP_FRAMES
                    && stepDb >= floorDb + PERIODIC_ABOVE_DB
                    && stepDb > PERIODIC_MIN_DB
                    && stepStuckFrames * 2 < ENVELOPE_FRAMES
                    && (envelopeLength & 1) == 0) {
                periodicity[envelopeLength] = envelopeLength <= periodicDemandUntil
                        ? (byte) Math.round(100 * periodicityMeter.of(ring, written))
                        : PENDING;
            }
            envelope[envelopeLength++] = stepDb;
            envelopeSum = 0;
            envelopeFrames = 0;
            stepStuckFrames = 0;
        }
        // Levels are compared as energy ratios: one logarithm per floor block, not one per frame.
        double lin = Math.max(FLOOR_MIN, energy + 1e-20);
        long frameEnd = (frameIndex + 1) * hop;
        int slot = (int) (frameIndex % 6);
        long sinceStart = frameIndex - firstFrame;
        if (sinceStart < WARM_UP_FRAMES) {
            // The first frames set the floor (their loudest, after the filters settle) and are not searched.
            if (sinceStart >= WARM_UP_FRAMES - FLOOR_BLOCK) {
                double db = 10 * Math.log10(lin);
                setFloor(sinceStart == WARM_UP_FRAMES - FLOOR_BLOCK ? db : Math.max(floorDb, db));
            }
            recent[slot] = lin;
            frameIndex++;
            return;
        }
        if (stuck && !active) {
            // Clipped or digitally silent (all but at most one sample repeat the one before): no noise to learn
            // from, and nothing new can start here. A quiet low sound in an 8-bit file at 96 kHz changes by one
            // step only every few dozen samples, and is not stuck.
            recent[slot] = lin;
            frameIndex++;
            return;
        }
        boolean overOn = lin >= floorLin * onRatio;
        // The loudest of the frames 2 to 5 ms ago: a ringing sound stays near it, a new attack jumps above it.
        double before = Math.max(
                Math.max(recent[(slot + 4) % 6], recent[(slot + 3) % 6]),
                Math.max(recent[(slot + 2) % 6], recent[(slot + 1) % 6]));
        if (active
                && overOn
                && lin >= before * REATTACK_RATIO
                && frameIndex * hop - eventStartSample >= MIN_SPLIT_SECONDS * sampleRate) {
            // A new attack inside an event (a second pop in a burst, a pop on a snap's tail): split here.
            close(frameIndex * hop);
        }
        recent[slot] = lin;
        if (!active && overOn) {
            active = true;
            demandPeriodicity(sinceStart / ENVELOPE_FRAMES);
            // The onset is the start of the frame that crossed; step back one frame if the previous one rose.
            eventStartSample = frameIndex * hop;
            eventPeak = 0;
            eventPeakSample = eventStartSample;
            eventFloor = floorDb;
            lastLoudSample = frameEnd;
            for (long s = Math.max(eventStartSample, written - hop); s < written; s++) {
                float v = ring[(int) (s % ring.length)];
                if (Math.abs(v) > eventPeak) {
                    eventPeak = Math.abs(v);
                    eventPeakSample = s;
                }
            }
        } else if (active) {
            if (lin >= floorLin * offRatio) {
                lastLoudSample = frameEnd;
            }
            boolean released = frameEnd - lastLoudSample >= settings.releaseSeconds() * sampleRate;
            boolean tooLong = frameEnd - eventStartSample >= ring.length - hop * 4;
            if (released || tooLong) {
                close(lastLoudSample);
            }
        }
        // The floor is the noise's typical peak: the loudest frame of each 20-frame block, followed down within
        // about 0.1 s and up over about half a second (never faster than floorRiseDbPerSecond), and not during
        // an event. Periodic noise such as mains hum, whose 1 ms frames swing with its phase, and plain noise,
        // whose short frames jump by several dB, both sit at or under their own peaks.
        blockMax = Math.max(blockMax, lin);
        if (++blockFrames == FLOOR_BLOCK) {
            boolean longEvent = active && frameEnd - eventStartSample > LONG_EVENT_SECONDS * sampleRate;
            if (!active || longEvent) {
                double blockMaxDb = 10 * Math.log10(blockMax);
                double tau = blockMaxDb < floorDb ? 0.1 : 0.5;
                double step = (blockMaxDb - floorDb) * Math.min(1, FLOOR_BLOCK * hop / (tau * sampleRate));
                setFloor(floorDb + Math.min(step, settings.floorRiseDbPerSecond() * FLOOR_BLOCK * hop / sampleRate));
                if (longEvent && blockMaxDb - floorDb < settings.offDb()) {
                    // A long 'event' that is only a louder background (hum switched on): end it, keep learning.
                    close(frameEnd);
                }
            }
            blockMax = FLOOR_MIN;
            blockFrames = 0;
        }
        frameIndex++;
    }

    /** Steps before a transient's start whose periodicity it asks for: {@link #PERIODIC_DEMAND}. */
    private int demandReach() {
        return (int) Math.ceil(PERIODIC_DEMAND * sampleRate / (ENVELOPE_FRAMES * (double) hop));
    }

    /** Measures the pending steps within {@link #PERIODIC_DEMAND} before step {@code at}, and asks for those after. */
    private void demandPeriodicity(long at) {
        int reach = demandReach();
        for (int k = (int) Math.max(0, at - reach); k < envelopeLength; k++) {
            if (periodicity[k] == PENDING) {
                long end = (firstFrame + (long) (k + 1) * ENVELOPE_FRAMES) * hop;
                periodicity[k] = end - periodicityMeter.span() > written - ring.length
                        ? (byte) Math.round(100 * periodicityMeter.of(ring, end))
                        : 0;
            }
        }
        periodicDemandUntil = Math.max(periodicDemandUntil, at + reach);
    }

    private void setFloor(double db) {
        floorDb = db;
        floorLin = Math.pow(10, db / 10);
    }

    private void close(long endSample) {
        long start = Math.max(eventStartSample, written - ring.length + 1);
        long end = Math.max(start + 1, Math.min(endSample, written));
        float[] s = new float[(int) (end - start)];
        // The ring holds sample i at i % ring.length: at most two stretches, copied whole.
        int from = (int) (start % ring.length);
        int first = Math.min(s.length, ring.length - from);
        System.arraycopy(ring, from, s, 0, first);
        System.arraycopy(ring, 0, s, first, s.length - first);
        double peak = eventPeak;
        long peakSample = eventPeakSample;
        if (peakSample >= end) {
            // Split at a new attack: the running peak may already be the next sound's; take this one's own.
            peak = 0;
            for (int i = 0; i < s.length; i++) {
                if (Math.abs(s[i]) > peak) {
                    peak = Math.abs(s[i]);
                    peakSample = start + i;
                }
            }
        }
        found.add(new Impulse(
                eventStartSample / (double) sampleRate,
                end / (double) sampleRate,
                peak,
                peakSample / (double) sampleRate,
                eventFloor,
                s,
                sampleRate));
        active = false;
    }

    /**
     * The filtered signal's energy in steps of {@link #envelopeStepSeconds()} (10 ms at 1 ms frames), dB re
     * full scale, from the start of the stream: what a grating train looks like when most of its clicks are
     * too quiet to stand out one by one. Four bytes per step: 1.4 MB for an hour.
     */
    public float[] envelope() {
        return Arrays.copyOf(envelope, envelopeLength);
    }

    /**
     * The {@link Periodicity} of each step of the {@link #envelope()} (the 45 ms before its end), in
     * hundredths; 0 where it was not measured: more than 6 dB under the noise floor, digitally still, or
     * further than 0.6 s from any transient.
     */
    public byte[] periodicity() {
        return Detection.periodicity(Arrays.copyOf(periodicity, envelopeLength));
    }

    /** Seconds per step of the {@link #envelope()}. */
    public double envelopeStepSeconds() {
        return ENVELOPE_FRAMES * hop / (double) sampleRate;
    }

    /** Ends the stream and returns every transient, in time order. */
    public List<Impulse> finish() {
        if (active) {
            close(written);
        }
        return List.copyOf(found);
    }

    /** Ends the stream ({@link #finish}) and returns all it found, from this detector's start to here. */
    public Detection detection() {
        return new Detection(
                finish(),
                Arrays.copyOf(envelope, envelopeLength),
                Arrays.copyOf(periodicity, envelopeLength),
                envelopeStepSeconds(),
                written);
    }

    /** Samples of the stream so far, from its start (not this detector's). */
    public long position() {
        return written;
    }

    /**
     * How many frames (modulo a block) the floor blocks lie after where a detector that started at the stream's
     * start, or at any multiple of {@link #alignment}, and met no stuck frame has them: 0 until a stuck frame
     * (digital silence, clipping) outside an event, which is left out of its block, so that each shifts the
     * blocks after it by a frame. Two detectors whose blocks are shifted differently cannot become the same.
     */
    public int blockPhase() {
        // Blocks are counted from the end of the warm-up, which leaves the count where it started.
        long sinceStart = Math.max(frameIndex - firstFrame, WARM_UP_FRAMES);
        return (int) Math.floorMod(sinceStart - WARM_UP_FRAMES - blockFrames, (long) FLOOR_BLOCK);
    }

    /** Samples of the past this detector keeps (its ring), which a later transient may still read. */
    public int memory() {
        return ring.length;
    }

    /**
     * Everything that decides what this detector does from here on — the filters, the noise floor, the frame
     * and block counts, the last frames' energies, the periodicity asked for and the last steps' envelope and
     * periodicity — except the samples it keeps ({@link #memory}), which the filters decide; or null inside a
     * frame or an envelope step, or while it seeds its floor.
     */
    public Checkpoint checkpoint() {
        int tail = demandReach() + 2;
        if (frameFill != 0
                || envelopeFrames != 0
                || frameIndex - firstFrame < WARM_UP_FRAMES
                || envelopeLength < tail) {
            return null;
        }
        long[] filters = {
            Double.doubleToRawLongBits(x1), Double.doubleToRawLongBits(x2), Double.doubleToRawLongBits(y1),
            Double.doubleToRawLongBits(y2), Double.doubleToRawLongBits(dcX), Double.doubleToRawLongBits(dcY),
            Double.doubleToRawLongBits(lastRaw)
        };
        long[] state = {
            active ? 1 : 0,
            Double.doubleToRawLongBits(frameEnergy),
            Double.doubleToRawLongBits(floorDb),
            Double.doubleToRawLongBits(floorLin),
            Double.doubleToRawLongBits(blockMax),
            Double.doubleToRawLongBits(envelopeSum),
            stuckInFrame,
            blockFrames,
            stepStuckFrames,
            frameIndex,
            written,
            // The periodicity asked for ahead, as an absolute step; a demand already passed is no demand.
            firstFrame / ENVELOPE_FRAMES + Math.max(periodicDemandUntil, envelopeLength - 1L)
        };
        long[] recentBits = new long[recent.length];
        for (int i = 0; i < recent.length; i++) {
            recentBits[i] = Double.doubleToRawLongBits(recent[i]);
        }
        return new Checkpoint(
                filters,
                state,
                recentBits,
                Arrays.copyOfRange(envelope, envelopeLength - tail, envelopeLength),
                Arrays.copyOfRange(periodicity, envelopeLength - tail, envelopeLength),
                found.size(),
                envelopeLength);
    }

    /**
     * Whether this detector's filters are where the other detector's were at the same sample: from here on both
     * write the same samples into their memories.
     */
    public boolean sameFiltersAs(Checkpoint later) {
        Checkpoint mine = checkpoint();
        return mine != null && Arrays.equals(mine.filters, later.filters);
    }

    /**
     * Whether this detector, fed the rest of the stream, would do exactly what the detector that took
     * {@code later} did from that point: the same state at the same sample, to the bit, outside any event, and
     * the same samples in memory, which holds when their filters were the same at {@code filtersSince}
     * ({@link #sameFiltersAs}) at least {@link #memory} samples ago. Two detectors started at different points of
     * one stream come to this once their filters have forgotten their start and their floors have met (the
     * floor's steps shrink any difference), in quiet between events.
     */
    public boolean sameFutureAs(Checkpoint later, long filtersSince) {
        if (filtersSince < 0 || written - filtersSince < ring.length) {
            return false;
        }
        Checkpoint mine = checkpoint();
        return mine != null && !active && mine.sameStateAs(later);
    }

    /**
     * A detector's state at one point of a stream ({@link #checkpoint}), and where its output stood there: the
     * transients it had found and the envelope steps it had measured.
     */
    public static final class Checkpoint {
        private final long[] filters;
        private final long[] state;
        private final long[] recent;
        private final float[] envelopeTail;
        private final byte[] periodicityTail;
        private final int transients;
        private final int steps;

        private Checkpoint(
                long[] filters,
                long[] state,
                long[] recent,
                float[] envelopeTail,
                byte[] periodicityTail,
                int transients,
                int steps) {
            this.filters = filters;
            this.state = state;
            this.recent = recent;
            this.envelopeTail = envelopeTail;
            this.periodicityTail = periodicityTail;
            this.transients = transients;
            this.steps = steps;
        }

        boolean sameStateAs(Checkpoint o) {
            return Arrays.equals(filters, o.filters)
                    && Arrays.equals(state, o.state)
                    && Arrays.equals(recent, o.recent)
                    && Arrays.equals(envelopeTail, o.envelopeTail)
                    && Arrays.equals(periodicityTail, o.periodicityTail);
        }

        /** Whether the detector was inside an event. */
        boolean inEvent() {
            return state[0] == 1;
        }

        /** Transients the detector had found. */
        public int transients() {
            return transients;
        }

        /** Envelope steps the detector had measured (from its own start). */
        public int steps() {
            return steps;
        }

        /** The last steps compared, whose periodicity a later transient may still ask for. */
        public int tailSteps() {
            return envelopeTail.length;
        }
    }
}
