package io.newsstream.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint of the {@code same_content} rule: hex SHA-256 of the normalized text, lower-cased
 * ({@link Locale#ROOT}) with every run of whitespace collapsed to one space, so copies that differ only in
 * layout or letter case hash the same. The title is not part of it: a re-headlined copy is the same content.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** Hex SHA-256 (64 lower-case hex digits) of the folded text. */
    public static String of(final String normalizedText) {
        return sha256Hex(fold(normalizedText));
    }

    /** Lower case, whitespace runs to one space, trimmed. */
    static String fold(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT);
        final StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            final char c = lower.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String sha256Hex(final String s) {
        try {
            final MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
