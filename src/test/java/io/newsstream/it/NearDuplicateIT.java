package io.newsstream.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.topology.NewsTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicate detection on a real broker, with the production stages: three partitions per topic and two KafkaStreams
 * instances of one application with exactly-once processing, copies sent under other keys to
 * other partitions than their original, in order and all at once.
 */
class NearDuplicateIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Instant DAY = Instant.parse("2026-01-15T08:00:00Z");
    private static final Map<String, LabelledSet.Item> ITEMS = LabelledSet.load().stream()
            .collect(Collectors.toMap(LabelledSet.Item::id, Function.identity()));

    @TempDir
    static Path stateDir;

    private static EmbeddedKafkaBroker broker;
    private static Topics topics;
    private static final List<KafkaStreams> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        broker = EmbeddedKafkaBroker.start();
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "near-duplicate-it");
        topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        for (int i = 0; i < 2; i++) {
            final Properties props = NewsTopology.streamsProperties(config);
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("instance-" + i).toString());
            final KafkaStreams streams = new KafkaStreams(NewsTopology.build(config, new StandardStages(config),
                    new PipelineMetrics(new SimpleMeterRegistry())), props);
            streams.start();
            instances.add(streams);
        }
        await().atMost(TIMEOUT).until(() -> instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING));
    }

    @AfterAll
    static void stop() {
        instances.forEach(s -> s.close(Duration.ofSeconds(30)));
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void dropsCopiesArrivingOnOtherPartitionsUnderOtherKeys() {
        send(List.of("en-01"), 0);
        await().atMost(TIMEOUT).until(() -> outcomes().containsKey("en-01"));
        send(List.of("en-01-boilerplate-lines", "en-01-teaser", "en-01-lead-reworded", "en-01-html-markup"), 1);

        final List<String> copies = List.of("en-01-boilerplate-lines", "en-01-teaser", "en-01-lead-reworded",
                "en-01-html-markup");
        await().atMost(TIMEOUT).until(() -> outcomes().keySet().containsAll(copies));
        final Map<String, Outcome> outcomes = outcomes();
        assertThat(outcomes.get("en-01").enriched()).isTrue();
        for (final String copy : copies) {
            assertThat(outcomes.get(copy).duplicate()).as(copy).satisfies(event -> {
                assertThat(event.duplicateOf()).isEqualTo("en-01");
                assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
                assertThat(event.similarity()).isGreaterThan(0.8);
            });
        }
    }

    @Test
    void copiesSentAllAtOnceInShuffledOrderNeverDropAWholeStory() {
        final List<String> stories = List.of("de-01", "de-02", "ru-03", "fr-01", "uk-03");
        final List<String> ids = new ArrayList<>();
        for (final String story : stories) {
            ITEMS.values().stream().filter(i -> story.equals(i.duplicateOf())).map(LabelledSet.Item::id).forEach(ids::add);
            ids.add(story);
        }
        Collections.shuffle(ids, new Random(7));
        send(ids, 2);

        await().atMost(TIMEOUT).until(() -> outcomes().keySet().containsAll(ids));
        final Map<String, Outcome> outcomes = outcomes();
        for (final String story : stories) {
            // the exact rules keep the first copy to arrive, so an identical copy may win over the
            // original; near_content never drops the earliest of a story by event time
            final Outcome original = outcomes.get(story);
            assertThat(original.enriched() || original.duplicate().rule() != DuplicateRule.NEAR_CONTENT)
                    .as("%s is the earliest of its story: %s", story, original).isTrue();
            assertThat(ids.stream().filter(id -> id.startsWith(story)).anyMatch(id -> outcomes.get(id).enriched()))
                    .as("some article of %s enriched", story).isTrue();
        }
        for (final String id : ids) {
            final Outcome outcome = outcomes.get(id);
            assertThat(outcome.enriched() && outcome.duplicate() != null).as("%s both enriched and dropped", id).isFalse();
            if (outcome.duplicate() != null) {
                final String original = ITEMS.get(id).duplicateOf() != null ? ITEMS.get(id).duplicateOf() : id;
                final String pointed = outcome.duplicate().duplicateOf();
                assertThat(pointed.equals(original) || original.equals(ITEMS.get(pointed).duplicateOf()))
                        .as("%s points at %s, of another story", id, pointed).isTrue();
            }
        }
        // a copy whose band lookups run before its original's is let through (precision first), so
        // how many are dropped depends on the race; that some are shows the bands meeting across instances
        assertThat(ids.stream().filter(id -> outcomes.get(id).duplicate() != null).count())
                .as("copies dropped: %s", outcomes).isPositive();
    }

    /** Sends each article under a random key to a partition other than its original's. */
    private static void send(final List<String> ids, final int seed) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        final Random random = new Random(seed);
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ids.size(); i++) {
                final String id = ids.get(i);
                final int partition = ITEMS.get(id).duplicateOf() == null ? 0 : 1 + (i % 2);
                producer.send(new ProducerRecord<>(topics.raw(), partition,
                        ("key-" + random.nextInt()).getBytes(StandardCharsets.UTF_8), onOneDay(id)));
            }
            producer.flush();
        }
    }

    /**
     * The article's input with its story moved to {@link #DAY}, keeping the minutes between an
     * original and its variants: the labelled set spans months, and band stores forget (by stream
     * time) whatever is older than the retention, so stories from months apart would not meet.
     */
    private static byte[] onOneDay(final String id) {
        final LabelledSet.Item item = ITEMS.get(id);
        final String story = item.duplicateOf() != null ? item.duplicateOf() : id;
        try {
            final ObjectNode input = (ObjectNode) Json.mapper().readTree(item.input());
            final Instant published = Instant.parse(input.get("published_at").asText());
            final Instant original = Instant.parse(Json.mapper().readTree(ITEMS.get(story).input()).get("published_at").asText());
            input.put("published_at", DAY.plus(Duration.between(original, published)).toString());
            return Json.mapper().writeValueAsBytes(input);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What became of an article: enriched, or a duplicate event. */
    private record Outcome(boolean enriched, DuplicateEvent duplicate) {
    }

    /** Every article id seen so far on news.enriched or news.duplicates (read committed). */
    private static Map<String, Outcome> outcomes() {
        final Map<String, Outcome> outcomes = new HashMap<>();
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : List.of(topics.enriched(), topics.duplicates())) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.topic().equals(topics.enriched())) {
                        outcomes.merge(record.key(), new Outcome(true, null),
                                (a, b) -> new Outcome(true, a.duplicate()));
                    } else {
                        outcomes.merge(record.key(), new Outcome(false, duplicateEvent(record.value())),
                                (a, b) -> new Outcome(a.enriched(), b.duplicate()));
                    }
                });
            }
        }
        return outcomes;
    }

    private static DuplicateEvent duplicateEvent(final String json) {
        try {
            return Json.mapper().readValue(json, DuplicateEvent.class);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
