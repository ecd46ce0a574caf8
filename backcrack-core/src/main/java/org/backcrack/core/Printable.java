package org.backcrack.core;

/**
 * Text from outside (a request, a file name, a JSON key) made safe to echo in a message or a terminal: cut to a
 * length, and control characters (C0, DEL, C1, which include the terminal escape introducer) written as
 * {@code \\uXXXX}, so an error can neither grow with its input nor send escape sequences.
 */
public final class Printable {
    private Printable() {}

    /** At most {@code max} characters (the last three "..." when cut), control characters escaped. */
    public static String of(String s, int max) {
        String t = s.length() > max ? s.substring(0, Math.max(0, max - 3)) + "..." : s;
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
