package io.newsstream.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.topology.DeadLetterHeaders;

/**
 * Reads what the processor committed to {@code news.enriched}, {@code news.duplicates} and
 * {@code news.dlq} after a starting point, as a downstream consumer would ({@code read_committed}),
 * and adds it up. Every {@code news.raw} record ends up in exactly one of the three, so the tally
 * also tells when a batch of published records has been processed.
 */
final class OutputTally implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private long enriched;
    private final Map<String, Long> languages = new TreeMap<>();
    private final Map<String, long[]> countries = new HashMap<>();
    private final Map<String, long[]> leaders = new HashMap<>();
    private final Map<String, Long> duplicatesByRule = new TreeMap<>();
    private final Map<String, Long> deadLetteredByReason = new TreeMap<>();

    /** Starts tallying at the outputs' current end, so only records processed from now on count. */
    static OutputTally fromNow(final NewsstreamConfig config) {
        final Topics topics = Topics.from(config);
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, CommonOptions.requireBootstrapServers(config));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-demo-summary");
        final KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final String topic : List.of(topics.enriched(), topics.duplicates(), topics.dlq())) {
            for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() resolves the lazy seek now, before anything is published
        partitions.forEach(consumer::position);
        return new OutputTally(consumer, topics);
    }

    private OutputTally(final KafkaConsumer<byte[], byte[]> consumer, final Topics topics) {
        this.consumer = consumer;
        this.topics = topics;
    }

    /**
     * Reads until {@code expected} outputs were seen or {@code timeout} passed.
     *
     * @return true when all expected outputs arrived
     */
    boolean awaitOutputs(final long expected, final Duration timeout) {
        final Instant deadline = Instant.now().plus(timeout);
        while (total() < expected && Instant.now().isBefore(deadline)) {
            for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                add(record);
            }
        }
        return total() >= expected;
    }

    long total() {
        return enriched + sum(duplicatesByRule) + sum(deadLetteredByReason);
    }

    long enriched() {
        return enriched;
    }

    Map<String, Long> languages() {
        return languages;
    }

    Map<String, Long> duplicatesByRule() {
        return duplicatesByRule;
    }

    Map<String, Long> deadLetteredByReason() {
        return deadLetteredByReason;
    }

    /** The {@code limit} most mentioned countries as {@code code -> [articles, mentions]}, most mentions first. */
    List<Map.Entry<String, long[]>> topCountries(final int limit) {
        return top(countries, limit);
    }

    List<Map.Entry<String, long[]>> topLeaders(final int limit) {
        return top(leaders, limit);
    }

    private void add(final ConsumerRecord<byte[], byte[]> record) {
        try {
            if (record.topic().equals(topics.enriched())) {
                final EnrichedArticle article = Json.mapper().readValue(record.value(), EnrichedArticle.class);
                enriched++;
                languages.merge(article.language(), 1L, Long::sum);
                tally(countries, article.countries(), CountryTag::code, CountryTag::mentions);
                tally(leaders, article.leaders(), LeaderTag::name, LeaderTag::mentions);
            } else if (record.topic().equals(topics.duplicates())) {
                final DuplicateEvent event = Json.mapper().readValue(record.value(), DuplicateEvent.class);
                duplicatesByRule.merge(event.rule().wireName(), 1L, Long::sum);
            } else {
                final Header reason = record.headers().lastHeader(DeadLetterHeaders.REASON);
                // Kafka's own DLQ handler marks records with __streams.errors.* headers instead
                final String name = reason == null ? "unexpected_error" : new String(reason.value(), StandardCharsets.UTF_8);
                deadLetteredByReason.merge(name, 1L, Long::sum);
            }
        } catch (final IOException e) {
            throw new IllegalStateException("unreadable record on " + record.topic() + " at offset " + record.offset()
                    + ": " + e.getMessage(), e);
        }
    }

    private static <T> void tally(final Map<String, long[]> totals, final List<T> tags,
                                  final Function<T, String> key, final Function<T, Integer> mentions) {
        for (final T tag : tags) {
            final long[] counts = totals.computeIfAbsent(key.apply(tag), k -> new long[2]);
            counts[0]++;
            counts[1] += mentions.apply(tag);
        }
    }

    private static List<Map.Entry<String, long[]>> top(final Map<String, long[]> totals, final int limit) {
        return totals.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .toList();
    }

    private static long sum(final Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
