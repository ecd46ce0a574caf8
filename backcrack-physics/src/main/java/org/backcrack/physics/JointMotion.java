package org.backcrack.physics;

/**
 * How a spinal segment moves during a scenario: its rotation away from neutral over time. The
 * facet-joint, soft-tissue and crepitus models all read the same motion, so one movement drives every
 * mechanism at once.
 */
public interface JointMotion {
    /** Length of the movement, seconds. */
    double duration();

    /** Rotation away from neutral at time t (seconds from the start), radians; 0 outside the movement. */
    double angle(double t);

    /** Rate of rotation at time t, rad/s (signed). */
    double angularVelocity(double t);
}
