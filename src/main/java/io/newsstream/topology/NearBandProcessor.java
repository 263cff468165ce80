package io.newsstream.topology;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearDupRule;
import io.newsstream.dedup.near.NearMatch;
import io.newsstream.topology.serde.NearSerdes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The LSH bands of one partition, on probes keyed by article id: for each of the probe's band
 * keys, finds the articles remembered under it, verifies each distinct one once against its
 * signature with {@link NearDupRule}, answers once for the whole probe with the earliest earlier
 * article the newcomer copies, then remembers the newcomer under those band keys. Remembering
 * before the verdict is known is safe because only a candidate preceding the newcomer by
 * (event time, id) counts ({@link NearDupRule#matches}), so two racing copies can never make each
 * other duplicates.
 *
 * <p>A remembered article that turns out to be a later copy of the newcomer (it got here first:
 * the two raced, or the copy was published before its original arrived) is told so with a
 * {@link NearLateOriginal} keyed by its own id; its verdict step drops it if its verdict is still
 * open. Answers and late originals go to the same topic, so a late original always follows the
 * copy's own answer from this partition.
 *
 * <p>Two stores, both window stores in event time kept for {@code dedup.retention} +
 * {@code dedup.grace} ({@link DedupRetention#kept()}), changelogged: the band store (band key → a
 * 64-bit reference to the article id, at its event time; duplicates retained, since many articles
 * share a band key, some at the same instant) and
 * the signature store (reference → the article's intake record, id, event time and fingerprint,
 * once per partition). Their changelogs are stamped with the broker's append time
 * ({@link IngestionTime#WINDOW_CHANGELOG_CONFIG}), so a backfilled article's rows outlive the
 * changelog's time-based retention as long as the store keeps them. A candidate's signature is always local: it probed the same band key, so
 * the same partition. The stores forget by the partition's stream time (the newest event time
 * remembered): a probe up to the grace behind it still sees every article within the retention
 * of its own event time; one further behind sees less, and one more than retention + grace
 * behind is not remembered.
 */
final class NearBandProcessor implements Processor<String, NearProbe, String, NearVerdictInput> {
    /** komihash 5.0 of the id: a published algorithm, the same on every JVM and release. */
    private static final Hasher64 ID_HASH = Hashing.komihash5_0(0x6e6561722d726566L);

    private final NearDupRule rule;
    private final DedupRetention retention;
    private final String bandStoreName;
    private final String signatureStoreName;
    private ProcessorContext<String, NearVerdictInput> context;
    private WindowStore<String, Long> bands;
    private WindowStore<Long, NearRemembered> signatures;

    private NearBandProcessor(final NearDupRule rule, final String bandStoreName, final String signatureStoreName) {
        this.rule = rule;
        this.retention = rule.retention();
        this.bandStoreName = bandStoreName;
        this.signatureStoreName = signatureStoreName;
    }

    /** The processor and its two stores (see the class comment). */
    static ProcessorSupplier<String, NearProbe, String, NearVerdictInput> supplier(
            final NearDupRule rule, final String bandStoreName, final String signatureStoreName) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(bandStoreName, "bandStoreName");
        Objects.requireNonNull(signatureStoreName, "signatureStoreName");
        final DedupRetention retention = rule.retention();
        final StoreBuilder<WindowStore<String, Long>> bandStore = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(bandStoreName, retention.kept(), retention.retention(), true),
                Serdes.String(), Serdes.Long())
                .withLoggingEnabled(IngestionTime.WINDOW_CHANGELOG_CONFIG);
        final StoreBuilder<WindowStore<Long, NearRemembered>> signatureStore = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(signatureStoreName, retention.kept(), retention.retention(), false),
                Serdes.Long(), NearSerdes.NEAR_REMEMBERED)
                .withLoggingEnabled(IngestionTime.WINDOW_CHANGELOG_CONFIG);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, NearProbe, String, NearVerdictInput> get() {
                return new NearBandProcessor(rule, bandStoreName, signatureStoreName);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(bandStore, signatureStore);
            }
        };
    }

    /** What band entries hold instead of the id: 8 bytes, collisions ~n²/2⁶⁵ and harmful only at the same event time. */
    static long reference(final String id) {
        return ID_HASH.hashCharsToLong(id);
    }

    @Override
    public void init(final ProcessorContext<String, NearVerdictInput> context) {
        this.context = context;
        this.bands = context.getStateStore(bandStoreName);
        this.signatures = context.getStateStore(signatureStoreName);
    }

    @Override
    public void process(final Record<String, NearProbe> record) {
        final NearProbe probe = record.value();
        final NearCandidate newcomer = probe.candidate();
        final List<NearRemembered> remembered = rememberedNear(probe, newcomer.eventTime());
        final List<NearMatch> matches = rule.matches(newcomer,
                remembered.stream().map(NearRemembered::candidate).toList());
        context.forward(record.withValue(new NearAnswer(newcomer.id(), probe.ref(), probe.bandMask(),
                NearMatch.original(matches).orElse(null))));
        for (final NearRemembered earlierArrival : remembered) {
            final NearCandidate copy = earlierArrival.candidate();
            rule.asOriginalOf(newcomer, copy).ifPresent(original -> context.forward(new Record<String, NearVerdictInput>(
                    copy.id(), new NearLateOriginal(copy.id(), earlierArrival.ref(), original),
                    copy.eventTime().toEpochMilli())));
        }
        remember(probe, newcomer);
    }

    /** The distinct articles remembered under any of the probe's band keys, within the retention. */
    private List<NearRemembered> rememberedNear(final NearProbe probe, final Instant eventTime) {
        final Set<KeyValue<Long, Long>> found = new LinkedHashSet<>(); // (time, reference)
        final long from = retention.lookupFrom(eventTime).toEpochMilli();
        final long to = retention.lookupTo(eventTime).toEpochMilli();
        for (final NearBand band : probe.bands()) {
            try (WindowStoreIterator<Long> it = bands.fetch(band.key(), from, to)) {
                it.forEachRemaining(found::add);
            }
        }
        final List<NearRemembered> candidates = new ArrayList<>(found.size());
        for (final KeyValue<Long, Long> entry : found) {
            final NearRemembered candidate = signatures.fetch(entry.value, entry.key);
            if (candidate != null) { // null only when its segment expired between the two stores
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private void remember(final NearProbe probe, final NearCandidate newcomer) {
        final long reference = reference(newcomer.id());
        final long time = newcomer.eventTime().toEpochMilli();
        for (final NearBand band : probe.bands()) {
            bands.put(band.key(), reference, time);
        }
        signatures.put(reference, new NearRemembered(probe.ref(), newcomer), time);
    }
}
