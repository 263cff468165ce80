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
import io.newsstream.tag.LiveGazetteer;
import io.newsstream.tag.Tagger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The real stages: {@link ArticleParser} (limit {@code input.max.text.bytes}), {@link Normalizer}
 * with the OpenNLP detector restricted to {@code languages}, and the {@link Tagger} over the
 * bundled gazetteer plus the {@code gazetteer.overrides} files, replaceable while running through
 * {@link #liveGazetteer()}. Leaders' roles are taken as of the article's event-time date (UTC), so
 * an undated article is tagged as of the day it arrived.
 *
 * <p>Languages: an article is tagged only with the names of its own language (plus
 * language-neutral ones). An article whose language has no names in the gazetteer (with the bundled
 * data every default language has names; e.g. nl when added to {@code languages}), or is {@code und},
 * gets no tags: the {@link Tagger} would look it up in every
 * language's names, and lower-case demonyms and short names of other languages (ruso, Того, Мали)
 * then match ordinary words. Precision is chosen over recall here; such articles are still
 * enriched, with their language, and counted as unsupported. Thread-safe.
 */
public final class StandardStages implements ArticleStages {
    /** Config key: comma-separated gazetteer files read after the bundled ones. */
    public static final String GAZETTEER_OVERRIDES = "gazetteer.overrides";

    private final ArticleParser parser;
    private final Normalizer normalizer;
    private final LiveGazetteer gazetteer;

    public StandardStages(final ArticleParser parser, final Normalizer normalizer, final LiveGazetteer gazetteer) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * The stages configured by {@code input.max.text.bytes}, {@code languages} and
     * {@code gazetteer.overrides}.
     *
     * @throws io.newsstream.tag.GazetteerException naming file and line when an overrides file is missing or bad
     */
    public StandardStages(final NewsstreamConfig config) {
        this(new ArticleParser(config.getLong("input.max.text.bytes")),
                new Normalizer(OpenNlpLanguageDetector.fromConfig(config)),
                LiveGazetteer.load(overrideFiles(config)));
    }

    /** The {@code gazetteer.overrides} paths, in order; none when the setting is empty. */
    static List<Path> overrideFiles(final NewsstreamConfig config) {
        return config.find(GAZETTEER_OVERRIDES).isEmpty() ? List.of()
                : config.getList(GAZETTEER_OVERRIDES).stream().map(Path::of).toList();
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
        return tag(article, asOf);
    }

    @Override
    public Tags tag(final NormalizedArticle article, final Instant eventTime) {
        return tag(article, utcDate(eventTime));
    }

    /** True when the gazetteer in force has names in the article's language (a region suffix is ignored). */
    @Override
    public boolean supportsLanguage(final String language) {
        return supports(gazetteer.current().gazetteer(), language);
    }

    @Override
    public Optional<LiveGazetteer> liveGazetteer() {
        return Optional.of(gazetteer);
    }

    private Tags tag(final NormalizedArticle article, final LocalDate asOf) {
        // one snapshot for the check and the tagging, so an update in between cannot split them
        final LiveGazetteer.Snapshot snapshot = gazetteer.current();
        if (!supports(snapshot.gazetteer(), article.language())) {
            return Tags.NONE;
        }
        return snapshot.tagger().tag(article.text(), article.language(), asOf);
    }

    private static boolean supports(final Gazetteer gazetteer, final String language) {
        if (language == null) {
            return false;
        }
        final String primary = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return gazetteer.languages().contains(primary);
    }

    private static LocalDate utcDate(final Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
