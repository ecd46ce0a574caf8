package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three regions a person can name, with the facet-joint levels in each and their typical size.
 *
 * <p>Facet areas and capsule volumes are rounded anatomical orders of magnitude (cervical facets about
 * 0.6 cm², thoracic 0.7 cm², lumbar 1.6 cm² — Pal &amp; Routal 1987 and Panjabi et al. 1993 give values in
 * these ranges; lumbar capsule capacity 1–2 mL on arthrography, Dory 1981). The segment mode is the
 * frequency at which a vertebral segment rings after a joint event; it is an assumption chosen inside the
 * range of skin-microphone crack frequencies (Reggars 1996: 86–1830 Hz, median 215 Hz), higher for the
 * smaller neck segments.
 */
public enum SpineRegion {
    NECK("neck", List.of("C2/C3", "C3/C4", "C4/C5", "C5/C6", "C6/C7"), 0.6e-4, 0.6e-6, 300),
    UPPER_BACK("upper_back", List.of("T1/T2", "T2/T3", "T3/T4", "T4/T5", "T5/T6"), 0.7e-4, 0.7e-6, 240),
    LOWER_BACK("lower_back", List.of("L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"), 1.6e-4, 1.5e-6, 190);

    private final String id;

    @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable, though its type cannot say so
    private final List<String> levels;

    private final double facetArea;
    private final double fluidVolume;
    private final double segmentModeHz;

    SpineRegion(String id, List<String> levels, double facetArea, double fluidVolume, double segmentModeHz) {
        this.id = id;
        this.levels = List.copyOf(levels);
        this.facetArea = facetArea;
        this.fluidVolume = fluidVolume;
        this.segmentModeHz = segmentModeHz;
    }

    public String id() {
        return id;
    }

    /** Motion segments, top to bottom; each has a left and a right facet joint. */
    public List<String> levels() {
        return levels;
    }

    /** Cartilage contact area of one facet joint, m². */
    public double facetArea() {
        return facetArea;
    }

    /** Synovial fluid in one facet joint capsule, m³. */
    public double fluidVolume() {
        return fluidVolume;
    }

    /** Median frequency of the segment's ringing after a joint event, Hz. */
    public double segmentModeHz() {
        return segmentModeHz;
    }

    public static Optional<SpineRegion> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
