package org.backcrack.assess.knowledge;

import org.backcrack.assess.TriageLevel;

/**
 * How a triage level is told to a person.
 *
 * @param level  the level
 * @param title  a short heading, e.g. "Call emergency services now"
 * @param action what to do now, in plain words
 */
public record TriageLevelEntry(TriageLevel level, String title, String action) {}
