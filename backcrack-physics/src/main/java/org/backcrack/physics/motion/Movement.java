package org.backcrack.physics.motion;

import java.util.Objects;

/**
 * What the person does: one kind of movement, repeated.
 *
 * @param type         the movement
 * @param amplitudeDeg how far from neutral, degrees, in (0, 90]
 * @param speedDegPerS peak angular speed, degrees per second, in [1, 2000] (a manipulation thrust reaches
 *                     several hundred; ordinary movements tens)
 * @param repetitions  how many times, 1..1000
 * @param intervalS    time from the start of one repetition to the start of the next, s; at least the
 *                     length of one repetition
 * @param side         {@code left} or {@code right} for one-sided movements (twist, thrust), else ignored
 */
public record Movement(
        MovementType type, double amplitudeDeg, double speedDegPerS, int repetitions, double intervalS, String side) {
    public Movement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        if (!(amplitudeDeg > 0 && amplitudeDeg <= 90)) {
            throw new IllegalArgumentException("amplitude must be in (0, 90] degrees, was " + amplitudeDeg);
        }
        if (!(speedDegPerS >= 1 && speedDegPerS <= 2000)) {
            throw new IllegalArgumentException("speed must be in [1, 2000] degrees/s, was " + speedDegPerS);
        }
        if (repetitions < 1 || repetitions > 1000) {
            throw new IllegalArgumentException("repetitions must be in 1..1000, was " + repetitions);
        }
        if (!side.equals("left") && !side.equals("right")) {
            throw new IllegalArgumentException("side must be left or right, was " + side);
        }
        if (!(intervalS >= 0) || Double.isInfinite(intervalS)) {
            throw new IllegalArgumentException("interval must be a finite time >= 0 s, was " + intervalS);
        }
    }
}
