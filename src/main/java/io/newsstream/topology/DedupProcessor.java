package io.newsstream.topology;

import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.ExactDedup;
import io.newsstream.dedup.FirstSeen;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.topology.serde.JsonSerdes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One exact dedup rule on records keyed by that rule's fingerprint, so every copy of an article
 * meets the first one in the same task and store. A copy leaves as a {@link DuplicateEvent};
 * the first one is remembered and leaves unchanged.
 */
final class DedupProcessor implements FixedKeyProcessor<String, PendingArticle, DedupOutcome> {
    private final DuplicateRule rule;
    private final DedupRetention retention;
    private final String storeName;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, DedupOutcome> context;
    private ExactDedup dedup;

    private DedupProcessor(final DuplicateRule rule, final DedupRetention retention, final String storeName,
                           final PipelineMetrics metrics) {
        this.rule = rule;
        this.retention = retention;
        this.storeName = storeName;
        this.metrics = metrics;
    }

    /**
     * The processor and its store: a window store of fingerprint → first seen at its event time,
     * kept for {@code dedup.retention} + {@code dedup.grace} ({@link DedupRetention#kept()}),
     * changelogged. Retention trade-off: a longer one catches copies republished later, but holds
     * more fingerprints on disk and in the changelog (and a longer restore); expiry follows the
     * store's stream time (the latest event time remembered), dropping whole segments, so it costs
     * no per-key punctuation, and an article arriving more than retention + grace behind stream
     * time is not remembered at all. Lookups never see anything older than stream time minus
     * retention + grace, so the answer does not depend on segment timing (batch mode's
     * {@code InMemoryFirstSeenIndex} forgets the same way), and an article up to the grace behind
     * stream time (a backfill spread over several threads, a producer publishing out of order)
     * still sees everything within the retention of its own event time. The changelog's records
     * are stamped by the broker ({@link IngestionTime#WINDOW_CHANGELOG_CONFIG}), so its time-based
     * retention counts from the write, not from a backfilled article's event time.
     */
    static FixedKeyProcessorSupplier<String, PendingArticle, DedupOutcome> supplier(
            final DuplicateRule rule, final DedupRetention retention, final String storeName,
            final PipelineMetrics metrics) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(metrics, "metrics");
        final StoreBuilder<WindowStore<String, FirstSeen>> store = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(storeName, retention.kept(), retention.retention(), false),
                Serdes.String(), JsonSerdes.FIRST_SEEN)
                .withLoggingEnabled(IngestionTime.WINDOW_CHANGELOG_CONFIG);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, PendingArticle, DedupOutcome> get() {
                return new DedupProcessor(rule, retention, storeName, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        final WindowStore<String, FirstSeen> store = context.getStateStore(storeName);
        this.dedup = new ExactDedup(rule, retention, new WindowStoreFirstSeenIndex(store));
    }

    @Override
    public void process(final FixedKeyRecord<String, PendingArticle> record) {
        final Instant eventTime = Instant.ofEpochMilli(record.timestamp());
        final Optional<DuplicateEvent> duplicate = dedup.check(record.value().article(), eventTime);
        if (duplicate.isPresent()) {
            metrics.duplicate(rule);
            context.forward(record.withValue(DedupOutcome.duplicate(duplicate.get())));
        } else {
            context.forward(record.withValue(DedupOutcome.unique(record.value())));
        }
    }
}
