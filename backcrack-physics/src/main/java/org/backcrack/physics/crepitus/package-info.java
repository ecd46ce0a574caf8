/**
 * Crepitus: worn cartilage and bone spurs grating as the joint slides, modelled as stick–slip micro-impulses
 * whose rate follows the cartilage's roughness and the joint's angular speed, grouped into the trains a listener
 * hears as grating. Start with {@link Crepitus}: {@code roughness} turns an age and a Kellgren–Lawrence grade
 * into a roughness, and {@code trains} turns a {@link org.backcrack.physics.JointMotion} into
 * {@link Crepitus.Train}s, each with its {@link org.backcrack.physics.Emission}. Nothing has to recover, so it
 * grates on every movement. Depends only on the physics root package; it must not depend on the scenario that
 * drives it, nor on anything outside physics but core.
 */
package org.backcrack.physics.crepitus;
