package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.testing.KeywordStages;
import io.newsstream.topology.NewsTopology;

/**
 * A backfill whose dedup state is restored from its changelog: the first processor remembers an
 * article published a month ago, the broker's retention (checked every half second) runs over the
 * changelogs (proved by two canary records on a topic configured like them, deleted one after the other), and a second processor with an empty state directory (a new machine) restores the
 * stores and must still recognise a same-URL copy and another outlet's near copy of that article.
 */
class BackfillRestoreIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String CANARY_TOPIC = "retention-canary";
    private static final Instant INGESTED = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(1));
    private static final Instant MONTH_AGO = INGESTED.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    /** Long enough to be fingerprinted for near duplicates (at least 20 distinct shingles). */
    private static final String BACKFILLED_TEXT = "China opened a rail line between Kunming and the Laotian capital on "
            + "Friday, the first high-speed link across the border. Officials in both countries said the line would "
            + "carry freight and passengers, cutting the journey from two days to under ten hours. Critics pointed "
            + "to the debt Laos took on to build its share of the tracks, bridges and tunnels through the mountains.";

    @TempDir
    Path tempDir;

    private EmbeddedKafkaBroker broker;
    private NewsstreamService service;
    private Topics topics;

    @BeforeEach
    void startBroker() {
        // the changelogs are compact,delete: their retention is applied by the log cleaner thread
        // between cleanings, every log.cleaner.backoff.ms (15 s by default) when idle
        broker = EmbeddedKafkaBroker.start(Map.of("log.retention.check.interval.ms", "500",
                "log.initial.task.delay.ms", "0", "log.cleaner.backoff.ms", "500"));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void recognisesCopiesOfABackfilledArticleAfterTheDedupStoresAreRestored() throws IOException {
        final NewsstreamConfig first = config(tempDir.resolve("first-machine"));
        topics = Topics.from(first);
        TopicAdmin.createTopics(first);
        createCanaryTopic();
        start(first);
        sendRaw(article("backfilled", "https://it.example/backfilled", BACKFILLED_TEXT, MONTH_AGO));
        // the count follows the dedup store writes and the enriched write in the same transaction
        readUntil(broker.bootstrapServers(), topics.countryMentions(),
                hasKey("CN|P1D|" + MONTH_AGO.truncatedTo(ChronoUnit.DAYS)), TIMEOUT);
        service.close();
        awaitRetentionPass();
        awaitRetentionPass();

        start(config(tempDir.resolve("second-machine")));
        sendRaw(article("backfilled-copy", "https://it.example/backfilled", "China opened a rail line, updated.",
                MONTH_AGO.plus(Duration.ofHours(1))));
        // another outlet's near copy: the near-duplicate stores must have been restored too
        sendRaw(article("backfilled-near-copy", "https://mirror.example/rail", BACKFILLED_TEXT
                + " Read the full report on our website.", MONTH_AGO.plus(Duration.ofHours(2))));

        final List<String> copies = List.of("backfilled-copy", "backfilled-near-copy");
        await().atMost(TIMEOUT).until(() -> copies.stream().allMatch(copy ->
                readAll(topics.duplicates()).stream().anyMatch(hasKey(copy))
                        || readAll(topics.enriched()).stream().anyMatch(hasKey(copy))));
        for (final String copy : copies) {
            assertThat(readAll(topics.enriched())).as("%s is not enriched", copy).noneMatch(hasKey(copy));
        }
        final List<DuplicateEvent> events = new ArrayList<>();
        for (final ConsumerRecord<byte[], byte[]> record : readAll(topics.duplicates())) {
            events.add(Json.mapper().readValue(record.value(), DuplicateEvent.class));
        }
        assertThat(events).hasSize(2).contains(new DuplicateEvent("backfilled-copy", "backfilled", DuplicateRule.SAME_URL, null));
        assertThat(events).filteredOn(event -> event.id().equals("backfilled-near-copy")).singleElement()
                .satisfies(event -> {
                    assertThat(event.duplicateOf()).isEqualTo("backfilled");
                    assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
                });
    }

    private NewsstreamConfig config(final Path stateDir) {
        return NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "backfill-restore-it")
                .with("kafka.state.dir", stateDir.toString());
    }

    private void start(final NewsstreamConfig config) {
        service = new NewsstreamService(ServiceMetrics.create());
        service.startProcessor(NewsTopology.build(config, new KeywordStages(config),
                new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
        await().atMost(TIMEOUT).until(() -> service.streamsState() == KafkaStreams.State.RUNNING);
    }

    /**
     * Writes a month-old record to the canary topic, compacted and deleted like a window-store changelog,
     * and waits until the broker's retention deletes it.
     */
    private void awaitRetentionPass() {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        final TopicPartition canary = new TopicPartition(CANARY_TOPIC, 0);
        final long offset;
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            final byte[] canaryBytes = "canary".getBytes(StandardCharsets.UTF_8);
            offset = producer.send(new ProducerRecord<>(CANARY_TOPIC, 0, MONTH_AGO.toEpochMilli(), canaryBytes,
                    canaryBytes)).get().offset();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot write the canary", e);
        }
        try (Admin admin = admin()) {
            await().atMost(TIMEOUT).until(() -> admin.listOffsets(Map.of(canary, OffsetSpec.earliest()))
                    .partitionResult(canary).get().offset() > offset);
        }
    }

    private void createCanaryTopic() {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(CANARY_TOPIC, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete")))).all().get();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create " + CANARY_TOPIC, e);
        }
    }

    private Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return Admin.create(props);
    }

    /** Every committed record of {@code topic}, read up to the end offsets taken when reading starts. */
    private List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return read;
    }

    private void sendRaw(final byte[] value) {
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 0, INGESTED.toEpochMilli(), null, value));
    }

    private static byte[] article(final String id, final String url, final String text, final Instant publishedAt) {
        try {
            return Json.mapper().writeValueAsBytes(Map.of("id", id, "url", url, "text", text, "language", "en",
                    "published_at", publishedAt.toString()));
        } catch (final IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> hasKey(final String key) {
        return record -> record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8));
    }
}
