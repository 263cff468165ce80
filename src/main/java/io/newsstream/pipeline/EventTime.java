package io.newsstream.pipeline;

import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An article's event time: its publication time when known, else when it arrived (the raw
 * record's timestamp in the topology, the batch run's start in batch mode). Millisecond
 * precision, like Kafka record timestamps, so both modes compare the same values. A publication
 * time before 1970 cannot be a Kafka record timestamp, so it counts as unknown here (the article
 * keeps it as {@code published_at}).
 */
public final class EventTime {
    private EventTime() {
    }

    public static Instant of(final NormalizedArticle article, final Instant arrivedAt) {
        final Instant published = article.publishedAt();
        final Instant time = published != null && !published.isBefore(Instant.EPOCH) ? published : arrivedAt;
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
