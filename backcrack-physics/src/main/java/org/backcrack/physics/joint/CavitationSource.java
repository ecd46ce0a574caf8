package org.backcrack.physics.joint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which moment of a cavitation makes the sound that is heard: the two theories of the joint crack.
 *
 * <ul>
 *   <li>{@link #INCEPTION}: the sound is made when the cavity forms — the surfaces tribonucleate a
 *       nucleus under tension and it grows explosively (Kawchuk et al. 2015, PLOS ONE 10:e0119470, real-time
 *       MRI: the cavity appears with the sound and persists). The model of {@link FacetJointCavitation}.
 *   <li>{@link #PARTIAL_COLLAPSE}: the sound is made when the cavity partly collapses — once the separation
 *       ends the joint pressure recovers and drives the bubble inward until its gas stops it (Chandran
 *       Suja &amp; Barakat 2018, Sci Rep 8:4600: a Rayleigh–Plesset bubble in the MCP joint whose partial
 *       collapse radiates the crack and leaves a bubble behind). The model of {@link PartialCollapse}.
 * </ul>
 */
public enum CavitationSource {
    INCEPTION("inception"),
    PARTIAL_COLLAPSE("partial_collapse");

    private final String id;

    CavitationSource(String id) {
        this.id = id;
    }

    /** The name scenario files use. */
    public String id() {
        return id;
    }

    public static Optional<CavitationSource> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(CavitationSource::id).toList();
    }
}
