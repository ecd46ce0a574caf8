package org.backcrack.assess.knowledge;

import java.util.Locale;

/** The type of a finding's answer. */
public enum FindingType {
    BOOLEAN,
    INTEGER,
    NUMBER,
    CHOICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
