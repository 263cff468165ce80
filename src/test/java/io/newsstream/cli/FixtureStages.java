package io.newsstream.cli;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import io.newsstream.model.Tags;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.pipeline.ArticleStages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stages for command tests: the real {@link ArticleParser}, and a minimal normalizer (text trimmed,
 * id = the producer's id else {@code h-} + the first 16 hex digits of the text's SHA-256), no tags.
 * The commands' job is reading, ordering and writing; the stages themselves are tested by their owners.
 */
final class FixtureStages implements ArticleStages {
    private final ArticleParser parser = new ArticleParser(1_048_576);

    @Override
    public RawArticle parse(final byte[] value) throws InvalidArticleException {
        return parser.parse(value);
    }

    @Override
    public NormalizedArticle normalize(final RawArticle raw) throws InvalidArticleException {
        final String body = raw.text() != null ? raw.text() : raw.html();
        final String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "the text is empty");
        }
        final String hash = sha256(text);
        final String id = raw.id() != null ? raw.id() : "h-" + hash.substring(0, 16);
        return new NormalizedArticle(id, raw.url(), raw.source(), raw.title(), text, "und", raw.publishedAt(), hash);
    }

    @Override
    public Tags tag(final NormalizedArticle article) {
        return Tags.NONE;
    }

    static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
