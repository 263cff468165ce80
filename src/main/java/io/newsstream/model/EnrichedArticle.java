package io.newsstream.model;

import java.time.Instant;
import java.util.List;

/** One unique article as written to {@code news.enriched}. */
public record EnrichedArticle(
        String id,
        String url,
        String source,
        String title,
        String text,
        String language,
        Instant publishedAt,
        Instant ingestedAt,
        String contentHash,
        List<CountryTag> countries,
        List<LeaderTag> leaders) {

    public EnrichedArticle {
        countries = List.copyOf(countries);
        leaders = List.copyOf(leaders);
    }

    public static EnrichedArticle of(NormalizedArticle article, Instant ingestedAt, Tags tags) {
        return new EnrichedArticle(article.id(), article.url(), article.source(), article.title(),
                article.text(), article.language(), article.publishedAt(), ingestedAt,
                article.contentHash(), tags.countries(), tags.leaders());
    }
}
