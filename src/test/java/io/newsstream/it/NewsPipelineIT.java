package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
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
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.testing.KeywordStages;
import io.newsstream.topology.DeadLetterHeaders;
import io.newsstream.topology.NewsTopology;

/**
 * The news topology on a real single-node broker, with exactly-once processing and three partitions
 * per topic, fed through the Kafka clients. Uses {@link KeywordStages}, so the expected tags are exact
 * and the test is about the Kafka side: keys, partitions, repartitioning, headers, transactions.
 */
class NewsPipelineIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path stateDir;

    private static EmbeddedKafkaBroker broker;
    private static NewsstreamService service;
    private static Topics topics;
    private static URI web;

    @BeforeAll
    static void startPipeline() {
        broker = EmbeddedKafkaBroker.start();
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "news-pipeline-it")
                .with("kafka.state.dir", stateDir.toString());
        topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        service = new NewsstreamService(ServiceMetrics.create());
        service.startProcessor(NewsTopology.build(config, new KeywordStages(config),
                new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
        web = service.startWebServer("127.0.0.1", 0);
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
    void enrichesAnArticleWithItsTagsUnderItsId() throws IOException {
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), article("enrich-1",
                "https://it.example/enrich-1", "Russia and Ukraine talked. Putin said Russia would wait.",
                "2025-08-13T10:00:00Z")));

        final EnrichedArticle enriched = enrichedWithKey("enrich-1");
        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.publishedAt()).isEqualTo(Instant.parse("2025-08-13T10:00:00Z"));
        assertThat(enriched.countries()).extracting(CountryTag::code, CountryTag::mentions)
                .containsExactly(tuple("RU", 2), tuple("UA", 1));
        assertThat(enriched.leaders()).extracting(LeaderTag::name, LeaderTag::mentions)
                .containsExactly(tuple("Putin", 1));
    }

    @Test
    void sendsACopyOfAUrlArrivingOnAnotherPartitionUnderAnotherKeyToDuplicates() throws IOException {
        final String url = "https://it.example/copied-url";
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 0, bytes("key-a"),
                article("original-url", url, "China said Ukraine matters.", "2025-08-13T11:00:00Z")));
        enrichedWithKey("original-url");

        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 2, bytes("key-b"),
                article("copy-url", url, "China said Ukraine matters, updated.", "2025-08-13T11:05:00Z")));

        final DuplicateEvent event = duplicateWithKey("copy-url");
        assertThat(event).isEqualTo(new DuplicateEvent("copy-url", "original-url", DuplicateRule.SAME_URL, null));
        assertThat(readUntil(broker.bootstrapServers(), topics.enriched(), hasKey("original-url"), TIMEOUT))
                .as("the copy is not forwarded").noneMatch(hasKey("copy-url"));
    }

    @Test
    void sendsTheSameTextUnderAnotherUrlToDuplicates() throws IOException {
        final String text = "Russia and China signed a gas deal. Same words, two outlets.";
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 1, bytes("x"),
                article("original-text", "https://one.example/gas", text, "2025-08-13T12:00:00Z")));
        enrichedWithKey("original-text");
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 0, bytes("y"),
                article("copy-text", "https://two.example/gas", text, "2025-08-13T12:30:00Z")));

        assertThat(duplicateWithKey("copy-text"))
                .isEqualTo(new DuplicateEvent("copy-text", "original-text", DuplicateRule.SAME_CONTENT, null));
    }

    @Test
    void deadLettersAMalformedRecordWithItsBytesAndReasonAndEnrichesTheNextOne() throws IOException {
        final byte[] malformed = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 0, bytes("broken"), malformed));
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), 0, bytes("after-broken"),
                article("after-broken", "https://it.example/after-broken", "Ukraine after a bad record.",
                        "2025-08-13T13:00:00Z")));

        final List<ConsumerRecord<byte[], byte[]>> dlq =
                readUntil(broker.bootstrapServers(), topics.dlq(), hasKey("broken"), TIMEOUT);
        final ConsumerRecord<byte[], byte[]> dead = dlq.stream().filter(hasKey("broken")).findFirst().orElseThrow();
        assertThat(dead.value()).isEqualTo(malformed);
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("invalid_utf8");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw());
        assertThat(enrichedWithKey("after-broken").countries()).extracting(CountryTag::code).containsExactly("UA");
    }

    @Test
    void countsMentionsPerCountryInHourlyAndDailyWindows() throws IOException {
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), article("counted",
                "https://it.example/counted", "China, China and again China.", "2025-09-01T10:15:00Z")));

        final JsonNode hourly = countWithKey("CN|PT1H|2025-09-01T10:00:00Z");
        assertThat(hourly.get("country").asText()).isEqualTo("CN");
        assertThat(hourly.get("window_end").asText()).isEqualTo("2025-09-01T11:00:00Z");
        assertThat(hourly.get("articles").asLong()).isEqualTo(1);
        assertThat(hourly.get("mentions").asLong()).isEqualTo(3);
        final JsonNode daily = countWithKey("CN|P1D|2025-09-01T00:00:00Z");
        assertThat(daily.get("mentions").asLong()).isEqualTo(3);
    }

    @Test
    void reportsReadyAndServesStreamsAndPipelineMetrics() throws Exception {
        final HttpClient client = HttpClient.newHttpClient();
        final HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(web + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("RUNNING");
        final String metrics = client.send(HttpRequest.newBuilder(URI.create(web + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("kafka_stream_").contains("newsstream_articles_in_total{application=\"newsstream\"}");
    }

    private static EnrichedArticle enrichedWithKey(final String key) throws IOException {
        final ConsumerRecord<byte[], byte[]> record = first(topics.enriched(), key);
        return Json.mapper().readValue(record.value(), EnrichedArticle.class);
    }

    private static DuplicateEvent duplicateWithKey(final String key) throws IOException {
        return Json.mapper().readValue(first(topics.duplicates(), key).value(), DuplicateEvent.class);
    }

    /** The latest count for a window key (the topic is compacted: the last value per key is the count). */
    private static JsonNode countWithKey(final String key) throws IOException {
        final List<ConsumerRecord<byte[], byte[]>> read =
                readUntil(broker.bootstrapServers(), topics.countryMentions(), hasKey(key), TIMEOUT);
        final List<ConsumerRecord<byte[], byte[]>> matching = read.stream().filter(hasKey(key)).toList();
        return Json.mapper().readTree(matching.get(matching.size() - 1).value());
    }

    private static ConsumerRecord<byte[], byte[]> first(final String topic, final String key) {
        return readUntil(broker.bootstrapServers(), topic, hasKey(key), TIMEOUT).stream()
                .filter(hasKey(key)).findFirst().orElseThrow();
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> hasKey(final String key) {
        return record -> record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(key);
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] article(final String id, final String url, final String text, final String publishedAt) {
        try {
            return Json.mapper().writeValueAsBytes(Map.of("id", id, "url", url, "text", text, "language", "en",
                    "published_at", publishedAt));
        } catch (final IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
