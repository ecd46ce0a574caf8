package org.backcrack.acoustics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.util.KthSelector;

/**
 * A recording's energy in short steps (dB re full scale), as the {@link
 * org.backcrack.acoustics.detect.TransientDetector} measured it. A grating train at a poor signal-to-noise
 * ratio shows only its loudest clicks as transients, but its many quiet clicks still lift the energy
 * averaged over tens of milliseconds above the noise: the envelope says where the train really starts and
 * ends, and a stretch of it back at the noise is the pause between two trains.
 * It also holds each step's periodicity ({@code detect.Periodicity}): where a voice, a chime or music sounds.
 */
public final class Envelope {
    /**
     * Periodicity (hundredths) from which a step is part of a sustained periodic sound: a voice, a chime,
     * an alarm or music.
     */
    public static final int PERIODIC = 60;
    /** How close to a transient periodic steps make it part of a periodic sound, s. */
    public static final double PERIODIC_REACH = 0.15;
    /** Periodic steps on each side of a transient that put it inside a periodic sound. */
    public static final int PERIODIC_SIDE_STEPS = 3;
    /**
     * Percentile of the steps around a transient taken as the noise level under periodic sounds: lower than
     * {@link #NOISE_PERCENTILE}, because a voice leaves only short pauses in which the noise shows.
     */
    static final double PERIODIC_NOISE_PERCENTILE = 0.05;
    /** A periodic step is part of a sound when it is this far above the local noise level, dB. */
    public static final double PERIODIC_LOUD_DB = 6;
    /** A periodic run this long is a voiced syllable or a tone, not a tendon's ringing, s. */
    public static final double PERIODIC_RUN = 0.08;
    /** Half the window over which {@link #periodicShare} counts periodic steps, s. */
    public static final double PERIODIC_HALF_WINDOW = 0.5;
    /** Averaging window for the extension, s (a few clicks at the sparse start of a train). */
    static final double SMOOTH_SECONDS = 0.05;
    /** Energy above the local noise that still counts as the train, dB. */
    static final double ABOVE_DB = 3;
    /** Furthest a train is extended at either end, s. */
    static final double MAX_EXTENSION = 1.0;
    /**
     * Steady noise changes its energy by about 1 dB from one 10 ms step to the next (a step of noise a few kHz
     * wide holds a few dozen independent samples of its energy); a stretch that changes by less than this on
     * average, dB ({@link #meanStepChange}), holds no clicks or bursts. Quiet clicks that lift the averaged
     * energy by {@link #ABOVE_DB} lift the steps that hold one by several dB; the noise a phone's gain control
     * pumps up after a loud sound, or holds up before one, only drifts. Set on the development data (plan seed
     * 2): friction trains 2.0–3.2 dB, runs in pumped noise 1.01–1.09 dB; for the extension of trains any value
     * from 0.8 to 2.0 dB gave the same development figures.
     */
    public static final double STEADY_DB = 1.5;
    /** Half the window over which {@link #extend} judges whether the envelope is steady, steps (±50 ms). */
    static final int STEADY_HALF_STEPS = 5;
    /** Span around a train whose quieter steps give the local noise level, s. */
    static final double NOISE_SPAN = 3;
    /** Percentile of the steps around a train taken as the noise level. */
    static final double NOISE_PERCENTILE = 0.2;

    /** Steps before a sound over which {@link #levelBefore} takes the median: 100 ms at 10 ms steps. */
    static final int BEFORE_STEPS = 10;

    /** Steps per block of {@link #periodicNoise}: half a second at 10 ms steps. */
    private static final int NOISE_BLOCK = 50;

    private final float[] db;
    private final double stepSeconds;
    private final byte[] periodicity;
    /** {@link #periodicNoise} per block, NaN until asked for. */
    private double[] periodicNoise;

    /**
     * @param db          energy per step, dB
     * @param stepSeconds seconds per step
     * @param periodicity periodicity per step in hundredths (0 where not measured), or null for none
     */
    public Envelope(float[] db, double stepSeconds, byte[] periodicity) {
        this.db = db.clone();
        this.stepSeconds = stepSeconds;
        this.periodicity = periodicity == null ? new byte[db.length] : Arrays.copyOf(periodicity, db.length);
    }

    /** Energy per step, dB. */
    public float[] db() {
        return db.clone();
    }

    /** Seconds per step. */
    public double stepSeconds() {
        return stepSeconds;
    }

    /**
     * The level just before a sound starting at {@code onset}: the median energy of the {@link #BEFORE_STEPS}
     * steps that end a step before the one it starts in, dB; NaN at the very start of a recording. What the sound
     * stands out of, where the detector's noise floor, which follows over a tenth of a second or more, may still
     * lag behind a noise that rises.
     */
    public double levelBefore(double onset) {
        int first = Math.min(db.length, (int) Math.floor(onset / stepSeconds));
        int to = first - 1;
        int from = Math.max(0, to - BEFORE_STEPS);
        if (to - from < 1) {
            return Double.NaN;
        }
        float[] steps = Arrays.copyOfRange(db, from, to);
        Arrays.sort(steps);
        int n = steps.length;
        return n % 2 == 1 ? steps[n / 2] : (steps[n / 2 - 1] + (double) steps[n / 2]) / 2;
    }

    /** An envelope without periodicity measurements. */
    public Envelope(float[] db, double stepSeconds) {
        this(db, stepSeconds, null);
    }

    /**
     * The share of the steps within {@link #PERIODIC_HALF_WINDOW} of {@code t} that are at least {@link #PERIODIC}
     * periodic, in [0, 1]: a voice, a chime or music keeps it high for as long as it sounds; a tendon's thud
     * rings periodically for a few steps only.
     */
    public double periodicShare(double t) {
        return periodicShareWithin(t, PERIODIC_HALF_WINDOW);
    }

    /** As {@link #periodicShare(double)}, over the steps within {@code halfWindow} s of {@code t}. */
    public double periodicShareWithin(double t, double halfWindow) {
        int n = periodicity.length;
        int at = Math.max(0, Math.min(n - 1, (int) Math.floor(t / stepSeconds)));
        return n == 0 ? 0 : periodicShare(t, periodicNoise(at) + PERIODIC_LOUD_DB, halfWindow);
    }

    private double periodicShare(double t, double loud, double halfWindow) {
        int half = (int) Math.round(halfWindow / stepSeconds);
        int centre = (int) Math.floor(t / stepSeconds);
        int from = Math.max(0, centre - half);
        int to = Math.min(periodicity.length - 1, centre + half);
        int count = 0;
        for (int k = from; k <= to; k++) {
            if (periodicSound(k, loud)) {
                count++;
            }
        }
        // At the ends of a recording only the steps that exist count.
        return to < from ? 0 : count / (double) (to - from + 1);
    }

    /**
     * Whether a transient from {@code onset} to {@code offset} is part of a periodic sound: at least
     * {@link #PERIODIC_SIDE_STEPS} periodic steps {@link #PERIODIC_LOUD_DB} above the local noise lie within
     * {@link #PERIODIC_REACH} both before it and after it (a consonant between two vowels, a click inside a
     * chime), or a periodic run of at least {@link #PERIODIC_RUN} starts or ends within
     * {@link #PERIODIC_REACH} of it (a voice's first or last consonant, a chime's strike), or the periodic
     * share around it is at least {@code share}.
     */
    public boolean inPeriodicSound(double onset, double offset, double share) {
        int n = periodicity.length;
        int first = Math.min(n, (int) Math.floor(onset / stepSeconds));
        int last = (int) Math.floor(offset / stepSeconds);
        if (n == 0) {
            return false;
        }
        // Periodic steps count only where they are a sound: the noise (hum above all) is periodic too.
        double loud = periodicNoise(Math.min(first, n - 1)) + PERIODIC_LOUD_DB;
        int reach = (int) Math.round(PERIODIC_REACH / stepSeconds);
        int before = 0;
        for (int k = Math.max(0, first - reach); k < first; k++) {
            before += periodicSound(k, loud) ? 1 : 0;
        }
        int after = 0;
        // The step that ends just after the transient measured the transient itself; look past it.
        for (int k = last + 2; k <= Math.min(n - 1, last + 1 + reach); k++) {
            after += periodicSound(k, loud) ? 1 : 0;
        }
        if (before >= PERIODIC_SIDE_STEPS && after >= PERIODIC_SIDE_STEPS) {
            return true;
        }
        int run = (int) Math.round(PERIODIC_RUN / stepSeconds);
        int length = 0;
        for (int k = Math.max(0, first - reach - run); k <= Math.min(n - 1, last + reach + run); k++) {
            length = periodicSound(k, loud) ? length + 1 : 0;
            // A long run that ends within reach before the onset, or reaches within reach after it.
            if (length >= run && k >= first - reach) {
                return true;
            }
        }
        return periodicShare(onset, loud, PERIODIC_HALF_WINDOW) >= share;
    }

    /**
     * The level of the loudest periodic-sound step within {@link #PERIODIC_HALF_WINDOW} of a transient from
     * {@code onset} to {@code offset} (the steps it covers left out), dB re full scale (mean square), or
     * negative infinity when there is none.
     */
    public double periodicLevel(double onset, double offset) {
        int n = periodicity.length;
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int first = Math.min(n - 1, (int) Math.floor(onset / stepSeconds));
        int last = (int) Math.floor(offset / stepSeconds);
        double loud = periodicNoise(first) + PERIODIC_LOUD_DB;
        int half = (int) Math.round(PERIODIC_HALF_WINDOW / stepSeconds);
        double level = Double.NEGATIVE_INFINITY;
        for (int k = Math.max(0, first - half); k <= Math.min(n - 1, last + 1 + half); k++) {
            if ((k < first || k > last + 1) && periodicSound(k, loud)) {
                level = Math.max(level, db[k]);
            }
        }
        return level;
    }

    private boolean periodicSound(int k, double loud) {
        return periodicity[k] >= PERIODIC && db[k] >= loud;
    }

    /**
     * The span of a train of clicks from {@code onset} to {@code offset}, s, widened to where the smoothed
     * envelope stays {@link #ABOVE_DB} above the local noise level and is not steady (the 100 ms around each
     * step changing by {@link #STEADY_DB} or more per step), by at most {@link #MAX_EXTENSION} each way. A
     * phone's gain control ducks the noise after a loud sound, which pulls the local noise level down, and
     * then pumps it up again: without the steadiness test a train ran on into the pumped-up noise on either
     * side, or joined the next train across it.
     */
    public double[] extend(double onset, double offset) {
        int n = db.length;
        int first = (int) Math.floor(onset / stepSeconds);
        int last = (int) Math.ceil(offset / stepSeconds);
        if (n == 0 || first >= n) {
            return new double[] {onset, offset};
        }
        last = Math.min(n - 1, last);
        double limit = noiseLimit(first, last);
        int half = Math.max(0, (int) Math.round(SMOOTH_SECONDS / stepSeconds / 2));
        int max = (int) Math.round(MAX_EXTENSION / stepSeconds);
        int k = first;
        while (k - 1 >= 0 && first - (k - 1) <= max && smoothed(k - 1, half) >= limit && !steady(k - 1)) {
            k--;
        }
        int m = last;
        while (m + 1 < n && (m + 1) - last <= max && smoothed(m + 1, half) >= limit && !steady(m + 1)) {
            m++;
        }
        return new double[] {
            k < first ? Math.min(onset, k * stepSeconds) : onset,
            m > last ? Math.max(offset, (m + 1) * stepSeconds) : offset
        };
    }

    /**
     * How much the energy changes from one step to the next inside [from, to], on average, dB: about 1 dB for
     * steady noise (a 10 ms step of noise a few kHz wide holds a few dozen independent samples of its energy),
     * more for a sound made of bursts; 0 for fewer than two steps.
     */
    public double meanStepChange(double from, double to) {
        return meanStepChange(Math.max(0, (int) Math.floor(from / stepSeconds)), Math.min(db.length - 1, (int)
                Math.floor(to / stepSeconds)));
    }

    private double meanStepChange(int first, int last) {
        if (last <= first) {
            return 0;
        }
        double sum = 0;
        for (int k = first + 1; k <= last; k++) {
            sum += Math.abs(db[k] - db[k - 1]);
        }
        return sum / (last - first);
    }

    /** Whether the envelope within {@link #STEADY_HALF_STEPS} of step {@code k} is steady noise. */
    private boolean steady(int k) {
        int first = Math.max(0, k - STEADY_HALF_STEPS);
        int last = Math.min(db.length - 1, k + STEADY_HALF_STEPS);
        return last > first && meanStepChange(first, last) < STEADY_DB;
    }

    /** The longest run of steps inside [from, to] whose energy stays below the local noise level + ABOVE_DB, s. */
    public double quietRun(double from, double to) {
        return quietSteps(from, to, 1).stream().mapToInt(r -> r[1] - r[0]).max().orElse(0) * stepSeconds;
    }

    /**
     * The runs of steps inside [from, to] whose energy stays below the local noise level + ABOVE_DB for at
     * least {@code shortest} seconds: the pauses inside a stretch of sound, as [start, end] in s, in time order.
     */
    public List<double[]> quietRuns(double from, double to, double shortest) {
        return quietSteps(from, to, Math.max(1, (int) Math.round(shortest / stepSeconds))).stream()
                .map(r -> new double[] {r[0] * stepSeconds, r[1] * stepSeconds})
                .toList();
    }

    /** The runs of at least {@code shortest} quiet steps inside [from, to], as [first, end) step indices. */
    private List<int[]> quietSteps(double from, double to, int shortest) {
        List<int[]> out = new ArrayList<>();
        int first = (int) Math.ceil(from / stepSeconds);
        int last = Math.min(db.length, (int) Math.floor(to / stepSeconds));
        if (first >= last) {
            return out;
        }
        double limit = noiseLimit(first, last);
        int runStart = -1;
        for (int k = first; k <= last; k++) {
            boolean quiet = k < last && db[k] < limit;
            if (quiet && runStart < 0) {
                runStart = k;
            } else if (!quiet && runStart >= 0) {
                if (k - runStart >= shortest) {
                    out.add(new int[] {runStart, k});
                }
                runStart = -1;
            }
        }
        return out;
    }

    /** The local noise level around steps first to last, plus {@link #ABOVE_DB}. */
    private double noiseLimit(int first, int last) {
        return percentileAround(first, last, NOISE_PERCENTILE) + ABOVE_DB;
    }

    /**
     * The noise level under periodic sounds near step {@code k}: the {@link #PERIODIC_NOISE_PERCENTILE} of the
     * steps within {@link #NOISE_SPAN} of the middle of its block of {@link #NOISE_BLOCK} steps, computed once
     * a block (every transient of a dense recording asks).
     */
    private double periodicNoise(int k) {
        int block = k / NOISE_BLOCK;
        if (periodicNoise == null) {
            periodicNoise = new double[db.length / NOISE_BLOCK + 1];
            Arrays.fill(periodicNoise, Double.NaN);
        }
        if (Double.isNaN(periodicNoise[block])) {
            int middle = Math.min(db.length - 1, block * NOISE_BLOCK + NOISE_BLOCK / 2);
            periodicNoise[block] = percentileAround(middle, middle, PERIODIC_NOISE_PERCENTILE);
        }
        return periodicNoise[block];
    }

    /** The {@code share} percentile of the steps within {@link #NOISE_SPAN} of steps first to last, dB. */
    private double percentileAround(int first, int last, double share) {
        int span = (int) Math.round(NOISE_SPAN / stepSeconds);
        int lo = Math.max(0, first - span);
        int hi = Math.min(db.length, last + span);
        double[] around = new double[hi - lo];
        for (int i = lo; i < hi; i++) {
            around[i - lo] = db[i];
        }
        // Quickselect: the percentile without sorting the whole neighbourhood.
        return new KthSelector().select(around, null, (int) (share * (around.length - 1)));
    }

    private double smoothed(int k, int half) {
        double sum = 0;
        int count = 0;
        for (int i = Math.max(0, k - half); i <= Math.min(db.length - 1, k + half); i++) {
            sum += Math.pow(10, db[i] / 10);
            count++;
        }
        return 10 * Math.log10(sum / count);
    }
}
