/**
 * Facet-joint cavitation from first principles: the joint ({@link FacetJoint}, sized by its {@link SpineRegion}),
 * its fluid ({@link SynovialFluid}) and the pop it makes ({@link Cavitation}). Start with
 * {@link FacetJointCavitation}: as the movement gaps the joint its fluid pressure falls until the surfaces
 * nucleate a cavity, which grows as a Keller–Miksis bubble coupled to that pressure and sets the vertebral segment
 * ringing. {@link CavityGas} then says what gas the cavity took up ({@link GasSpecies}) and how long the bubble
 * left behind takes to dissolve: the refractory period before the same joint can crack again. Which moment of the
 * cavity's life is heard is a {@link CavitationSource}: its inception (the default) or, after Chandran Suja &amp;
 * Barakat 2018, its {@link PartialCollapse} once the separation has ended. Builds on
 * {@code org.backcrack.physics.bubble} and the physics root; the scenario package drives it, never the reverse,
 * and it must not depend on anything outside physics but core and Hipparchus.
 */
package org.backcrack.physics.joint;
