package org.backcrack.physics.motion;

import org.backcrack.physics.JointMotion;

/**
 * One repetition of a {@link Movement} as angle over time, repeated at given start times.
 *
 * <p>Each excursion is a minimum-jerk curve (Flash &amp; Hogan 1985, J Neurosci 5:1688), the smooth
 * profile of voluntary movements: θ(s) = A(10s³ − 15s⁴ + 6s⁵) for s = t/T in [0, 1], whose peak speed is
 * 1.875·A/T, so T follows from the requested peak speed. The movement goes out, holds, and comes back at
 * the same speed. A {@link MovementType#THRUST thrust} is positioned slowly (10°/s) to 70% of the range
 * and then thrust over the last 30% at the requested speed.
 */
public final class MovementProfile implements JointMotion {
    private static final double PRE_POSITION = 0.7;
    private static final double POSITIONING_SPEED_DEG = 10;

    private final double[] starts;
    private final double amplitude;
    private final double[] segmentStart;
    private final double[] segmentLength;
    private final double[] segmentFrom;
    private final double[] segmentTo;
    private final double repetitionLength;

    /**
     * @param movement the movement
     * @param starts   start time of each repetition, s, increasing, each at least one repetition apart
     */
    public MovementProfile(Movement movement, double[] starts) {
        this.amplitude = Math.toRadians(movement.amplitudeDeg());
        double speed = Math.toRadians(movement.speedDegPerS());
        double hold = movement.type().holdSeconds();
        if (movement.type() == MovementType.THRUST) {
            double pre = PRE_POSITION * amplitude;
            double tPre = 1.875 * pre / Math.toRadians(POSITIONING_SPEED_DEG);
            double tThrust = 1.875 * (amplitude - pre) / speed;
            double tBack = 1.875 * amplitude / Math.toRadians(POSITIONING_SPEED_DEG);
            segmentFrom = new double[] {0, pre, amplitude, amplitude};
            segmentTo = new double[] {pre, amplitude, amplitude, 0};
            segmentLength = new double[] {tPre, tThrust, hold, tBack};
        } else {
            double t = 1.875 * amplitude / speed;
            segmentFrom = new double[] {0, amplitude, amplitude};
            segmentTo = new double[] {amplitude, amplitude, 0};
            segmentLength = new double[] {t, hold, t};
        }
        segmentStart = new double[segmentLength.length];
        double total = 0;
        for (int i = 0; i < segmentLength.length; i++) {
            segmentStart[i] = total;
            total += segmentLength[i];
        }
        repetitionLength = total;
        this.starts = starts.clone();
        for (int i = 0; i < starts.length; i++) {
            if (!(starts[i] >= 0) || (i > 0 && starts[i] < starts[i - 1] + repetitionLength)) {
                throw new IllegalArgumentException("repetition " + (i + 1) + " starts at " + starts[i]
                        + " s, before the previous one ends (each lasts " + repetitionLength + " s)");
            }
        }
    }

    /** Repetitions every {@code movement.intervalS()} seconds from {@code firstStart}. */
    public static MovementProfile repeated(Movement movement, double firstStart) {
        double[] starts = new double[movement.repetitions()];
        MovementProfile probe = new MovementProfile(movement, new double[] {0});
        double interval = Math.max(movement.intervalS(), probe.repetitionLength());
        for (int i = 0; i < starts.length; i++) {
            starts[i] = firstStart + i * interval;
        }
        return new MovementProfile(movement, starts);
    }

    /** Length of one repetition, s. */
    public double repetitionLength() {
        return repetitionLength;
    }

    /** Start time of each repetition, s. */
    public double[] starts() {
        return starts.clone();
    }

    /** Peak angle, radians. */
    public double amplitude() {
        return amplitude;
    }

    @Override
    public double duration() {
        return starts.length == 0 ? 0 : starts[starts.length - 1] + repetitionLength;
    }

    @Override
    public double angle(double t) {
        int rep = repetitionAt(t);
        if (rep < 0) {
            return 0;
        }
        double local = t - starts[rep];
        int s = segmentAt(local);
        double x = (local - segmentStart[s]) / segmentLength[s];
        return segmentFrom[s] + (segmentTo[s] - segmentFrom[s]) * minimumJerk(x);
    }

    @Override
    public double angularVelocity(double t) {
        int rep = repetitionAt(t);
        if (rep < 0) {
            return 0;
        }
        double local = t - starts[rep];
        int s = segmentAt(local);
        if (segmentLength[s] == 0) {
            return 0;
        }
        double x = (local - segmentStart[s]) / segmentLength[s];
        return (segmentTo[s] - segmentFrom[s]) * minimumJerkRate(x) / segmentLength[s];
    }

    private int repetitionAt(double t) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && t < starts[found] + repetitionLength ? found : -1;
    }

    private int segmentAt(double local) {
        for (int s = segmentStart.length - 1; s > 0; s--) {
            if (local >= segmentStart[s]) {
                return s;
            }
        }
        return 0;
    }

    private static double minimumJerk(double s) {
        double c = Math.min(1, Math.max(0, s));
        return c * c * c * (10 - 15 * c + 6 * c * c);
    }

    private static double minimumJerkRate(double s) {
        if (s <= 0 || s >= 1) {
            return 0;
        }
        return 30 * s * s * (1 - s) * (1 - s);
    }
}
