package org.backcrack.acoustics.evaluate;

import org.backcrack.core.SoundClass;

/**
 * When an estimated event counts as the same as a reference event (DCASE / sed_eval style): short events
 * ({@code cavitation}, {@code soft_tissue_snap}) need their onsets within {@code onsetCollar}; a crepitus
 * train needs its onset within {@code trainOnsetCollar} and its offset within max({@code trainOffsetCollar},
 * {@code trainOffsetFraction} of the reference length).
 *
 * @param onsetCollar         seconds, for short events (default 0.030)
 * @param trainOnsetCollar    seconds, for crepitus trains (default 0.250)
 * @param trainOffsetCollar   seconds, minimum offset collar for trains (default 0.250)
 * @param trainOffsetFraction fraction of the reference length allowed for the offset (default 0.5)
 */
public record Collars(
        double onsetCollar, double trainOnsetCollar, double trainOffsetCollar, double trainOffsetFraction) {
    public Collars {
        if (!(onsetCollar > 0 && trainOnsetCollar > 0 && trainOffsetCollar > 0 && trainOffsetFraction >= 0)) {
            throw new IllegalArgumentException("collars must be positive");
        }
    }

    /** The collars issue 4 fixes: 30 ms; trains 250 ms and max(250 ms, 50%). */
    public static Collars standard() {
        return new Collars(0.030, 0.250, 0.250, 0.5);
    }

    /** Whether an estimate with these times matches a reference event of this class. */
    public boolean matches(
            SoundClass referenceClass, double refOnset, double refOffset, double estOnset, double estOffset) {
        if (referenceClass == SoundClass.CREPITUS) {
            double offsetCollar = Math.max(trainOffsetCollar, trainOffsetFraction * (refOffset - refOnset));
            return Math.abs(estOnset - refOnset) <= trainOnsetCollar && Math.abs(estOffset - refOffset) <= offsetCollar;
        }
        return Math.abs(estOnset - refOnset) <= onsetCollar;
    }
}
