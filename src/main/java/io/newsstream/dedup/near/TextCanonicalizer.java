package io.newsstream.dedup.near;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as near-duplicate fingerprinting sees them: Unicode NFKC, case folded,
 * {@code ё} read as {@code е}, and everything that is not a letter, digit or combining mark
 * (quotes of every kind, dashes, punctuation, symbols, spaces) a word boundary. So typographic
 * edits (« » vs " ", — vs -, ё vs е, non-breaking spaces) do not change the words.
 */
public final class TextCanonicalizer {

    private TextCanonicalizer() {
    }

    public static List<String> words(final String text) {
        final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        final List<String> words = new ArrayList<>(folded.length() / 6 + 1);
        final StringBuilder word = new StringBuilder(24);
        for (int i = 0; i < folded.length(); ) {
            final int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 'ё') {
                word.append('е');
            } else if (isWordPart(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.FORMAT) {
                continue; // soft hyphens and zero-width joiners do not split a word
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordPart(final int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        final int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
