package io.newsstream.normalize;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;

/**
 * Article ids: the producer's id when it gave one; else {@code url-} and the first 20 hex digits of the
 * SHA-256 of the canonical URL; else {@code sha-} and the first 20 hex digits of the content hash.
 * {@link Normalizer} and the {@code produce} command both call this, so they agree.
 */
public final class ArticleIds {
    static final int HEX_DIGITS = 20;

    private ArticleIds() {
    }

    /** The id {@link Normalizer#normalize} will give this article (it throws as normalize does when no text is left). */
    public static String idOf(final RawArticle raw) throws InvalidArticleException {
        final String given = producerId(raw.id());
        if (given != null) {
            return given;
        }
        final String canonicalUrl = UrlCanonicalizer.canonicalize(raw.url());
        if (canonicalUrl != null) {
            return fromUrl(canonicalUrl);
        }
        return fromContentHash(ContentHash.of(ArticleBody.of(raw).text()));
    }

    /** The id from the parts {@link Normalizer} has already computed. */
    static String derive(final String producerId, final String canonicalUrl, final String contentHash) {
        final String given = producerId(producerId);
        if (given != null) {
            return given;
        }
        return canonicalUrl != null ? fromUrl(canonicalUrl) : fromContentHash(contentHash);
    }

    private static String producerId(final String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }

    private static String fromUrl(final String canonicalUrl) {
        return "url-" + ContentHash.sha256Hex(canonicalUrl).substring(0, HEX_DIGITS);
    }

    private static String fromContentHash(final String contentHash) {
        return "sha-" + contentHash.substring(0, HEX_DIGITS);
    }
}
