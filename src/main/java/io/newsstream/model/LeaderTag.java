package io.newsstream.model;

import java.util.List;

/**
 * The mentions of one political leader in one article.
 *
 * @param id       stable id from the gazetteer, e.g. {@code vladimir-putin}
 * @param name     English name
 * @param country  ISO 3166-1 alpha-2 code of the country the leader leads or led
 * @param role     the role held on the article's publication date, e.g. {@code president},
 *                 {@code former-president}
 * @param mentions number of distinct mentions
 * @param spans    where each mention is, in text order
 */
public record LeaderTag(String id, String name, String country, String role, int mentions, List<Span> spans) {
    public LeaderTag {
        spans = List.copyOf(spans);
    }
}
