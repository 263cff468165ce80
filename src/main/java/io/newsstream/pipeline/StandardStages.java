package io.newsstream.pipeline;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Tags;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.Normalizer;
import io.newsstream.normalize.OpenNlpLanguageDetector;
import io.newsstream.tag.Gazetteer;
import io.newsstream.tag.Tagger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The real stages: {@link ArticleParser} (limit {@code input.max.text.bytes}), {@link Normalizer}
 * with the OpenNLP detector restricted to {@code languages}, and the {@link Tagger} over the
 * bundled gazetteer. Leaders' roles are taken as of the article's event-time date (UTC), so an
 * undated article is tagged as of the day it arrived. Thread-safe.
 */
public final class StandardStages implements ArticleStages {
    private final ArticleParser parser;
    private final Normalizer normalizer;
    private final Tagger tagger;

    public StandardStages(final ArticleParser parser, final Normalizer normalizer, final Tagger tagger) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The stages configured by {@code input.max.text.bytes} and {@code languages}, over the bundled gazetteer. */
    public StandardStages(final NewsstreamConfig config) {
        this(new ArticleParser(config.getLong("input.max.text.bytes")),
                new Normalizer(OpenNlpLanguageDetector.fromConfig(config)),
                new Tagger(BundledGazetteer.INSTANCE));
    }

    @Override
    public RawArticle parse(final byte[] value) throws InvalidArticleException {
        return parser.parse(value);
    }

    @Override
    public NormalizedArticle normalize(final RawArticle raw) throws InvalidArticleException {
        return normalizer.normalize(raw);
    }

    /** Roles as of the publication date; the latest roles when the article is undated. */
    @Override
    public Tags tag(final NormalizedArticle article) {
        final LocalDate asOf = article.publishedAt() == null ? null : utcDate(article.publishedAt());
        return tagger.tag(article.text(), article.language(), asOf);
    }

    @Override
    public Tags tag(final NormalizedArticle article, final Instant eventTime) {
        return tagger.tag(article.text(), article.language(), utcDate(eventTime));
    }

    private static LocalDate utcDate(final Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The bundled gazetteer, loaded once on first use: it is immutable and shared by every instance. */
    private static final class BundledGazetteer {
        static final Gazetteer INSTANCE = Gazetteer.loadDefault();
    }
}
