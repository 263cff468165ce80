package io.newsstream.topology;

import java.time.Instant;

/**
 * A value of {@code news.country-mentions}: one country's count in one event-time window.
 *
 * @param country     ISO 3166-1 alpha-2 code
 * @param windowStart inclusive
 * @param windowEnd   exclusive
 * @param articles    unique articles mentioning the country in the window
 * @param mentions    total mentions in those articles
 */
public record CountryMentionCount(String country, Instant windowStart, Instant windowEnd, long articles, long mentions) {
}
