package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.testing.KeywordStages;
import io.newsstream.testing.RawArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timestamp contract of the output topics: every record on {@code news.enriched},
 * {@code news.duplicates} and the safety-net dead letters carries the time its raw record was
 * ingested, whatever the article's publication time; dedup and counts still run on publication time.
 */
class OutputTimestampsTopologyTest {
    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");
    private static final Instant MONTH_AGO = NOW.minus(Duration.ofDays(30));
    // 41 words: enough shingles for the near-duplicate rule
    private static final String STORY = "China opened the new rail line to the western provinces on Monday after "
            + "six years of building, officials said, and the first trains carried grain, coal and passengers "
            + "across the mountains while engineers watched the long bridges over the river gorge";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateEvent> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;
    private TestOutputTopic<String, CountryMentionCount> countryMentions;

    private NewsstreamConfig config() {
        return DriverConfig.of(stateDir);
    }

    private void start(final ArticleStages stages) {
        driver = NewsTopologyDriver.start(config(), stages, new SimpleMeterRegistry(), NOW);
        // every record is sent with its own ingestion time
        raw = NewsTopologyDriver.raw(driver);
        enriched = NewsTopologyDriver.enriched(driver);
        duplicates = NewsTopologyDriver.duplicates(driver);
        dlq = NewsTopologyDriver.dlq(driver);
        countryMentions = NewsTopologyDriver.countryMentions(driver);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void backfilledArticleIsWrittenAtItsIngestionTimeAndCountedInItsPublicationWindow() {
        start(new KeywordStages(config()));
        send(article("old-1", "https://example.com/old", "China and China again.", MONTH_AGO), NOW);

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.getRecordTime()).isEqualTo(NOW).isEqualTo(out.value().ingestedAt());
        assertThat(out.value().publishedAt()).isEqualTo(MONTH_AGO);
        assertThat(out.getHeaders().lastHeader(IngestionTime.HEADER)).as("internal header on the output").isNull();

        final List<TestRecord<String, CountryMentionCount>> counts = countryMentions.readRecordsToList();
        assertThat(counts).extracting(TestRecord::key)
                .containsExactlyInAnyOrder("CN|PT1H|" + MONTH_AGO, "CN|P1D|" + MONTH_AGO.truncatedTo(ChronoUnit.DAYS));
        assertThat(counts).allSatisfy(count -> {
            assertThat(count.getRecordTime()).as("counts stay on event time (compacted topic)").isEqualTo(MONTH_AGO);
            assertThat(count.getHeaders().lastHeader(IngestionTime.HEADER)).isNull();
        });
    }

    @Test
    void duplicatesOfEveryRuleCarryTheCopysIngestionTime() {
        start(new KeywordStages(config()));
        send(article("original", "https://example.com/rail", STORY, MONTH_AGO), NOW);
        send(article("same-url", "https://example.com/rail", STORY + " today", MONTH_AGO.plusSeconds(60)),
                NOW.plusSeconds(1));
        send(article("same-content", "https://mirror.example/rail", STORY, MONTH_AGO.plusSeconds(120)),
                NOW.plusSeconds(2));
        send(article("near-copy", "https://other.example/rail", STORY.replace("Monday", "Tuesday"),
                MONTH_AGO.plusSeconds(180)), NOW.plusSeconds(3));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("original");
        final List<TestRecord<String, DuplicateEvent>> events = duplicates.readRecordsToList();
        assertThat(events).extracting(event -> event.value().id(), event -> event.value().rule(), TestRecord::getRecordTime)
                .containsExactlyInAnyOrder(
                        tuple("same-url", DuplicateRule.SAME_URL, NOW.plusSeconds(1)),
                        tuple("same-content", DuplicateRule.SAME_CONTENT, NOW.plusSeconds(2)),
                        tuple("near-copy", DuplicateRule.NEAR_CONTENT, NOW.plusSeconds(3)));
        assertThat(events).allSatisfy(event ->
                assertThat(event.getHeaders().lastHeader(IngestionTime.HEADER)).isNull());
    }

    @Test
    void safetyNetDeadLetterCarriesTheIngestionTimeAndTheHeader() {
        start(TaggerBug.on("boom", new KeywordStages(config())));
        send(article("boom-1", "https://example.com/boom", "boom", MONTH_AGO), NOW);

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.getHeaders().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                .isEqualTo("processing_error");
        assertThat(dead.getRecordTime()).isEqualTo(NOW);
        assertThat(new String(dead.getHeaders().lastHeader(IngestionTime.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(NOW.toString());
    }

    private void send(final byte[] value, final Instant ingestedAt) {
        raw.pipeInput(new TestRecord<>(null, value, ingestedAt));
    }

    private static byte[] article(final String id, final String url, final String text, final Instant publishedAt) {
        return RawArticles.json(id, url, text, "en", publishedAt.toString());
    }
}
