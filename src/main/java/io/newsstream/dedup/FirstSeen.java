package io.newsstream.dedup;

import java.time.Instant;
import java.util.Objects;

/**
 * The first article seen with some fingerprint: copies within the retention are reported as
 * duplicates of {@code id}.
 *
 * @param id        the first article's id
 * @param eventTime the first article's event time (publication time, else arrival time)
 */
public record FirstSeen(String id, Instant eventTime) {
    public FirstSeen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventTime, "eventTime");
    }
}
