package io.newsstream.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;

class EmbeddedKafkaBrokerIT {
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static NewsstreamConfig config() {
        return NewsstreamConfig.defaults().with("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /** The same topics under other names, so this test does not depend on what other tests created. */
    private static NewsstreamConfig withTopicPrefix(final NewsstreamConfig config, final String prefix) {
        NewsstreamConfig renamed = config;
        for (final String key : List.of("topic.raw", "topic.enriched", "topic.duplicates", "topic.country.mentions",
                "topic.leader.mentions", "topic.dlq", "topic.gazetteer")) {
            renamed = renamed.with(key, prefix + config.get(key));
        }
        return renamed;
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void createsEveryTopicOnceWithCompactionForMentionCountsAndGazetteer() throws Exception {
        final NewsstreamConfig config = withTopicPrefix(config(), "compaction.").with("topic.partitions", "2");
        TopicAdmin.createTopics(config);
        assertThat(TopicAdmin.createTopics(config)).as("second call finds them all present").isEmpty();

        final Topics topics = Topics.from(config);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            final Map<String, TopicDescription> described = admin.describeTopics(topics.all()).allTopicNames().get();
            assertThat(described).containsOnlyKeys(topics.all());
            assertThat(described.values()).allSatisfy(d -> assertThat(d.partitions()).hasSize(2));
            final ConfigResource counts = new ConfigResource(ConfigResource.Type.TOPIC, topics.countryMentions());
            final ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, topics.raw());
            final ConfigResource gazetteer = new ConfigResource(ConfigResource.Type.TOPIC, topics.gazetteer());
            final var configs = admin.describeConfigs(List.of(counts, raw, gazetteer)).all().get();
            assertThat(configs.get(counts).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(configs.get(gazetteer).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(configs.get(raw).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("delete");
        }
    }

    @Test
    void deliversARecordFromProducerToConsumer() throws Exception {
        TopicAdmin.createTopics(config());
        final String topic = Topics.from(config()).raw();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "привет")).get();
        }
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-broker-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
        }
        assertThat(values).containsExactly("привет");
    }

    @Test
    void reportsAnUnreachableClusterInOneLine() {
        final Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:1");
        assertThatThrownBy(() -> TopicAdmin.checkReachable(props, Duration.ofSeconds(2)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessage("no Kafka broker reachable at 127.0.0.1:1 within 2 s");
    }

    @Test
    void keepsAGivenDataDirectoryAcrossRestarts(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(0, Optional.of(dir))) {
            TopicAdmin.createTopics(NewsstreamConfig.defaults().with("kafka.bootstrap.servers", first.bootstrapServers()));
        }
        assertThat(Files.readString(dir.resolve("meta.properties"), StandardCharsets.UTF_8)).contains("cluster.id");
        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(0, Optional.of(dir))) {
            assertThat(TopicAdmin.createTopics(NewsstreamConfig.defaults()
                    .with("kafka.bootstrap.servers", second.bootstrapServers()))).isEmpty();
        }
    }

    @Test
    void deletesItsTemporaryDirectoryOnClose() {
        final EmbeddedKafkaBroker temporary = EmbeddedKafkaBroker.start();
        final Path dir = temporary.dataDir();
        assertThat(dir).isDirectory();
        temporary.close();
        assertThat(dir).doesNotExist();
    }
}
