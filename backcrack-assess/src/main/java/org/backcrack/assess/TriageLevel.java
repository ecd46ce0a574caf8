package org.backcrack.assess;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon to seek care, most urgent first. The triage of an assessment is the most urgent fired rule. */
public enum TriageLevel {
    /** Call emergency services or go to an emergency department now. */
    EMERGENCY,
    /** See a doctor the same day. */
    URGENT,
    /** Book a clinician within about two weeks. */
    SOON,
    /** Look after it yourself; the advice says what helps and what would change that. */
    SELF_CARE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level asks for care sooner than {@code other} (levels are declared most urgent first). */
    public boolean moreUrgentThan(TriageLevel other) {
        return compareTo(other) < 0;
    }

    public static Optional<TriageLevel> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }
}
