/**
 * The physics checked against closed forms and published measurements: the Rayleigh collapse time, the
 * small-oscillation frequency and the dissolution time of a bubble, and the pops per thrust, pop duration and
 * crack frequency reported for real spines. Start with {@link ValidationTable}, whose {@code compute} simulates
 * and measures every row when asked ({@code backcrack simulate --validate}); nothing is stored.
 * {@link org.backcrack.physics.validation.DiffusionReference} solves the diffusion problem around a dissolving
 * bubble directly, as an independent check of the Epstein–Plesset laws (single gas and the joint's gas
 * mixture) and of the joint model's own diffusion solution; {@link SourceModels} sets the two theories of the
 * crack (inception, partial collapse) side by side against the same measurements. It sits on top of {@code
 * org.backcrack.physics.bubble}, {@code org.backcrack.physics.joint} and {@code org.backcrack.physics.scenario}
 * and measures the simulations itself, not with the analyzer: no other physics package may depend on it, and
 * it must not depend on acoustics, assess, app, spark or bench.
 */
package org.backcrack.physics.validation;
