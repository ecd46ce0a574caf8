package org.backcrack.physics.motion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The movements a scenario can make. Each one gaps the facet joints in its own way (rotation gaps one
 * side more than the other; flexion both sides) and has its own shape in time.
 */
public enum MovementType {
    /** A slow stretch held for a moment (for example reaching up after sitting): both sides gap. */
    STRETCH("stretch", 1.5, false),
    /** Turning the trunk or head to one side and back: the side turned towards gaps most. */
    TWIST("twist", 0.5, true),
    /** Bending forward and back up: both sides gap. */
    BEND("bend", 0.3, false),
    /**
     * A spinal manipulation thrust: slow positioning to about 70% of the range, then a high-velocity,
     * low-amplitude push over the last 30% (about 100 ms, Dunning 2013; 139 ms lumbar, Mourad 2019).
     */
    THRUST("thrust", 0.2, true),
    /** Repeated bending and straightening without a hold, as in an exercise: both sides. */
    FLEX_EXTEND("flex_extend", 0.0, false);

    private final String id;
    private final double holdSeconds;
    private final boolean oneSided;

    MovementType(String id, double holdSeconds, boolean oneSided) {
        this.id = id;
        this.holdSeconds = holdSeconds;
        this.oneSided = oneSided;
    }

    public String id() {
        return id;
    }

    /** How long the end position is held before returning, s. */
    public double holdSeconds() {
        return holdSeconds;
    }

    /** Whether the movement goes to one side (twist, thrust) rather than symmetrically. */
    public boolean oneSided() {
        return oneSided;
    }

    public static Optional<MovementType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
