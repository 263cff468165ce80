package io.newsstream.pipeline;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Tags;
import io.newsstream.tag.LiveGazetteer;
import java.time.Instant;
import java.util.Optional;

/**
 * The Kafka-free stages every article goes through, in order. The topology and the batch
 * {@code enrich} command both call exactly these, so they give the same answers.
 */
public interface ArticleStages {

    /** Parses and validates one {@code news.raw} value; throws with the reason for the dead-letter topic. */
    RawArticle parse(byte[] value) throws InvalidArticleException;

    /** HTML to text, Unicode and typographic clean-up, boilerplate removal, id, fingerprints, language. */
    NormalizedArticle normalize(RawArticle raw) throws InvalidArticleException;

    /** Countries and leaders mentioned in the normalized text, roles as of the publication date. */
    Tags tag(NormalizedArticle article);

    /**
     * Tags as of the article's event time: the publication time when known, else when it arrived.
     * The pipeline calls this one; implementations without a date fallback keep the default.
     */
    default Tags tag(final NormalizedArticle article, final Instant eventTime) {
        return tag(article);
    }

    /**
     * False when articles in {@code language} ({@code und} included) cannot be tagged: they are
     * still enriched, with no tags, and counted as unsupported.
     */
    default boolean supportsLanguage(final String language) {
        return true;
    }

    /** The gazetteer the tag stage uses, when it can be updated while running (from {@code news.gazetteer}). */
    default Optional<LiveGazetteer> liveGazetteer() {
        return Optional.empty();
    }
}
