package io.newsstream.model;

/**
 * A record of {@code news.duplicates}: article {@code id} was dropped as a copy of {@code duplicateOf}.
 *
 * @param similarity measured similarity in [0, 1] for near duplicates; null for exact rules
 */
public record DuplicateEvent(String id, String duplicateOf, DuplicateRule rule, Double similarity) {
}
