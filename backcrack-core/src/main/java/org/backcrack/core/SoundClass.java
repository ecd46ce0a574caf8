package org.backcrack.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of joint sound that have an acoustic signature of their own, as the analyzer emits them and
 * as the simulator labels them.
 *
 * <p>Ids are the lower-case names ({@code cavitation}, {@code soft_tissue_snap}, {@code crepitus}); they are
 * the class names of Audacity label files and of every JSON document.
 */
public enum SoundClass {
    /** A single sharp pop from gas coming out of the synovial fluid when a joint separates. */
    CAVITATION,
    /** A snap or thud of a tendon or ligament slipping over bone; repeats with the movement. */
    SOFT_TISSUE_SNAP,
    /** A grating train of small crackles from rough cartilage or bone spurs. */
    CREPITUS;

    /** The stable external id, e.g. {@code soft_tissue_snap}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class with this id, if any. */
    public static Optional<SoundClass> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
