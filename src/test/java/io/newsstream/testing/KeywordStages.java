package io.newsstream.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.CountryTag;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.pipeline.ArticleStages;

/**
 * Small, predictable stages for tests of the Kafka plumbing: the real {@link ArticleParser}, a
 * normalizer that keeps the text as given (id from the producer, else the URL, else the text hash;
 * language from the producer's hint), and a tagger that counts a few English keywords exactly.
 * Tests of what the real normalizer and tagger find use the production stages instead.
 */
public final class KeywordStages implements ArticleStages {
    private static final Map<String, String> COUNTRIES = Map.of("Russia", "RU", "Ukraine", "UA", "China", "CN");
    private static final Map<String, String> LEADERS = Map.of("Putin", "RU");

    private final ArticleParser parser;

    public KeywordStages(final NewsstreamConfig config) {
        this.parser = new ArticleParser(config.getLong("input.max.text.bytes"));
    }

    @Override
    public RawArticle parse(final byte[] value) throws InvalidArticleException {
        return parser.parse(value);
    }

    @Override
    public NormalizedArticle normalize(final RawArticle raw) {
        final String text = raw.text() != null ? raw.text() : raw.html();
        final String hash = sha256(text);
        final String id = raw.id() != null ? raw.id() : raw.url() != null ? "url-" + sha256(raw.url()).substring(0, 16)
                : "content-" + hash.substring(0, 16);
        return new NormalizedArticle(id, raw.url(), raw.source(), raw.title(), text,
                raw.language() == null ? "und" : raw.language(), raw.publishedAt(), hash);
    }

    @Override
    public Tags tag(final NormalizedArticle article) {
        final List<CountryTag> countries = new ArrayList<>();
        COUNTRIES.forEach((word, code) -> {
            final List<Span> spans = find(article.text(), word);
            if (!spans.isEmpty()) {
                countries.add(new CountryTag(code, word, spans.size(), spans));
            }
        });
        final List<LeaderTag> leaders = new ArrayList<>();
        LEADERS.forEach((word, country) -> {
            final List<Span> spans = find(article.text(), word);
            if (!spans.isEmpty()) {
                leaders.add(new LeaderTag(word.toLowerCase(Locale.ROOT), word, country, "president",
                        spans.size(), spans));
            }
        });
        countries.sort((a, b) -> a.code().compareTo(b.code()));
        return new Tags(countries, leaders);
    }

    private static List<Span> find(final String text, final String word) {
        final List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            spans.add(new Span(at, at + word.length()));
        }
        return spans;
    }

    private static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
