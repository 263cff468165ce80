package io.newsstream.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.newsstream.json.Json;

import static org.awaitility.Awaitility.await;

/**
 * Producing to and reading from a real broker in integration tests. Every reader assigns itself all
 * partitions of its topics from the beginning (no consumer group), so a test sees what a fresh
 * downstream consumer would see.
 */
public final class KafkaTestSupport {
    public static final String READ_COMMITTED = "read_committed";
    public static final String READ_UNCOMMITTED = "read_uncommitted";

    private KafkaTestSupport() {
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(final String bootstrapServers, final ProducerRecord<byte[], byte[]> record) {
        sendAll(bootstrapServers, List.of(record));
    }

    /**
     * Sends the records in order through one producer (acks=all, the client default) and waits until the
     * broker acknowledged every one; a failed send fails the test.
     */
    public static void sendAll(final String bootstrapServers, final List<ProducerRecord<byte[], byte[]>> records) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // as newsstream's own producers: articles up to input.max.text.bytes fit in one request
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(4 * 1024 * 1024));
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            final List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (final ProducerRecord<byte[], byte[]> record : records) {
                acks.add(producer.send(record));
            }
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                } catch (final Exception e) {
                    throw new IllegalStateException("cannot send to " + records.get(i).topic(), e);
                }
            }
        }
    }

    /**
     * Reads {@code topic} from the beginning as a {@code read_committed} consumer until a record matches
     * {@code wanted}, and returns every record read; fails after {@code timeout}.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(final String bootstrapServers, final String topic,
                                                                 final Predicate<ConsumerRecord<byte[], byte[]>> wanted,
                                                                 final Duration timeout) {
        final List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     readerFromBeginning(bootstrapServers, READ_COMMITTED, List.of(topic), Map.of())) {
            await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.stream().anyMatch(wanted);
            });
        }
        return read;
    }

    /** The first record on {@code topic} under {@code key}, read committed; fails after {@code timeout}. */
    public static ConsumerRecord<byte[], byte[]> firstWithKey(final String bootstrapServers, final String topic,
                                                              final String key, final Duration timeout) {
        return readUntil(bootstrapServers, topic, hasKey(key), timeout).stream()
                .filter(hasKey(key)).findFirst().orElseThrow();
    }

    /**
     * Every record of {@code topics} from the beginning up to their end offsets at the time of the call,
     * as a consumer with {@code isolationLevel} sees them, by topic (a topic with no records maps to an
     * empty list).
     */
    public static Map<String, List<ConsumerRecord<byte[], byte[]>>> readToEnd(final String bootstrapServers,
                                                                              final String isolationLevel,
                                                                              final List<String> topics) {
        final Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = new HashMap<>();
        topics.forEach(topic -> byTopic.put(topic, new ArrayList<>()));
        // large enough for a whole enriched article near the text limit in one fetch
        final Map<String, Object> fetch = Map.of(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        try (KafkaConsumer<byte[], byte[]> consumer = readerFromBeginning(bootstrapServers, isolationLevel, topics, fetch)) {
            final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            while (end.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> byTopic.get(record.topic()).add(record));
            }
        }
        return byTopic;
    }

    /**
     * A byte-array consumer with {@code isolationLevel} and the {@code overrides}, assigned every partition
     * of {@code topics} at the beginning; the caller closes it.
     */
    public static KafkaConsumer<byte[], byte[]> readerFromBeginning(final String bootstrapServers,
                                                                    final String isolationLevel,
                                                                    final List<String> topics,
                                                                    final Map<String, Object> overrides) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        props.putAll(overrides);
        final KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return consumer;
        } catch (final RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** Records whose key is {@code key} in UTF-8; records without a key never match. */
    public static Predicate<ConsumerRecord<byte[], byte[]>> hasKey(final String key) {
        return record -> key.equals(keyOf(record));
    }

    /** The record's key as UTF-8 text, or null when it has none. */
    public static String keyOf(final ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    /** The record's JSON value read as {@code type} with newsstream's mapper. */
    public static <T> T valueAs(final ConsumerRecord<byte[], byte[]> record, final Class<T> type) {
        try {
            return Json.mapper().readValue(record.value(), type);
        } catch (final IOException e) {
            throw new UncheckedIOException("not a " + type.getSimpleName() + " on " + record.topic() + " at offset "
                    + record.offset(), e);
        }
    }

    /** UTF-8 bytes, for keys and values. */
    public static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
