/**
 * What the person does, as angle over time: a {@link Movement} is one {@link MovementType} (a stretch, a twist,
 * a bend, a manipulation thrust...) with its amplitude, peak speed and repetitions. Start with
 * {@link MovementProfile}, which turns a movement into minimum-jerk excursions repeated at given start times and
 * implements {@link org.backcrack.physics.JointMotion}, the one motion every mechanism reads. The mechanism
 * packages see a movement only through that interface, never through these classes. Depends only on the physics
 * root package; it must not depend on the scenario that uses it, nor on anything outside physics but core.
 */
package org.backcrack.physics.motion;
