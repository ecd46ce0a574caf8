package org.backcrack.assess.knowledge;

/**
 * One allowed value of a choice finding.
 *
 * @param value the value as written in answers, e.g. {@code both_legs}
 * @param label how a person reads it, e.g. "Down both legs"
 */
public record Choice(String value, String label) {}
