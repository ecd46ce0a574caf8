/**
 * Finding transients in a stream of samples, before anything asks what they are. Start with
 * {@link TransientDetector}: feed it blocks with {@code accept}, then {@code finish}; it high-passes the signal
 * (against DC offset and movement rumble), takes its energy in 1 ms frames against an adaptive noise floor, and
 * returns each {@link Impulse} it found, in bounded memory whatever the recording's length. {@link Periodicity}
 * measures how periodic the last few tens of milliseconds are, so that voices, chimes and music can be told from
 * joint sounds, which are impulsive or noisy. This is the bottom of the analyzer: it must not depend on the
 * features, classification or analyzer packages built on it, nor on anything outside acoustics but core.
 */
package org.backcrack.acoustics.detect;
