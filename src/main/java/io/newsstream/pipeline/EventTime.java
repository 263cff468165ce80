package io.newsstream.pipeline;

import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An article's event time: its publication time when known, else when it arrived (the raw
 * record's timestamp in the topology, the batch run's start in batch mode). Millisecond
 * precision, like Kafka record timestamps, so both modes compare the same values.
 */
public final class EventTime {
    private EventTime() {
    }

    public static Instant of(final NormalizedArticle article, final Instant arrivedAt) {
        final Instant time = article.publishedAt() != null ? article.publishedAt() : arrivedAt;
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
