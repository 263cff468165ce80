package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.json.Json;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.testing.RawArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dedup.grace}: the dedup stores forget by the newest event time they have seen, so an article
 * arriving behind it (a backfill spread over several stream threads, a producer publishing out of
 * order) is compared with everything within {@code dedup.retention} of its own event time only when it
 * is at most the grace late. In every scenario an unrelated article first moves the stores' stream time
 * on, then a copy dated one day after its original arrives.
 */
class DedupGraceTopologyTest {
    private static final Instant T0 = Instant.parse("2025-09-01T00:00:00Z");
    /** Stream time 7.5 days after the original: the copy at T0 + 1 d is 6.5 days late, the original 7.5 days behind. */
    private static final Instant WITHIN_GRACE = T0.plus(Duration.ofHours(7 * 24 + 12));
    /** Stream time 8.5 days after the original: more than retention + default grace (8 days) behind. */
    private static final Instant BEYOND_GRACE = T0.plus(Duration.ofHours(8 * 24 + 12));
    private static final Instant COPY_TIME = T0.plus(Duration.ofDays(1));
    private static final Map<String, LabelledSet.Item> ITEMS = LabelledSet.load().stream()
            .collect(Collectors.toMap(LabelledSet.Item::id, Function.identity()));

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateEvent> duplicates;

    private void start(final String grace) {
        final NewsstreamConfig config = DriverConfig.of(stateDir).with("dedup.grace", grace);
        driver = NewsTopologyDriver.start(config, new StandardStages(config), new SimpleMeterRegistry(), T0);
        raw = NewsTopologyDriver.raw(driver);
        enriched = NewsTopologyDriver.enriched(driver);
        duplicates = NewsTopologyDriver.duplicates(driver);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private static byte[] article(final String id, final String url, final String text, final Instant publishedAt) {
        return RawArticles.json(id, url, text, null, publishedAt.toString());
    }

    /** A labelled-set article (long enough for near-dup fingerprints), re-dated to {@code publishedAt}. */
    private static byte[] labelled(final String id, final Instant publishedAt) {
        try {
            final ObjectNode node = (ObjectNode) Json.mapper().readTree(ITEMS.get(id).input());
            node.put("published_at", publishedAt.toString());
            return Json.mapper().writeValueAsBytes(node);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(final byte[] value) {
        raw.pipeInput(new TestRecord<>(null, value, T0));
    }

    /** Original at T0, an unrelated article at {@code streamTime}, then a same-URL copy dated T0 + 1 d. */
    private void sendLateSameUrlCopy(final Instant streamTime) {
        send(article("o-1", "https://example.com/rates", "Банк России снизил ставку.", T0));
        send(article("u-1", "https://example.com/other", "Германия и Франция.", streamTime));
        send(article("c-1", "https://example.com/rates", "Банк России снизил ставку.", COPY_TIME));
    }

    /** Original at T0, an unrelated long article at {@code streamTime}, then a near copy (publisher boilerplate) dated T0 + 1 d. */
    private void sendLateNearCopy(final Instant streamTime) {
        send(labelled("en-01", T0));
        send(labelled("ru-02", streamTime));
        send(labelled("en-01-boilerplate-lines", COPY_TIME));
    }

    @Test
    void sameUrlCopyArrivingBehindStreamTimeWithinTheGraceIsCaught() {
        start("P1D");
        sendLateSameUrlCopy(WITHIN_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("o-1", "u-1");
        assertThat(duplicates.readValuesToList())
                .containsExactly(new DuplicateEvent("c-1", "o-1", DuplicateRule.SAME_URL, null));
    }

    @Test
    void withoutGraceTheSameLateSameUrlCopyPasses() {
        start("PT0S");
        sendLateSameUrlCopy(WITHIN_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("o-1", "u-1", "c-1");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void nearCopyArrivingBehindStreamTimeWithinTheGraceIsCaughtThroughTheBands() {
        start("P1D");
        sendLateNearCopy(WITHIN_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("en-01", "ru-02");
        assertThat(duplicates.readValuesToList()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("en-01-boilerplate-lines");
            assertThat(event.duplicateOf()).isEqualTo("en-01");
            assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
        });
    }

    @Test
    void withoutGraceTheSameLateNearCopyPasses() {
        start("PT0S");
        sendLateNearCopy(WITHIN_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id)
                .containsExactly("en-01", "ru-02", "en-01-boilerplate-lines");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void sameUrlOriginalMoreThanRetentionPlusGraceBehindStreamTimeIsForgottenEvenForACopyADayAfterIt() {
        start("P1D");
        sendLateSameUrlCopy(BEYOND_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("o-1", "u-1", "c-1");
        assertThat(duplicates.isEmpty()).as("the original is 8.5 days behind, past retention + grace").isTrue();
    }

    @Test
    void nearOriginalMoreThanRetentionPlusGraceBehindStreamTimeIsForgottenEvenForACopyADayAfterIt() {
        start("P1D");
        sendLateNearCopy(BEYOND_GRACE);

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id)
                .containsExactly("en-01", "ru-02", "en-01-boilerplate-lines");
        assertThat(duplicates.isEmpty()).as("the original is 8.5 days behind, past retention + grace").isTrue();
    }

    @Test
    void aLongerGraceReachesFurtherBack() {
        start("P2D");
        sendLateSameUrlCopy(BEYOND_GRACE);

        assertThat(duplicates.readValuesToList())
                .containsExactly(new DuplicateEvent("c-1", "o-1", DuplicateRule.SAME_URL, null));
    }

    @Test
    void articleMoreThanRetentionPlusGraceBehindStreamTimeIsNotRemembered() {
        start("P1D");
        send(article("u-1", "https://example.com/other", "Германия и Франция.", BEYOND_GRACE));
        // 8.5 days behind: enriched (nothing to compare with), but not kept
        send(article("o-1", "https://example.com/rates", "Банк России снизил ставку.", T0));
        // dated an hour after o-1, well within its retention: nothing that far behind stream time is kept
        send(article("c-1", "https://example.com/rates", "Банк России снизил ставку.", T0.plus(Duration.ofHours(1))));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("u-1", "o-1", "c-1");
        assertThat(duplicates.isEmpty()).isTrue();
    }
}
