package org.backcrack.assess.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of advice an entry is. The ids ({@link #id()}) are the values of {@code category} in the knowledge
 * file and in the JSON report; the engine shows acting now, when to seek care, what to tell a clinician and
 * reassurance first, then the self-care kinds in the order the knowledge file lists them.
 */
public enum AdviceCategory {
    /** What to do now about a red flag: call, go, book. */
    ACT_NOW,
    /** Which changes would make it worth seeing someone (the safety net). */
    WHEN_TO_SEEK_CARE,
    /** What to mention to the clinician. */
    TELL_CLINICIAN,
    /** Why the cracking on its own is usually harmless. */
    REASSURANCE,
    /** Regular activity and strengthening. */
    EXERCISE,
    /** The desk, chair and screen. */
    ERGONOMICS,
    /** Stretches for tight muscles. */
    STRETCHING,
    /** Varying how one sits and stands. */
    POSTURE,
    /** Getting up and moving during long sitting. */
    MOVEMENT_BREAKS;

    /** The id written in the knowledge file and printed in reports, e.g. {@code when_to_seek_care}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AdviceCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
