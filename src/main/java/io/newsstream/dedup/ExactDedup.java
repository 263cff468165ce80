package io.newsstream.dedup;

import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One exact deduplication rule over one index: the first article with a fingerprint is
 * remembered, a later one with the same fingerprint within the retention is its duplicate.
 * The topology runs one per rule, each on the partition its fingerprint is keyed to; batch mode
 * chains both over in-memory indexes ({@link ExactDeduplicator}).
 */
public final class ExactDedup {
    private final DuplicateRule rule;
    private final DedupRetention retention;
    private final FirstSeenIndex index;

    public ExactDedup(final DuplicateRule rule, final DedupRetention retention, final FirstSeenIndex index) {
        if (!Fingerprint.EXACT_RULES.contains(Objects.requireNonNull(rule, "rule"))) {
            throw new IllegalArgumentException("not an exact rule: " + rule.wireName());
        }
        this.rule = rule;
        this.retention = Objects.requireNonNull(retention, "retention");
        this.index = Objects.requireNonNull(index, "index");
    }

    public DuplicateRule rule() {
        return rule;
    }

    /**
     * The duplicate event when {@code article} copies one first seen within the retention of
     * {@code eventTime}; otherwise remembers the article as first seen and returns empty. An article
     * the rule does not apply to (no URL for {@code same_url}) is never a duplicate and not remembered.
     */
    public Optional<DuplicateEvent> check(final NormalizedArticle article, final Instant eventTime) {
        final Optional<Fingerprint> fingerprint = Fingerprint.of(rule, article);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        final Optional<FirstSeen> original = firstSeenWithinRetention(fingerprint.get(), eventTime);
        if (original.isPresent()) {
            return Optional.of(new DuplicateEvent(article.id(), original.get().id(), rule, null));
        }
        rememberFirstSeen(fingerprint.get(), new FirstSeen(article.id(), eventTime));
        return Optional.empty();
    }

    /** True when {@code article} copies one first seen within the retention; remembers nothing. */
    public boolean isDuplicate(final NormalizedArticle article, final Instant eventTime) {
        return Fingerprint.of(rule, article).flatMap(fp -> firstSeenWithinRetention(fp, eventTime)).isPresent();
    }

    private Optional<FirstSeen> firstSeenWithinRetention(final Fingerprint fingerprint, final Instant eventTime) {
        return index.firstSeenBetween(fingerprint.value(), retention.lookupFrom(eventTime), retention.lookupTo(eventTime))
                .stream()
                .filter(first -> retention.covers(first, eventTime))
                .findFirst();
    }

    private void rememberFirstSeen(final Fingerprint fingerprint, final FirstSeen firstSeen) {
        index.remember(fingerprint.value(), firstSeen);
    }
}
