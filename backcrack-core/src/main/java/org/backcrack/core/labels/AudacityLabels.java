package org.backcrack.core.labels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.text.FixedPoint;

/**
 * Audacity / Sonic Visualiser label tracks: one {@code start<TAB>end<TAB>label} line per event, times in
 * seconds with four decimals. This is the format {@code backcrack simulate} writes and
 * {@code backcrack analyze --format labels} prints, so the two can be compared line by line.
 */
public final class AudacityLabels {
    /**
     * Most labels read from one file: far more than any recording holds (an hour of a tendon snapping every
     * two seconds is 1,800; this is 55 a second for an hour), and a bound on what a hostile file costs.
     */
    public static final int MAX_LABELS = 200_000;
    /** Longest line read, characters: a label line is two numbers and a short text. */
    public static final int MAX_LINE = 4096;

    private AudacityLabels() {}

    /** A label as written: times in seconds and its text. */
    public record Label(double start, double end, String text) {}

    public static void write(List<SoundEvent> events, Writer out) throws IOException {
        for (SoundEvent e : events) {
            out.write(line(e.onset(), e.offset(), e.soundClass().id()));
        }
        out.flush();
    }

    /** One label line, newline included. */
    public static String line(double start, double end, String label) {
        StringBuilder sb = new StringBuilder(label.length() + 24);
        FixedPoint.append(sb, start, 0, 4).append('\t');
        return FixedPoint.append(sb, end, 0, 4)
                .append('\t')
                .append(label)
                .append('\n')
                .toString();
    }

    /** Reads labels whose text is a sound class ({@code cavitation}, {@code soft_tissue_snap}, {@code crepitus}). */
    public static List<SoundEvent> read(Reader in, String name) throws IOException {
        List<SoundEvent> out = new ArrayList<>();
        for (Label l : readRaw(in, name)) {
            SoundClass c = SoundClass.fromId(l.text().strip())
                    .orElseThrow(() -> new InputException(
                            CoreError.LABELS_BAD_LINE,
                            name,
                            name + ": label '" + l.text() + "' is not a sound class; accepted: "
                                    + Arrays.stream(SoundClass.values())
                                            .map(SoundClass::id)
                                            .toList()));
            out.add(new SoundEvent(l.start(), l.end(), c));
        }
        return out;
    }

    /**
     * Reads every label, whatever its text. Blank lines and Audacity's frequency lines (starting with a
     * backslash) are skipped; CRLF is accepted. A file that is not UTF-8 text, has a line over
     * {@link #MAX_LINE} characters or more than {@link #MAX_LABELS} labels is bad input.
     */
    public static List<Label> readRaw(Reader in, String name) throws IOException {
        List<Label> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        int n = 0;
        for (String line; (line = line(r, name, n + 1)) != null; ) {
            n++;
            if (out.size() == MAX_LABELS) {
                throw new InputException(
                        CoreError.LABELS_TOO_MANY,
                        name,
                        name + " has more than " + MAX_LABELS + " labels, more than backcrack reads from one file");
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("\\")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 2) {
                throw badLine(name, n, line);
            }
            double start;
            double end;
            try {
                start = Double.parseDouble(parts[0].strip());
                end = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw badLine(name, n, line);
            }
            if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end < start) {
                throw new InputException(
                        CoreError.LABELS_BAD_LINE,
                        name,
                        name + " line " + n + ": start " + parts[0] + " and end " + parts[1]
                                + " must be seconds with 0 <= start <= end");
            }
            out.add(new Label(start, end, parts.length == 3 ? parts[2].strip() : ""));
        }
        return out;
    }

    /** The next line without its terminator (LF, CR or CRLF), or null at the end; at most MAX_LINE chars. */
    private static String line(BufferedReader r, String name, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        try {
            for (int c; ; ) {
                c = r.read();
                if (c < 0) {
                    return sb.isEmpty() ? null : sb.toString();
                }
                if (c == '\n') {
                    return sb.toString();
                }
                if (c == '\r') {
                    r.mark(1);
                    if (r.read() != '\n') {
                        r.reset();
                    }
                    return sb.toString();
                }
                if (sb.length() == MAX_LINE) {
                    throw new InputException(
                            CoreError.LABELS_TOO_MANY,
                            name,
                            name + " line " + n + " is longer than " + MAX_LINE
                                    + " characters: not an Audacity label line");
                }
                sb.append((char) c);
            }
        } catch (CharacterCodingException e) {
            throw new InputException(
                    CoreError.LABELS_NOT_TEXT,
                    name,
                    name + " line " + n + " is not UTF-8 text: a label file is text, start<TAB>end<TAB>label",
                    e);
        }
    }

    private static InputException badLine(String name, int n, String line) {
        String shown = line.length() > 60 ? line.substring(0, 57) + "..." : line;
        return new InputException(
                CoreError.LABELS_BAD_LINE,
                name,
                name + " line " + n + " is not a label line: '" + shown
                        + "'. Expected start<TAB>end<TAB>label with times in seconds, e.g. 1.2500\t1.2560\tcavitation");
    }
}
