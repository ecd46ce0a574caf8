package org.backcrack.app.journal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person writes in one journal entry; the store adds the id, owner and times.
 *
 * @param date       the day the entry is about
 * @param region     the part of the back (a {@code region} choice of the knowledge base), or null
 * @param trigger    what set it off (a {@code trigger} choice), or null
 * @param sounds     how many sounds of each class were heard or detected that day
 * @param pain       pain from 0 (none) to 10 (worst imaginable), or null when not recorded
 * @param note       free text, at most {@value #MAX_NOTE} characters, or null
 * @param assessment the assessment report (JSON text, as {@code POST /api/v1/assess} returns it), or null
 */
public record EntryData(
        LocalDate date,
        String region,
        String trigger,
        SoundCounts sounds,
        Integer pain,
        String note,
        String assessment) {
    public static final int MAX_NOTE = 2000;

    public EntryData {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sounds, "sounds");
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("pain must be 0..10, was " + pain);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        }
    }
}
