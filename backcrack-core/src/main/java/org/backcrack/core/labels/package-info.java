/**
 * Label files for sound events: the Audacity / Sonic Visualiser label track, one {@code start<TAB>end<TAB>label}
 * line per event with times in seconds. Start with {@link AudacityLabels}: {@code backcrack simulate} writes its
 * truth in this format and {@code backcrack analyze --format labels} prints the same, so the two can be compared
 * line by line, and {@code backcrack evaluate} reads both back. A line that is not a label is an
 * {@code InputException} with a key from {@link org.backcrack.core.CoreError}. Depends on nothing in backcrack
 * but {@code org.backcrack.core} and on no library; it must never depend on another module.
 */
package org.backcrack.core.labels;
