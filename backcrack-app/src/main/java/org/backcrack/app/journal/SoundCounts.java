package org.backcrack.app.journal;

/**
 * Sounds of one day by class (the analyzer's {@code SoundClass} ids), each 0..{@value #MAX}.
 */
public record SoundCounts(int cavitation, int softTissueSnap, int crepitus) {
    public static final int MAX = 10_000;
    public static final SoundCounts NONE = new SoundCounts(0, 0, 0);

    public SoundCounts {
        check("cavitation", cavitation);
        check("soft_tissue_snap", softTissueSnap);
        check("crepitus", crepitus);
    }

    private static void check(String name, int n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException(name + " must be 0.." + MAX + ", was " + n);
        }
    }

    public int total() {
        return cavitation + softTissueSnap + crepitus;
    }
}
