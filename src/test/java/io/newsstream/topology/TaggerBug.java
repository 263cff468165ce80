package io.newsstream.topology;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Tags;
import io.newsstream.pipeline.ArticleStages;

/** Stages whose tag step fails unexpectedly, as a bug would: what the topology's safety net must catch. */
final class TaggerBug {
    static final String MESSAGE = "tagger bug";

    private TaggerBug() {
    }

    /**
     * {@code real}'s parse and normalize, and its tags except for a text containing {@code trigger}, on
     * which tagging throws an {@link IllegalStateException} with {@link #MESSAGE}.
     */
    static ArticleStages on(final String trigger, final ArticleStages real) {
        return new ArticleStages() {
            @Override
            public RawArticle parse(final byte[] value) throws InvalidArticleException {
                return real.parse(value);
            }

            @Override
            public NormalizedArticle normalize(final RawArticle article) throws InvalidArticleException {
                return real.normalize(article);
            }

            @Override
            public Tags tag(final NormalizedArticle article) {
                if (article.text().contains(trigger)) {
                    throw new IllegalStateException(MESSAGE);
                }
                return real.tag(article);
            }
        };
    }
}
