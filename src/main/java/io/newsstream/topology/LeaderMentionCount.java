package io.newsstream.topology;

import java.time.Instant;

/**
 * A value of {@code news.leader-mentions}: one leader's count in one event-time window.
 *
 * @param leader      the gazetteer id, e.g. {@code vladimir-putin}
 * @param windowStart inclusive
 * @param windowEnd   exclusive
 * @param articles    unique articles mentioning the leader in the window
 * @param mentions    total mentions in those articles
 */
public record LeaderMentionCount(String leader, Instant windowStart, Instant windowEnd, long articles, long mentions) {
}
