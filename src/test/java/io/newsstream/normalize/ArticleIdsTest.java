package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static RawArticle article(final String id, final String url, final String text) {
        return new RawArticle(id, url, null, null, text, null, null, null);
    }

    @Test
    void keepsTheProducersId() throws InvalidArticleException {
        assertThat(ArticleIds.idOf(article("  reuters-123 ", "https://x.org/a", "Text"))).isEqualTo("reuters-123");
    }

    @Test
    void derivesIdFromCanonicalUrl() throws InvalidArticleException {
        final String id = ArticleIds.idOf(article(null, "http://www.x.org/a/?utm_source=feed", "Text"));
        assertThat(id).isEqualTo("url-" + ContentHash.sha256Hex("https://x.org/a").substring(0, 20))
                .isEqualTo(ArticleIds.idOf(article(" ", "https://x.org/a", "Other text")));
    }

    @Test
    void derivesIdFromContentHashWithoutUrl() throws InvalidArticleException {
        final String id = ArticleIds.idOf(article(null, null, "Same  TEXT\n\nhere"));
        assertThat(id).matches("sha-[0-9a-f]{20}")
                .isEqualTo("sha-" + ContentHash.of("same text here").substring(0, 20))
                .isEqualTo(ArticleIds.idOf(article(null, "", "same text\nhere")));
    }

    @Test
    void agreesWithNormalizer() throws InvalidArticleException {
        final Normalizer normalizer = new Normalizer(text -> "en");
        for (final RawArticle raw : new RawArticle[] {
            article("p-1", "https://x.org/a", "Text"),
            article(null, "HTTPS://X.ORG/a#x", "Text"),
            article(null, null, " date 2025-08-13 Text\n\nPhoto: AP\n\nmore"),
        }) {
            assertThat(ArticleIds.idOf(raw)).isEqualTo(normalizer.normalize(raw).id());
        }
    }
}
