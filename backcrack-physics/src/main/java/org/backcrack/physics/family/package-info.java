/**
 * Model families: other ways to make each class of joint sound and other recording conditions, so that the
 * analyzer can be trained on some families and judged on others rather than only on the model it was designed on
 * (docs/acoustics.md, "Model families"). Start with {@link Families}, the choice of pop, snap and grating family
 * and recording condition for one simulation ({@link Families#DEFAULT} is this module's physics under the plain
 * recording chain). {@link SoundFamilies} renders the sounds of the non-physics families, each taken from a
 * description in the literature, at the time and about the peak pressure the physics chose; the condition
 * families are applied by {@link org.backcrack.physics.record.Conditions}. The scenario package uses this one,
 * never the reverse, and it must not depend on acoustics, whose judging it exists to make fair.
 */
package org.backcrack.physics.family;
