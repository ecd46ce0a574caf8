/**
 * The forward model, from a person's movement to a recording with its ground truth; this root package holds
 * the two contracts the mechanism packages share: {@link JointMotion} (how a spinal segment rotates over time,
 * read by every mechanism at once) and {@link Emission} (the pressure one event radiates at 1 cm, before tissue,
 * air and sensor shape it). To run a whole simulation, start with
 * {@link org.backcrack.physics.scenario.Simulator}; to follow or add a mechanism, read these two types first.
 * The sub-packages go by role: {@code bubble}, {@code joint}, {@code tissue} and {@code crepitus} make the sounds,
 * {@code motion} drives them, {@code record} turns them into samples, {@code family} swaps in other sound
 * models, {@code scenario} ties it all together and {@code validation} checks it against published figures.
 * Like the rest of the pure middle it takes values and returns values (no files, no clock, randomness only from
 * a seed), depends on nothing in backcrack but {@code org.backcrack.core}, takes its maths from Hipparchus, and
 * must never depend on acoustics or assess, nor on app, spark or bench.
 */
package org.backcrack.physics;
