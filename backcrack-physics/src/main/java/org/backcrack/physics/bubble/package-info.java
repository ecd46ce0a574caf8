/**
 * Spherical bubble dynamics, with no joint in sight: the equations of motion ({@link BubbleModel}, as
 * {@link RayleighPlessetBubble} or {@link KellerMiksisBubble}, which adds the liquid's compressibility), the bubble
 * and its liquid ({@link BubbleSetup}, {@link Liquid}, a shear-thinning {@link Viscosity}), and the dissolution of
 * a gas bubble after Epstein and Plesset ({@link EpsteinPlessetDissolution}). Start with {@link BubbleSolver},
 * which integrates a model driven by a far-field {@link DrivingPressure} with Hipparchus' Dormand–Prince
 * integrator and returns a {@link BubbleTrace} on a uniform grid, from which the radiated pressure follows.
 * These are the classes checked against closed forms (Rayleigh collapse time, small-oscillation frequency,
 * dissolution time) in {@code org.backcrack.physics.validation}. The joint model in
 * {@code org.backcrack.physics.joint} builds on this package, never the other way round: nothing here may depend
 * on joints, movements, recordings or scenarios, nor on anything outside physics but core and Hipparchus.
 */
package org.backcrack.physics.bubble;
