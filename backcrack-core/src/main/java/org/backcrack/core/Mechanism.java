package org.backcrack.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The mechanisms the assessment reasons about. The first two have a sound class of their own; the others
 * are causes or conditions behind a sound (stiffness released, worn joints) or behind symptoms that come
 * with it.
 *
 * <p>The knowledge base describes each one (plain-language text, provenance); this enum is only the
 * vocabulary, and the knowledge base is checked at load time to describe exactly these.
 */
public enum Mechanism {
    /** Gas bubble formation in a synovial joint when it separates (seed paragraph 2). */
    CAVITATION(SoundClass.CAVITATION),
    /** Ligament or tendon snapping over a bony prominence (seed paragraph 3). */
    SOFT_TISSUE_SNAP(SoundClass.SOFT_TISSUE_SNAP),
    /** Tight, fatigued or static muscles and joints released by a stretch (seed paragraph 4). */
    STIFFNESS_RELEASE(null),
    /** Worn cartilage and bone spurs (osteoarthritis) grating: crepitus (seed paragraph 5). */
    DEGENERATIVE_CREPITUS(SoundClass.CREPITUS),
    /** Herniated disc, degenerative disc disease, nerve impingement (seed paragraph 6). */
    DISC_OR_NERVE(null),
    /** Sprained or injured ligaments (seed paragraph 6). */
    LIGAMENT_INJURY(null),
    /** Fracture, infection, malignancy, cauda equina, inflammatory disease, cervical arterial dysfunction. */
    OTHER_SERIOUS(null);

    private final SoundClass sound;

    Mechanism(SoundClass sound) {
        this.sound = sound;
    }

    /** The stable external id, e.g. {@code stiffness_release}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sound class this mechanism makes by itself, if it has one. */
    public Optional<SoundClass> soundClass() {
        return Optional.ofNullable(sound);
    }

    /**
     * True for the mechanisms that explain the sound itself (gas, soft tissue, stiffness released, worn
     * joints); false for the conditions that may lie behind accompanying symptoms (disc or nerve,
     * ligament injury, other serious conditions), which have no sound of their own.
     */
    public boolean explainsSound() {
        return sound != null || this == STIFFNESS_RELEASE;
    }

    /** The mechanism with this id, if any. */
    public static Optional<Mechanism> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }
}
