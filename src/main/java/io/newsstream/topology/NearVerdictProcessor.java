package io.newsstream.topology;

import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.topology.serde.NearSerdes;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolves one article's near-duplicate verdict on records keyed by its id: gathers the article
 * and its probes' answers in a store keyed by id and intake record ({@code <id>|<partition>:<offset>},
 * so two different articles with one id never merge) and, once the article is there and every
 * band has answered, forwards either the article (unique) or a {@code near_content} duplicate
 * event naming the earliest confirmed match by (event time, id). Nothing is forwarded before
 * that; the entry is then deleted, so the store only holds articles whose probes are in flight.
 */
final class NearVerdictProcessor implements FixedKeyProcessor<String, NearVerdictInput, DedupOutcome> {
    private final String storeName;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, NearVerdictState> store;

    private NearVerdictProcessor(final String storeName, final PipelineMetrics metrics) {
        this.storeName = storeName;
        this.metrics = metrics;
    }

    static FixedKeyProcessorSupplier<String, NearVerdictInput, DedupOutcome> supplier(final String storeName,
                                                                               final PipelineMetrics metrics) {
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(metrics, "metrics");
        // cached: an article's few updates and its final delete mostly fall within one commit, so
        // the cache folds them and the changelog sees little or nothing of articles already resolved
        final StoreBuilder<KeyValueStore<String, NearVerdictState>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(storeName), Serdes.String(), NearSerdes.NEAR_VERDICT_STATE)
                .withCachingEnabled();
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, NearVerdictInput, DedupOutcome> get() {
                return new NearVerdictProcessor(storeName, metrics);
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
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(final FixedKeyRecord<String, NearVerdictInput> record) {
        final NearVerdictInput input = record.value();
        final String id = input.id();
        final String gatherKey = gatherKey(input);
        final NearVerdictState known = store.get(gatherKey);
        final NearVerdictState state = (known != null ? known : NearVerdictState.EMPTY).with(input);
        if (!state.complete()) {
            store.put(gatherKey, state);
            return;
        }
        if (known != null) {
            store.delete(gatherKey);
        }
        if (state.originalMatch().isPresent()) {
            metrics.duplicate(DuplicateRule.NEAR_CONTENT);
            context.forward(record.withValue(DedupOutcome.duplicate(new DuplicateEvent(id,
                    state.original().id(), DuplicateRule.NEAR_CONTENT, state.original().similarity()))));
        } else {
            context.forward(record.withValue(DedupOutcome.unique(state.pending())));
        }
    }

    /** {@code <id>|<partition>:<offset>}: unique per intake record, as the suffix holds no {@code |}. */
    static String gatherKey(final NearVerdictInput input) {
        return input.id() + "|" + input.ref();
    }
}
