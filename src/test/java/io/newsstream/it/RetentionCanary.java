package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.utf8;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A one-partition topic on which a record older than the broker's retention is written and awaited
 * until the broker deletes it: proof that a retention pass has run since the record was written.
 * Its cleanup policy is that of the topics under test, so the same broker thread applies retention
 * to both (the log cleaner for {@code compact,delete}, the retention check for {@code delete}).
 */
final class RetentionCanary {
    private static final String TOPIC = "retention-canary";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final String bootstrapServers;
    private final Instant expiredTimestamp;
    private final Duration timeout;

    private RetentionCanary(final String bootstrapServers, final Instant expiredTimestamp, final Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.expiredTimestamp = expiredTimestamp;
        this.timeout = timeout;
    }

    /**
     * Creates the canary topic with {@code cleanupPolicy}; each canary record is stamped
     * {@code expiredTimestamp}, which must be older than the topic's retention.
     */
    static RetentionCanary create(final String bootstrapServers, final String cleanupPolicy,
                                  final Instant expiredTimestamp, final Duration timeout) {
        final RetentionCanary canary = new RetentionCanary(bootstrapServers, expiredTimestamp, timeout);
        try (Admin admin = canary.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy)))).all().get();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create " + TOPIC, e);
        }
        return canary;
    }

    /** Writes an expired record to the canary topic and waits until the broker's retention deletes it. */
    void awaitRetentionPass() {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        final long offset;
        // keyed: a compacted topic rejects records without a key
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            offset = producer.send(new ProducerRecord<>(TOPIC, 0, expiredTimestamp.toEpochMilli(), utf8("canary"),
                    utf8("canary"))).get().offset();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot write the canary", e);
        }
        try (Admin admin = admin()) {
            await().atMost(timeout).until(() -> admin.listOffsets(Map.of(PARTITION, OffsetSpec.earliest()))
                    .partitionResult(PARTITION).get().offset() > offset);
        }
    }

    private Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(props);
    }
}
