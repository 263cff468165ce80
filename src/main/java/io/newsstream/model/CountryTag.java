package io.newsstream.model;

import java.util.List;

/**
 * The mentions of one country in one article.
 *
 * @param code     ISO 3166-1 alpha-2 code (or a widely used user-assigned code such as XK)
 * @param name     English short name
 * @param mentions number of distinct mentions
 * @param spans    where each mention is, in text order
 */
public record CountryTag(String code, String name, int mentions, List<Span> spans) {
    public CountryTag {
        spans = List.copyOf(spans);
    }
}
