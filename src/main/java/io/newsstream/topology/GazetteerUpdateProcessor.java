package io.newsstream.topology;

import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.tag.LiveGazetteer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global store of gazetteer entries (key → data lines; a null value removes the key) and,
 * after every change, rebuilds the tag stage's gazetteer from the bundled data, the overrides files
 * and all stored entries in key order. Invalid entries are logged, counted in
 * {@code newsstream.gazetteer.rejected} and left out; nothing here stops the service.
 *
 * <p>Runs on the global thread. When Kafka Streams restores the store at start-up it replays the
 * topic through this processor, so a restore costs one rebuild per replayed record (see
 * {@code docs/gazetteer-updates.md}).
 */
final class GazetteerUpdateProcessor implements Processor<String, String, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerUpdateProcessor.class);

    private final String storeName;
    private final Optional<LiveGazetteer> gazetteer;
    private final PipelineMetrics metrics;
    private KeyValueStore<String, String> store;

    GazetteerUpdateProcessor(final String storeName, final Optional<LiveGazetteer> gazetteer,
                             final PipelineMetrics metrics) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        if (gazetteer.isEmpty()) {
            LOG.info("The tag stage has a fixed gazetteer: gazetteer entries are stored but not applied");
        }
        // entries restored from a checkpointed store were never seen by this processor
        rebuild();
    }

    @Override
    public void process(final Record<String, String> record) {
        if (record.key() == null) {
            LOG.warn("Gazetteer record without a key skipped: every entry needs a stable key such as leader:<id>");
            metrics.gazetteerRejected(1);
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        rebuild();
    }

    private void rebuild() {
        if (gazetteer.isEmpty()) {
            return;
        }
        final SortedMap<String, String> entries = new TreeMap<>();
        try (KeyValueIterator<String, String> all = store.all()) {
            while (all.hasNext()) {
                final KeyValue<String, String> entry = all.next();
                entries.put(entry.key, entry.value);
            }
        }
        final long started = System.nanoTime();
        try {
            final LiveGazetteer.UpdateResult result = gazetteer.get().update(entries);
            for (final Map.Entry<String, String> rejected : result.rejected().entrySet()) {
                if (result.newlyRejected().contains(rejected.getKey())) {
                    LOG.warn("Gazetteer entry '{}' left out: {}", rejected.getKey(), rejected.getValue());
                }
            }
            metrics.gazetteerRejected(result.newlyRejected().size());
            if (result.rebuilt()) {
                LOG.info("Gazetteer rebuilt: bundled data, overrides and {} topic entries ({} left out); {} ms",
                        result.applied().size(), result.rejected().size(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (final RuntimeException e) {
            // the previous gazetteer stays in force; the entry stays stored and is retried on the next change
            LOG.error("Gazetteer rebuild failed; the previous gazetteer stays in force", e);
            metrics.gazetteerRejected(1);
        }
    }
}
