/**
 * Soft-tissue snapping: a tendon or ligament that catches on a bony prominence and then slips over it, heard as
 * a dull snap or thud that can come back on every movement cycle. Start with {@link SoftTissueSnap}, whose
 * {@code snaps} turns a {@link org.backcrack.physics.JointMotion} and the {@link SnapParameters} of the tissue
 * ({@link SnapParameters#spinalTendon} for a spinal tendon at a given muscle tightness) into
 * {@link SoftTissueSnap.Snap}s, each with its {@link org.backcrack.physics.Emission}. The tendon's values are
 * stated order-of-magnitude assumptions, since no measurement of spinal tendon snapping exists. Depends only on
 * the physics root package and core; it must not depend on the scenario that drives it, nor on anything outside
 * physics but core.
 */
package org.backcrack.physics.tissue;
