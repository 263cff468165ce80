package io.newsstream.produce;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import io.newsstream.normalize.ArticleIds;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
import java.util.Objects;

/**
 * Inspects values with the processor's own parser and normalizer, so the key is the id the topology
 * will give the article ({@link ArticleIds}: the producer's id, else from the canonical URL, else from
 * the content hash) and a problem is exactly what the processor would dead-letter, including an HTML
 * body with no text left after clean-up. The language does not affect either, so it is not detected.
 */
public final class ArticleIdInspector implements ArticleInspector {
    private final ArticleParser parser;
    private final Normalizer normalizer = new Normalizer(text -> LanguageDetector.UNDETERMINED);

    public ArticleIdInspector(final ArticleParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public Inspection inspect(final byte[] value) {
        final RawArticle raw;
        try {
            raw = parser.parse(value);
        } catch (final InvalidArticleException e) {
            return Inspection.invalid(null, problem(e));
        }
        try {
            return Inspection.valid(normalizer.normalize(raw).id());
        } catch (final InvalidArticleException e) {
            final String given = raw.id() == null || raw.id().isBlank() ? null : raw.id().strip();
            return Inspection.invalid(given, problem(e));
        }
    }

    private static String problem(final InvalidArticleException e) {
        return e.reason().wireName() + ": " + e.getMessage();
    }
}
