package io.newsstream.topology;

import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearDupRule;
import io.newsstream.topology.serde.JsonSerdes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One LSH band on records keyed by band key: answers which earlier articles under this band key
 * the probe's article copies, then remembers the article under it. Remembering before the verdict
 * is known is safe because only a candidate preceding the newcomer by (event time, id) counts
 * ({@link NearDupRule#matches}), so two racing copies can never make each other duplicates.
 */
final class NearBandProcessor implements FixedKeyProcessor<String, NearProbe, NearAnswer> {
    private final NearDupRule rule;
    private final DedupRetention retention;
    private final String storeName;
    private FixedKeyProcessorContext<String, NearAnswer> context;
    private WindowStore<String, NearCandidate> store;

    private NearBandProcessor(final NearDupRule rule, final DedupRetention retention, final String storeName) {
        this.rule = rule;
        this.retention = retention;
        this.storeName = storeName;
    }

    /**
     * The processor and its store: a window store of band key → article at its event time, kept
     * for the retention in event time and changelogged; duplicates retained because many articles
     * share a band key, some at the same instant.
     */
    static FixedKeyProcessorSupplier<String, NearProbe, NearAnswer> supplier(final NearDupRule rule,
                                                                             final String storeName) {
        Objects.requireNonNull(rule, "rule");
        final DedupRetention retention = rule.retention();
        Objects.requireNonNull(storeName, "storeName");
        final StoreBuilder<WindowStore<String, NearCandidate>> store = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(storeName, retention.retention(), retention.retention(), true),
                Serdes.String(), JsonSerdes.NEAR_CANDIDATE);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, NearProbe, NearAnswer> get() {
                return new NearBandProcessor(rule, retention, storeName);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, NearAnswer> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(final FixedKeyRecord<String, NearProbe> record) {
        final NearProbe probe = record.value();
        final NearCandidate newcomer = probe.candidate();
        if (newcomer == null) {
            context.forward(record.withValue(new NearAnswer(probe.id(), 0, 1, List.of(), probe.pending())));
            return;
        }
        final List<NearCandidate> remembered = rememberedNear(record.key(), newcomer.eventTime());
        context.forward(record.withValue(
                new NearAnswer(newcomer.id(), probe.band(), probe.bands(), rule.matches(newcomer, remembered),
                        probe.pending())));
        store.put(record.key(), newcomer, newcomer.eventTime().toEpochMilli());
    }

    private List<NearCandidate> rememberedNear(final String bandKey, final Instant eventTime) {
        final List<NearCandidate> found = new ArrayList<>();
        try (WindowStoreIterator<NearCandidate> it =
                     store.fetch(bandKey, retention.lookupFrom(eventTime), retention.lookupTo(eventTime))) {
            it.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }
}
