package io.newsstream.normalize;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a parsed article into readable, comparable form: the body via {@link ArticleBody} (HTML to text,
 * Unicode clean-up, date marker, boilerplate lines), the title and source on one clean line, the canonical
 * URL, the content hash, the id ({@link ArticleIds}) and the language. Thread-safe when the detector is.
 */
public final class Normalizer {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private final LanguageDetector detector;

    public Normalizer(final LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** Throws {@link io.newsstream.model.RejectReason#MISSING_TEXT} when no text is left after clean-up. */
    public NormalizedArticle normalize(final RawArticle raw) throws InvalidArticleException {
        final ArticleBody body = ArticleBody.of(raw);
        final String url = UrlCanonicalizer.canonicalize(raw.url());
        final String contentHash = ContentHash.of(body.text());
        final Instant publishedAt = raw.publishedAt() != null ? raw.publishedAt()
                : body.markerDate().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
        return new NormalizedArticle(
                ArticleIds.derive(raw.id(), url, contentHash),
                url,
                TextCleaner.cleanLine(raw.source()),
                TextCleaner.cleanLine(raw.title()),
                body.text(),
                language(body.text(), raw.language()),
                publishedAt,
                contentHash);
    }

    /** The detected language; when undetermined, the producer's hint if it is an ISO 639-1 code; else "und". */
    private String language(final String text, final String hint) {
        final String detected = detector.detect(text);
        if (!LanguageDetector.UNDETERMINED.equals(detected)) {
            return detected;
        }
        final String normalizedHint = normalizeHint(hint);
        return normalizedHint != null ? normalizedHint : LanguageDetector.UNDETERMINED;
    }

    /** {@code "EN"}, {@code "en-US"} and {@code "en_GB"} give {@code "en"}; anything that is not ISO 639-1 gives null. */
    static String normalizeHint(final String hint) {
        if (hint == null) {
            return null;
        }
        final String primary = hint.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 && ISO_639_1.contains(primary) ? primary : null;
    }
}
