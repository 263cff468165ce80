package io.newsstream.tag;

import java.util.Arrays;

/**
 * A text cut into word tokens, with everything the matcher needs per token: where it is, its
 * matching key (lower-cased, ё folded to е, apostrophes unified), how it is joined to the token
 * before it, and whether it starts a sentence. Built by {@link #of(String)}; arrays, not objects,
 * because the tagger runs on every article.
 */
final class Tokens {

    /** Gap before a token that a phrase may span: whitespace or a single hyphen inside a compound. */
    static final char GAP_SPACE = ' ';
    /** Gap that is a full stop, as inside {@code U.S.} or {@code EE. UU.}. */
    static final char GAP_DOT = '.';
    /** Gap that is a comma, as in {@code Atlanta, Georgia} (used by blocking entries). */
    static final char GAP_COMMA = ',';
    /** Any other gap: no phrase spans it. */
    static final char GAP_BREAK = '|';

    private static final String[] ELISION_PREFIXES = {
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
        "dell", "nell", "sull", "all", "dall"
    };

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    private final String[] key;
    final char[] gapBefore;
    final boolean[] sentenceStart;

    private Tokens(String text, int size, int[] start, int[] end, String[] key, char[] gapBefore,
                   boolean[] sentenceStart) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.key = key;
        this.gapBefore = gapBefore;
        this.sentenceStart = sentenceStart;
    }

    static Tokens of(String text) {
        final int n = text.length();
        int capacity = Math.max(16, n / 5);
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int size = 0;
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (isWordChar(text.charAt(i))
                    || (isApostrophe(text.charAt(i)) && i + 1 < n && isWordChar(text.charAt(i + 1))))) {
                i++;
            }
            int e = i;
            // English possessive: "Russia's" is a mention of "Russia"
            if (e - s > 2 && isApostrophe(text.charAt(e - 2)) && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
                e -= 2;
            }
            s = afterElision(text, s, e);
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            start[size] = s;
            end[size] = e;
            size++;
        }
        // keys are built lazily: most words are never looked up past the trie's prefilter
        String[] key = new String[size];
        char[] gap = new char[size];
        boolean[] sentence = new boolean[size];
        for (int t = 0; t < size; t++) {
            int prevEnd = t == 0 ? 0 : end[t - 1];
            gap[t] = t == 0 ? GAP_BREAK : classifyGap(text, prevEnd, start[t]);
            sentence[t] = t == 0 || endsSentence(text, prevEnd, start[t]);
        }
        return new Tokens(text, size, start, end, key, gap, sentence);
    }

    /** The matching key of token {@code t}. */
    String key(int t) {
        String k = key[t];
        if (k == null) {
            k = key(text, start[t], end[t]);
            key[t] = k;
        }
        return k;
    }

    /** Token length in chars (equal to its key's length). */
    int length(int t) {
        return end[t] - start[t];
    }

    /** The {@code i}-th char of token {@code t}'s key, without building the key. */
    char keyChar(int t, int i) {
        return keyChar(text.charAt(start[t] + i));
    }

    static char keyChar(char c) {
        if (isApostrophe(c)) {
            return '\'';
        }
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    /** The matching key of {@code text[s,e)}: lower case (per char, so offsets hold), ё→е, one apostrophe. */
    static String key(CharSequence text, int s, int e) {
        char[] out = new char[e - s];
        for (int i = s; i < e; i++) {
            out[i - s] = keyChar(text.charAt(i));
        }
        return new String(out);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    private static int afterElision(String text, int s, int e) {
        int limit = Math.min(e - 1, s + 7);
        for (int i = s + 1; i < limit; i++) {
            if (isApostrophe(text.charAt(i))) {
                String prefix = text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
                for (String p : ELISION_PREFIXES) {
                    if (p.equals(prefix)) {
                        return i + 1;
                    }
                }
                return s;
            }
        }
        return s;
    }

    private static char classifyGap(String text, int from, int to) {
        // an elided article belongs to the gap: "Côte d'Ivoire" joins like "Côte Ivoire"
        if (to - from >= 2 && isApostrophe(text.charAt(to - 1)) && Character.isLetter(text.charAt(to - 2))) {
            int k = to - 2;
            while (k > from && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            to = k;
        }
        // a possessive belongs to the gap too: "People's Republic" joins like "People Republic"
        if (to - from >= 2 && isApostrophe(text.charAt(from)) && (text.charAt(from + 1) == 's' || text.charAt(from + 1) == 'S')) {
            from += 2;
        }
        char mark = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            if (mark != 0) {
                return GAP_BREAK;
            }
            mark = c;
        }
        if (mark == 0) {
            return GAP_SPACE;
        }
        if ((mark == '-' || mark == '\u2010' || mark == '\u2011') && to - from == 1) {
            return GAP_SPACE;
        }
        if (mark == '.') {
            return GAP_DOT;
        }
        if (mark == ',') {
            return GAP_COMMA;
        }
        return GAP_BREAK;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** True when the token's original text is written all in capitals (at least one letter). */
    boolean isAllCaps(int t) {
        boolean letter = false;
        for (int i = start[t]; i < end[t]; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    boolean startsUpper(int t) {
        return Character.isUpperCase(text.charAt(start[t]));
    }

    /** True when token {@code t} is followed by an English possessive ("Jordan's"). */
    boolean isPossessive(int t) {
        int e = end[t];
        return e + 1 < text.length() && isApostrophe(text.charAt(e))
                && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S');
    }

    String surface(int t) {
        return text.substring(start[t], end[t]);
    }
}
