/**
 * What a transient sounds like, in numbers: peak level, level above the noise, rise and decay times, dominant
 * frequency, spectral centroid, bandwidth and flatness ({@link EventFeatures}). Start with
 * {@link FeatureExtractor#of}, which computes them from an {@link org.backcrack.acoustics.detect.Impulse}'s samples
 * with a Hann-windowed, zero-padded FFT (a package-private real-signal transform on Hipparchus). Builds on
 * {@code detect}; it must not depend on the classification or analyzer packages that use it, nor on anything
 * outside acoustics but core and Hipparchus.
 */
package org.backcrack.acoustics.features;
