package io.newsstream.it;

import static io.newsstream.it.BackfillArticles.article;
import static io.newsstream.it.BackfillArticles.startProcessor;
import static io.newsstream.testing.KafkaTestSupport.hasKey;
import static io.newsstream.testing.KafkaTestSupport.keyOf;
import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
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
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.testing.KafkaTestSupport;

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
    private static RetentionCanary canary;

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
        // deleted like the output topics, by the broker's retention check
        canary = RetentionCanary.create(broker.bootstrapServers(), TopicConfig.CLEANUP_POLICY_DELETE, MONTH_AGO,
                TIMEOUT);
        service = new NewsstreamService(ServiceMetrics.create());
        startProcessor(service, config, TIMEOUT);
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
        canary.awaitRetentionPass();
        canary.awaitRetentionPass();

        final List<ConsumerRecord<byte[], byte[]>> enriched = readAll(topics.enriched());
        assertThat(enriched).extracting(KafkaTestSupport::keyOf).containsExactlyInAnyOrder("backfilled", "recent");
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
            assertThat(Instant.ofEpochMilli(record.timestamp())).as("timestamp of duplicate %s", keyOf(record))
                    .isEqualTo(INGESTED);
        }
        assertThat(events).extracting(DuplicateEvent::id, DuplicateEvent::duplicateOf, DuplicateEvent::rule)
                .containsExactlyInAnyOrder(
                        tuple("backfilled-same-url", "backfilled", DuplicateRule.SAME_URL),
                        tuple("backfilled-near-copy", "backfilled",
                                DuplicateRule.NEAR_CONTENT));
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
        return BackfillArticles.readAll(broker.bootstrapServers(), topic);
    }

    private static void sendRaw(final byte[] value) {
        BackfillArticles.sendRaw(broker.bootstrapServers(), topics.raw(), INGESTED, value);
    }
}
