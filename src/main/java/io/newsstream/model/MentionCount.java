package io.newsstream.model;

import java.time.Instant;

/**
 * A count of one country's or one leader's mentions in one event-time window.
 *
 * @param key         country code or leader id (written as {@code country} or {@code leader})
 * @param windowStart inclusive window start
 * @param windowEnd   exclusive window end
 * @param articles    unique articles that mention the key in the window
 * @param mentions    total mentions in those articles
 */
public record MentionCount(String key, Instant windowStart, Instant windowEnd, long articles, long mentions) {
}
