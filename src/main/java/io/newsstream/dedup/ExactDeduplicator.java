package io.newsstream.dedup;

import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Both exact rules in the topology's order, {@code same_url} then {@code same_content}, each over
 * its own in-memory index: the batch-mode equivalent of the two dedup processors. An article
 * dropped by {@code same_url} never reaches {@code same_content}, as in the topology. Not thread-safe.
 */
public final class ExactDeduplicator {
    private final List<ExactDedup> rules;

    private ExactDeduplicator(final List<ExactDedup> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ExactDeduplicator inMemory(final DedupRetention retention) {
        return new ExactDeduplicator(List.of(
                new ExactDedup(DuplicateRule.SAME_URL, retention, new InMemoryFirstSeenIndex(retention.kept())),
                new ExactDedup(DuplicateRule.SAME_CONTENT, retention, new InMemoryFirstSeenIndex(retention.kept()))));
    }

    /** The duplicate event under the first rule that matches, else empty with the article remembered by each rule. */
    public Optional<DuplicateEvent> check(final NormalizedArticle article, final Instant eventTime) {
        for (final ExactDedup rule : rules) {
            final Optional<DuplicateEvent> duplicate = rule.check(article, eventTime);
            if (duplicate.isPresent()) {
                return duplicate;
            }
        }
        return Optional.empty();
    }
}
