package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.hasKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.testing.BrokerFixture;
import io.newsstream.testing.KeywordStages;
import io.newsstream.testing.RawArticles;
import io.newsstream.testing.RunningPipeline;
import io.newsstream.topology.DeadLetterHeaders;

/**
 * The news topology on a real single-node broker, with exactly-once processing and three partitions
 * per topic, fed through the Kafka clients. Uses {@link KeywordStages}, so the expected tags are exact
 * and the test is about the Kafka side: keys, partitions, repartitioning, headers, transactions.
 */
class NewsPipelineIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    private static RunningPipeline pipeline;
    private static Topics topics;
    private static URI web;

    @BeforeAll
    static void startPipeline() {
        final NewsstreamConfig config = KAFKA.application("news-pipeline-it");
        pipeline = KAFKA.startPipeline(config, new KeywordStages(config), TIMEOUT);
        topics = pipeline.topics();
        web = pipeline.serveHttp();
    }

    @Test
    void enrichesAnArticleWithItsTagsUnderItsId() {
        pipeline.sendRaw(article("enrich-1", "https://it.example/enrich-1",
                "Russia and Ukraine talked. Putin said Russia would wait.", "2025-08-13T10:00:00Z"));

        final EnrichedArticle enriched = pipeline.enriched("enrich-1");
        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.publishedAt()).isEqualTo(Instant.parse("2025-08-13T10:00:00Z"));
        assertThat(enriched.countries()).extracting(CountryTag::code, CountryTag::mentions)
                .containsExactly(tuple("RU", 2), tuple("UA", 1));
        assertThat(enriched.leaders()).extracting(LeaderTag::name, LeaderTag::mentions)
                .containsExactly(tuple("Putin", 1));
    }

    @Test
    void sendsACopyOfAUrlArrivingOnAnotherPartitionUnderAnotherKeyToDuplicates() {
        final String url = "https://it.example/copied-url";
        pipeline.sendRaw(0, "key-a", article("original-url", url, "China said Ukraine matters.", "2025-08-13T11:00:00Z"));
        pipeline.enriched("original-url");

        pipeline.sendRaw(2, "key-b", article("copy-url", url, "China said Ukraine matters, updated.", "2025-08-13T11:05:00Z"));

        final DuplicateEvent event = pipeline.duplicate("copy-url");
        assertThat(event).isEqualTo(new DuplicateEvent("copy-url", "original-url", DuplicateRule.SAME_URL, null));
        assertThat(pipeline.readUntilKey(topics.enriched(), "original-url"))
                .as("the copy is not forwarded").noneMatch(hasKey("copy-url"));
    }

    @Test
    void sendsTheSameTextUnderAnotherUrlToDuplicates() {
        final String text = "Russia and China signed a gas deal. Same words, two outlets.";
        pipeline.sendRaw(1, "x", article("original-text", "https://one.example/gas", text, "2025-08-13T12:00:00Z"));
        pipeline.enriched("original-text");
        pipeline.sendRaw(0, "y", article("copy-text", "https://two.example/gas", text, "2025-08-13T12:30:00Z"));

        assertThat(pipeline.duplicate("copy-text"))
                .isEqualTo(new DuplicateEvent("copy-text", "original-text", DuplicateRule.SAME_CONTENT, null));
    }

    @Test
    void deadLettersAMalformedRecordWithItsBytesAndReasonAndEnrichesTheNextOne() {
        final byte[] malformed = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        pipeline.sendRaw(0, "broken", malformed);
        pipeline.sendRaw(0, "after-broken", article("after-broken", "https://it.example/after-broken",
                "Ukraine after a bad record.", "2025-08-13T13:00:00Z"));

        final ConsumerRecord<byte[], byte[]> dead = pipeline.firstWithKey(topics.dlq(), "broken");
        assertThat(dead.value()).isEqualTo(malformed);
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("invalid_utf8");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw());
        assertThat(pipeline.enriched("after-broken").countries()).extracting(CountryTag::code).containsExactly("UA");
    }

    @Test
    void enrichesAnArticleNearTheTextSizeLimitAndKeepsRunning() {
        final String filler = "The talks went on for hours without a result. ";
        // just under input.max.text.bytes (1 MiB): with its JSON the enriched record is over Kafka's 1 MB default
        final String text = ("Ukraine. " + filler.repeat(1_048_400 / filler.length() + 1)).substring(0, 1_048_400);
        pipeline.sendRaw(1, "large-1", article("large-1", "https://it.example/large", text, "2025-08-13T14:00:00Z"));

        final EnrichedArticle enriched = pipeline.enriched("large-1");
        assertThat(enriched.text()).hasSize(1_048_400);
        assertThat(enriched.countries()).extracting(CountryTag::code).containsExactly("UA");
        assertThat(pipeline.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    void countsMentionsPerCountryInHourlyAndDailyWindows() throws IOException {
        pipeline.sendRaw(article("counted", "https://it.example/counted", "China, China and again China.",
                "2025-09-01T10:15:00Z"));

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

    /** The latest count for a window key (the topic is compacted: the last value per key is the count). */
    private static JsonNode countWithKey(final String key) throws IOException {
        final List<ConsumerRecord<byte[], byte[]>> matching = pipeline.readUntilKey(topics.countryMentions(), key)
                .stream().filter(hasKey(key)).toList();
        return Json.mapper().readTree(matching.get(matching.size() - 1).value());
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] article(final String id, final String url, final String text, final String publishedAt) {
        return RawArticles.json(id, url, text, "en", publishedAt);
    }
}
