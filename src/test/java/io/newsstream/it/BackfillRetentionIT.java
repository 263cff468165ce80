package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import io.newsstream.model.EnrichedArticle;
import io.newsstream.testing.KeywordStages;
import io.newsstream.topology.NewsTopology;

/**
 * A backfill on a real broker with its time-based retention running every half second: articles
 * published a month ago (older than the topics' 7-day {@code retention.ms}, the broker default) and
 * one published an hour ago. The broker deletes a segment once its newest record timestamp is older
 * than the retention, so an output record stamped with the article's publication time would be
 * deleted soon after it is written. The test proves a retention pass has run over the outputs (a
 * record with a month-old timestamp on a canary topic, written after them, is deleted) and then
 * reads every output back, each stamped with the time its raw record was ingested.
 */
class BackfillRetentionIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String CANARY_TOPIC = "retention-canary";
    /** When the raw records were "produced": the Kafka timestamp newsstream must keep on its outputs. */
    private static final Instant INGESTED = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(1));
    private static final Instant MONTH_AGO = INGESTED.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    // 41 words, enough shingles for the near-duplicate rule
    private static final String STORY = "China opened the new rail line to the western provinces on Monday after "
            + "six years of building, officials said, and the first trains carried grain, coal and passengers "
            + "across the mountains while engineers watched the long bridges over the river gorge";

    @TempDir
    static Path stateDir;

    private static EmbeddedKafkaBroker broker;
    private static NewsstreamService service;
    private static Topics topics;

    @BeforeAll
    static void startPipeline() {
        // check retention every half second instead of every 5 minutes, starting right away
        broker = EmbeddedKafkaBroker.start(Map.of("log.retention.check.interval.ms", "500",
                "log.initial.task.delay.ms", "0"));
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "backfill-retention-it")
                .with("kafka.state.dir", stateDir.toString());
        topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        createCanaryTopic();
        service = new NewsstreamService(ServiceMetrics.create());
        service.startProcessor(NewsTopology.build(config, new KeywordStages(config),
                new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
        await().atMost(TIMEOUT).until(() -> service.streamsState() == KafkaStreams.State.RUNNING);
    }

    @AfterAll
    static void stopPipeline() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void keepsBackfilledArticlesAndTheirDuplicatesAfterTheBrokerAppliesRetention() throws IOException {
        sendRaw(article("backfilled", "https://it.example/backfilled", STORY, MONTH_AGO));
        // the count is on a compacted topic and follows the enriched write in the same transaction
        readUntil(broker.bootstrapServers(), topics.countryMentions(),
                hasKey("CN|P1D|" + MONTH_AGO.truncatedTo(ChronoUnit.DAYS)), TIMEOUT);

        sendRaw(article("backfilled-same-url", "https://it.example/backfilled", STORY + " today",
                MONTH_AGO.plus(Duration.ofHours(1))));
        sendRaw(article("backfilled-near-copy", "https://other.example/rail", STORY.replace("Monday", "Tuesday"),
                MONTH_AGO.plus(Duration.ofHours(2))));
        sendRaw(article("recent", "https://it.example/recent", "Ukraine said the talks would go on.",
                INGESTED.minus(Duration.ofHours(1))));
        readUntil(broker.bootstrapServers(), topics.enriched(), hasKey("recent"), TIMEOUT);
        readUntil(broker.bootstrapServers(), topics.duplicates(), hasKey("backfilled-near-copy"), TIMEOUT);

        // two canaries: the first deleted proves a retention pass began after the outputs were
        // written, the second that this pass has also finished with the output topics
        awaitRetentionPass();
        awaitRetentionPass();

        final List<ConsumerRecord<byte[], byte[]>> enriched = readAll(topics.enriched());
        assertThat(enriched).extracting(BackfillRetentionIT::key).containsExactlyInAnyOrder("backfilled", "recent");
        for (final ConsumerRecord<byte[], byte[]> record : enriched) {
            final EnrichedArticle article = Json.mapper().readValue(record.value(), EnrichedArticle.class);
            assertThat(Instant.ofEpochMilli(record.timestamp())).as("timestamp of %s", article.id())
                    .isEqualTo(INGESTED).isEqualTo(article.ingestedAt());
        }
        final ConsumerRecord<byte[], byte[]> backfilled =
                enriched.stream().filter(hasKey("backfilled")).findFirst().orElseThrow();
        assertThat(Json.mapper().readValue(backfilled.value(), EnrichedArticle.class).publishedAt())
                .isEqualTo(MONTH_AGO);

        final List<ConsumerRecord<byte[], byte[]>> duplicates = readAll(topics.duplicates());
        final List<DuplicateEvent> events = new ArrayList<>();
        for (final ConsumerRecord<byte[], byte[]> record : duplicates) {
            events.add(Json.mapper().readValue(record.value(), DuplicateEvent.class));
            assertThat(Instant.ofEpochMilli(record.timestamp())).as("timestamp of duplicate %s", key(record))
                    .isEqualTo(INGESTED);
        }
        assertThat(events).extracting(DuplicateEvent::id, DuplicateEvent::duplicateOf, DuplicateEvent::rule)
                .containsExactlyInAnyOrder(
                        tuple("backfilled-same-url", "backfilled", DuplicateRule.SAME_URL),
                        tuple("backfilled-near-copy", "backfilled",
                                DuplicateRule.NEAR_CONTENT));
    }

    /** Writes a month-old record to the canary topic and waits until the broker's retention deletes it. */
    private static void awaitRetentionPass() {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        final TopicPartition canary = new TopicPartition(CANARY_TOPIC, 0);
        final long offset;
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            final RecordMetadata written = producer.send(new ProducerRecord<>(CANARY_TOPIC, 0,
                    MONTH_AGO.toEpochMilli(), null, bytes("canary"))).get();
            offset = written.offset();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot write the canary", e);
        }
        try (Admin admin = admin()) {
            await().atMost(TIMEOUT).until(() -> admin.listOffsets(Map.of(canary, OffsetSpec.earliest()))
                    .partitionResult(canary).get().offset() > offset);
        }
    }

    private static void createCanaryTopic() {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(CANARY_TOPIC, 1, (short) 1))).all().get();
        } catch (final InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create " + CANARY_TOPIC, e);
        }
    }

    private static Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return Admin.create(props);
    }

    /** Every committed record of {@code topic}, read up to the end offsets taken when reading starts. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
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

    private static void sendRaw(final byte[] value) {
        // one raw partition, so the articles are taken in the order sent
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
        return record -> key.equals(key(record));
    }

    private static String key(final ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
