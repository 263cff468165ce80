package io.newsstream.model;

import java.time.Instant;

/**
 * An article as a producer published it to {@code news.raw}, after parsing and validation but
 * before any normalization. Every field but one of {@code text}/{@code html} may be null.
 *
 * @param id          the producer's id, or null to have one derived
 * @param url         the article's URL as given
 * @param source      the outlet's name or domain
 * @param title       the headline as given
 * @param text        plain text body, or null when {@code html} is given
 * @param html        HTML body, or null when {@code text} is given
 * @param publishedAt when the outlet published it, or null
 * @param language    the producer's language hint (ISO 639-1), or null
 */
public record RawArticle(
        String id,
        String url,
        String source,
        String title,
        String text,
        String html,
        Instant publishedAt,
        String language) {
}
