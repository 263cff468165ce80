package io.newsstream.it;

import static io.newsstream.it.BackfillArticles.article;
import static io.newsstream.it.BackfillArticles.startProcessor;
import static io.newsstream.testing.KafkaTestSupport.hasKey;
import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;

/**
 * A backfill whose dedup state is restored from its changelog: the first processor remembers an
 * article published a month ago, the broker's retention (checked every half second) runs over the
 * changelogs (proved by two canary records on a topic configured like them, deleted one after the other), and a second processor with an empty state directory (a new machine) restores the
 * stores and must still recognise a same-URL copy and another outlet's near copy of that article.
 */
class BackfillRestoreIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
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
        // configured like the window-store changelogs, so the log cleaner applies its retention too
        final RetentionCanary canary = RetentionCanary.create(broker.bootstrapServers(), "compact,delete", MONTH_AGO,
                TIMEOUT);
        start(first);
        sendRaw(article("backfilled", "https://it.example/backfilled", BACKFILLED_TEXT, MONTH_AGO));
        // the count follows the dedup store writes and the enriched write in the same transaction
        readUntil(broker.bootstrapServers(), topics.countryMentions(),
                hasKey("CN|P1D|" + MONTH_AGO.truncatedTo(ChronoUnit.DAYS)), TIMEOUT);
        service.close();
        canary.awaitRetentionPass();
        canary.awaitRetentionPass();

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
        startProcessor(service, config, TIMEOUT);
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
        return BackfillArticles.readAll(broker.bootstrapServers(), topic);
    }

    private void sendRaw(final byte[] value) {
        BackfillArticles.sendRaw(broker.bootstrapServers(), topics.raw(), INGESTED, value);
    }
}
