package io.newsstream.topology;

import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.pipeline.EventTime;
import io.newsstream.topology.serde.JsonSerdes;
import io.newsstream.topology.serde.NearSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolves one article's near-duplicate verdict in the task that read the article: gathers its
 * probes' answers in a store keyed by id and intake record ({@code <id>|<partition>:<offset>}, so
 * two different articles with one id never merge) and, once the article is there and every band
 * has answered, forwards a {@code near_content} duplicate event naming the earliest confirmed match
 * by (event time, id), or the article (unique).
 *
 * <p>A unique verdict is held for {@code hold} of wall-clock time first (0: not at all): an
 * original that raced its copy and reached a band partition second sends a {@link NearLateOriginal},
 * and while the copy is held that still drops it. A third store orders held articles by release
 * time ({@code <release time, 19 digits>|<gather key>}) and a wall-clock punctuation releases the
 * due ones, with the article's event time as the record timestamp. A late original for an article
 * whose verdict is out finds no entry and is only counted ({@link PipelineMetrics#lateOriginal}).
 *
 * <p>The article waits in a store of its own ({@code <store>-articles}), written once; the verdict
 * state beside it is a few bytes, so each answer rewrites only those. An article whose verdict is
 * out at once (no bands, or its answers came first) with no hold is never stored. Entries are
 * deleted once the verdict is out, so the stores only hold articles whose probes are in flight or
 * that are held.
 */
final class NearVerdictProcessor implements Processor<String, NearVerdictInput, String, DedupOutcome> {
    private final String storeName;
    private final String articleStoreName;
    private final String releaseStoreName;
    private final Duration hold;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, NearVerdictState> store;
    private KeyValueStore<String, PendingArticle> articles;
    private KeyValueStore<String, String> releases;

    private NearVerdictProcessor(final String storeName, final Duration hold, final PipelineMetrics metrics) {
        this.storeName = storeName;
        this.articleStoreName = articleStoreName(storeName);
        this.releaseStoreName = releaseStoreName(storeName);
        this.hold = hold;
        this.metrics = metrics;
    }

    /**
     * The processor and its stores: {@code storeName} (gather key → {@link NearVerdictState}),
     * {@code storeName + "-articles"} (gather key → the article) and {@code storeName + "-releases"}
     * (release key → gather key), all changelogged and cached.
     */
    static ProcessorSupplier<String, NearVerdictInput, String, DedupOutcome> supplier(
            final String storeName, final Duration hold, final PipelineMetrics metrics) {
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(metrics, "metrics");
        if (hold.isNegative()) {
            throw new IllegalArgumentException("hold must not be negative, got " + hold);
        }
        // cached: an article's few updates and its final delete often fall within one commit, so
        // the cache folds them and the changelog sees little or nothing of articles already resolved
        final StoreBuilder<KeyValueStore<String, NearVerdictState>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(storeName), Serdes.String(), NearSerdes.NEAR_VERDICT_STATE)
                .withCachingEnabled();
        final StoreBuilder<KeyValueStore<String, PendingArticle>> articleStore = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(articleStoreName(storeName)), Serdes.String(), JsonSerdes.PENDING_ARTICLE)
                .withCachingEnabled();
        final StoreBuilder<KeyValueStore<String, String>> releaseStore = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(releaseStoreName(storeName)), Serdes.String(), Serdes.String())
                .withCachingEnabled();
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, NearVerdictInput, String, DedupOutcome> get() {
                return new NearVerdictProcessor(storeName, hold, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store, articleStore, releaseStore);
            }
        };
    }

    static String articleStoreName(final String storeName) {
        return storeName + "-articles";
    }

    static String releaseStoreName(final String storeName) {
        return storeName + "-releases";
    }

    @Override
    public void init(final ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.articles = context.getStateStore(articleStoreName);
        this.releases = context.getStateStore(releaseStoreName);
        // scheduled even without a hold: articles held under an earlier, longer setting must still go out
        final Duration every = !hold.isZero() && hold.compareTo(Duration.ofSeconds(1)) < 0 ? hold : Duration.ofSeconds(1);
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::releaseDue);
    }

    @Override
    public void process(final Record<String, NearVerdictInput> record) {
        final NearVerdictInput input = record.value();
        final String gatherKey = gatherKey(input);
        final NearVerdictState known = store.get(gatherKey);
        if (input instanceof NearLateOriginal) {
            metrics.lateOriginal(known != null);
            if (known == null) {
                return; // the verdict is out: too late to take it back
            }
        }
        final NearVerdictState state = (known != null ? known : NearVerdictState.EMPTY).with(input);
        // the article itself when this input is it; otherwise it is in the article store
        final PendingArticle arrived = input instanceof NearArticle article ? article.pending() : null;
        if (!state.complete()) {
            keep(gatherKey, state, arrived);
            return;
        }
        if (state.originalMatch().isPresent()) {
            final PendingArticle pending = takeArticle(gatherKey, known, arrived);
            metrics.duplicate(DuplicateRule.NEAR_CONTENT);
            context.forward(new Record<>(input.id(), DedupOutcome.duplicate(new DuplicateEvent(input.id(),
                    state.original().id(), DuplicateRule.NEAR_CONTENT, state.original().similarity())),
                    eventTimeMillis(pending), ingestionHeaders(record.headers(), pending)));
            return;
        }
        if (state.held()) {
            store.put(gatherKey, state); // a replayed input while held: keep waiting
            return;
        }
        if (hold.isZero()) {
            final PendingArticle pending = takeArticle(gatherKey, known, arrived);
            context.forward(new Record<>(input.id(), DedupOutcome.unique(pending), eventTimeMillis(pending),
                    ingestionHeaders(record.headers(), pending)));
            return;
        }
        final long until = context.currentSystemTimeMs() + hold.toMillis();
        keep(gatherKey, state.heldUntil(until), arrived);
        releases.put(releaseKey(until, gatherKey), gatherKey);
    }

    /** Stores the open verdict's state, and the article when this input is it (it is stored once). */
    private void keep(final String gatherKey, final NearVerdictState state, final PendingArticle arrived) {
        store.put(gatherKey, state);
        if (arrived != null) {
            articles.put(gatherKey, arrived);
        }
    }

    /** Forwards every held article whose hold is over as unique. */
    private void releaseDue(final long now) {
        final List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = releases.all()) {
            while (it.hasNext()) {
                final KeyValue<String, String> entry = it.next();
                if (releaseTime(entry.key) > now) {
                    break; // keys sort by release time
                }
                due.add(entry);
            }
        }
        for (final KeyValue<String, String> entry : due) {
            final NearVerdictState state = store.get(entry.value);
            if (state == null || !state.held() || state.originalMatch().isPresent()) {
                releases.put(entry.key, null); // nothing waits under it any more
                continue;
            }
            // the state was held once, with this entry's release time: forget() deletes this entry too
            final PendingArticle pending = takeArticle(entry.value, state, null);
            context.forward(new Record<>(pending.article().id(), DedupOutcome.unique(pending),
                    eventTimeMillis(pending), ingestionHeaders(new RecordHeaders(), pending)));
        }
    }

    /**
     * The article whose verdict is out now ({@code arrived} when the article itself resolved it, else
     * from the article store), with everything the stores held of it deleted.
     */
    private PendingArticle takeArticle(final String gatherKey, final NearVerdictState known,
                                       final PendingArticle arrived) {
        final PendingArticle pending = arrived != null ? arrived : articles.get(gatherKey);
        if (known != null) {
            forget(gatherKey, known);
        }
        return pending;
    }

    /**
     * Deletes what the stores hold of a resolved article, given its last stored state, by
     * {@code put(key, null)}: {@code delete} would first read and deserialize the old value (for the
     * article store, its whole text).
     */
    private void forget(final String gatherKey, final NearVerdictState known) {
        store.put(gatherKey, null);
        if (known.arrived()) { // else the article is the input that resolved it and was never stored
            articles.put(gatherKey, null);
        }
        if (known.held()) {
            releases.put(releaseKey(known.heldUntil(), gatherKey), null);
        }
    }

    /**
     * A copy of {@code headers} with the article's {@link IngestionTime}: the record that completes a
     * verdict may be an answer, a late original or a punctuation, which carry no header of the article's.
     */
    private static Headers ingestionHeaders(final Headers headers, final PendingArticle pending) {
        final Headers copy = new RecordHeaders(headers.toArray());
        IngestionTime.addTo(copy, pending.ingestedAt());
        return copy;
    }

    private static long eventTimeMillis(final PendingArticle pending) {
        return EventTime.of(pending.article(), pending.ingestedAt()).toEpochMilli();
    }

    /** {@code <id>|<partition>:<offset>}: unique per intake record, as the suffix holds no {@code |}. */
    static String gatherKey(final NearVerdictInput input) {
        return input.id() + "|" + input.ref();
    }

    /** Sorts by release time as text: 19 digits hold any non-negative epoch millisecond. */
    static String releaseKey(final long releaseTime, final String gatherKey) {
        final String digits = Long.toString(releaseTime); // zero-padded to 19 digits, so keys sort by time
        return "0".repeat(Math.max(0, 19 - digits.length())) + digits + "|" + gatherKey;
    }

    private static long releaseTime(final String releaseKey) {
        return Long.parseLong(releaseKey.substring(0, 19));
    }
}
