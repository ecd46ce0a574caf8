/**
 * What a single transient is: a pop, a snap, one click of a grating train, or one of the sounds that are not
 * joints and are dropped ({@link ImpulseClass}), decided from the numbers of its {@link ImpulseVector} (its own
 * features and its context in the recording). Start with {@link QuadraticDiscriminant}, the
 * {@link ImpulseClassifier} the analyzer uses: one full-covariance Gaussian per class, or per family within a
 * class, fitted on labelled vectors and kept as a plain properties file (the committed model sits beside this
 * package as a resource). {@link Training} labels the transients of a simulated recording from its truth, given
 * as core {@code SoundEvent}s, so that a model can be fitted; the training run itself
 * ({@code backcrack train-analyzer}) lives in the app. Builds on {@code detect} and {@code features}; it must not
 * depend on the analyzer package above it, on physics, or on anything outside acoustics but core and
 * Hipparchus.
 */
package org.backcrack.acoustics.classify;
