package io.newsstream.model;

import java.time.Instant;

/**
 * An article after normalization: readable plain text, detected language, a stable id and the
 * fingerprints the exact deduplication rules use.
 *
 * @param id           the producer's id, else derived from the canonical URL, else from the content hash
 * @param url          the canonical URL, or null when the input had none
 * @param source       the outlet, or null
 * @param title        the normalized headline, or null
 * @param text         the normalized body text; span offsets of tags point into this string
 * @param language     detected ISO 639-1 code, or "und" when undetermined
 * @param publishedAt  publication time (the {@code date YYYY-MM-DD} marker becomes midnight UTC), or null
 * @param contentHash  hex SHA-256 of the normalized text used for {@code same_content}
 */
public record NormalizedArticle(
        String id,
        String url,
        String source,
        String title,
        String text,
        String language,
        Instant publishedAt,
        String contentHash) {
}
