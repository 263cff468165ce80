package io.newsstream.topology;

import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.util.Objects;

/**
 * A normalized article on its way through deduplication to tagging: the value of both internal
 * repartition topics.
 *
 * @param article    the normalized article
 * @param ingestedAt the raw record's timestamp; becomes {@code ingested_at} and starts the latency clock
 */
public record PendingArticle(NormalizedArticle article, Instant ingestedAt) {
    public PendingArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
