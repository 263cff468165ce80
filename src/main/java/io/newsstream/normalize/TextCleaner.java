package io.newsstream.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level clean-up shared by bodies and titles: line ends unified, invisible format characters
 * (soft hyphen, zero-width space and joiners, byte order mark, bidi controls) removed, NBSP and every other
 * space separator turned into a plain space, Unicode NFC, runs of spaces collapsed, lines trimmed.
 * Letters, quotes and dashes are kept exactly as written.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    /** Cleaned lines of {@code text}; blank lines are kept as empty strings so paragraph breaks survive. */
    public static List<String> lines(final String text) {
        final String nfc = java.text.Normalizer.normalize(unifyCharacters(text), java.text.Normalizer.Form.NFC);
        final List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= nfc.length(); i++) {
            if (i == nfc.length() || nfc.charAt(i) == '\n') {
                lines.add(collapseSpaces(nfc, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Non-empty lines joined: consecutive lines by one line break, paragraphs by exactly one blank line. */
    public static String joinParagraphs(final List<String> lines) {
        final StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (final String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }

    /** A body: cleaned lines, paragraphs separated by exactly one blank line, no leading or trailing space. */
    public static String cleanBody(final String text) {
        return joinParagraphs(lines(text));
    }

    /** A one-line text such as a title: cleaned, line breaks become spaces; null or blank gives null. */
    public static String cleanLine(final String text) {
        if (text == null) {
            return null;
        }
        final String joined = String.join(" ", lines(text).stream().filter(l -> !l.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Line ends to {@code \n}, invisible characters dropped, every kind of space to {@code ' '}. */
    private static String unifyCharacters(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        final int length = text.length();
        for (int i = 0; i < length; ) {
            final int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                out.append('\n');
                if (i < length && text.charAt(i) == '\n') {
                    i++;
                }
            } else if (cp == '\n' || cp == 0x85 || cp == 0x2028) {
                out.append('\n');
            } else if (cp == 0x2029) {
                out.append("\n\n");
            } else if (cp == '\t' || cp == 0x0B || cp == 0x0C || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (isInvisible(cp)) {
                continue;
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Control characters and Unicode format characters (category Cf: soft hyphen U+00AD, zero-width space,
     * non-joiner and joiner U+200B-U+200D, bidi marks and controls, word joiner U+2060, BOM U+FEFF, ...),
     * except the few visible Cf "prepended concatenation marks" used in Arabic-script and Syriac numbers.
     */
    static boolean isInvisible(final int cp) {
        final int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return true;
        }
        if (type != Character.FORMAT) {
            return false;
        }
        final boolean visibleMark = (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F
                || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD;
        return !visibleMark;
    }

    /** {@code text[start, end)} with runs of spaces collapsed to one and no leading or trailing space. */
    private static String collapseSpaces(final String text, final int start, final int end) {
        final StringBuilder line = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            final char c = text.charAt(i);
            if (c == ' ') {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }
}
