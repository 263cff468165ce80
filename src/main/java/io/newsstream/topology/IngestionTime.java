package io.newsstream.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The time newsstream ingested an article (its {@code news.raw} record's timestamp) and the output
 * records stamped with it.
 *
 * <p>Inside the topology a record's timestamp is the article's event time (published_at), which the
 * dedup retention and the count windows run on. The broker's time-based retention compares record
 * timestamps with its own clock, so an output record stamped with the event time of an article
 * published longer ago than the topic's {@code retention.ms} (a backfill) would be deleted as soon as it
 * is written. The output topics therefore carry the ingestion time: intake puts it in the
 * {@value #HEADER} header (ISO-8601 UTC, UTF-8), which travels with the record through the repartition
 * topics; each sink to {@code news.enriched} or {@code news.duplicates} sets the record timestamp to it
 * and drops the header. The tag step drops it too ({@link #without}), as the enriched value carries
 * {@code ingested_at}. A record that reaches a sink without the header (written to an internal topic by
 * a version before it) keeps its event time.
 */
final class IngestionTime {
    /** Internal: set at intake, removed before the output topics; seen on the dead-letter topic only. */
    static final String HEADER = "newsstream.ingested.at";

    /**
     * Topic settings for the changelog of a window store whose value carries its own time (the dedup
     * stores): the broker stamps each record with its append time. Kafka Streams creates such a
     * changelog with {@code cleanup.policy=compact,delete} and {@code retention.ms} = the store's
     * retention + 1 day, judged by record timestamp; stamped with the event time, a backfilled
     * article's entry would be deleted at the next retention check and missing after a restore. A
     * window store restores by the window time in the changelog key, not the record timestamp. Not for
     * timestamped stores (the DSL's aggregations): they restore their value's timestamp from it.
     */
    static final Map<String, String> WINDOW_CHANGELOG_CONFIG =
            Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");

    private IngestionTime() {
    }

    /** Records {@code ingestedAt} in {@code headers}, replacing an earlier value. */
    static void addTo(final Headers headers, final Instant ingestedAt) {
        headers.remove(HEADER);
        headers.add(HEADER, ingestedAt.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The ingestion time in {@code headers}; empty when absent or unreadable. */
    static Optional<Instant> from(final Headers headers) {
        final Header header = headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (final DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A copy of {@code headers} without {@value #HEADER}; {@code headers} is not changed (siblings share it). */
    static Headers without(final Headers headers) {
        final Headers copy = new RecordHeaders(headers.toArray());
        copy.remove(HEADER);
        return copy;
    }

    /** Stamps each record with the ingestion time from its header, then drops the header. */
    static <K, V> FixedKeyProcessorSupplier<K, V, V> stampFromHeader() {
        return stamp(record -> from(record.headers()));
    }

    /** Stamps each record with the ingestion time its value carries, and drops the header if present. */
    static <K, V> FixedKeyProcessorSupplier<K, V, V> stampFromValue(final Function<V, Instant> ingestedAt) {
        return stamp(record -> Optional.ofNullable(ingestedAt.apply(record.value())));
    }

    private static <K, V> FixedKeyProcessorSupplier<K, V, V> stamp(
            final Function<FixedKeyRecord<K, V>, Optional<Instant>> ingestedAt) {
        return () -> new Stamp<>(ingestedAt);
    }

    private static final class Stamp<K, V> implements FixedKeyProcessor<K, V, V> {
        private final Function<FixedKeyRecord<K, V>, Optional<Instant>> ingestedAt;
        private FixedKeyProcessorContext<K, V> context;

        Stamp(final Function<FixedKeyRecord<K, V>, Optional<Instant>> ingestedAt) {
            this.ingestedAt = ingestedAt;
        }

        @Override
        public void init(final FixedKeyProcessorContext<K, V> context) {
            this.context = context;
        }

        @Override
        public void process(final FixedKeyRecord<K, V> record) {
            final long timestamp = ingestedAt.apply(record).map(Instant::toEpochMilli).orElse(record.timestamp());
            context.forward(record.withTimestamp(timestamp).withHeaders(without(record.headers())));
        }
    }
}
