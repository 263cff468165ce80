package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.BatchEnricher;
import io.newsstream.pipeline.BatchResult;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.testing.RawArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch enricher and the topology give the same answer for the same inputs in the same order. */
class BatchAgreesWithTopologyTopologyTest {
    private static final Instant START = Instant.parse("2025-08-13T12:00:00Z");

    @TempDir
    Path stateDir;

    private static byte[] article(final String id, final String url, final String text, final String publishedAt) {
        return RawArticles.json(id, url, text, null, publishedAt);
    }

    /** Out of order by more than the retention, copies by URL and by content, undated copies, one bad input. */
    private static List<byte[]> inputs() {
        return List.of(
                article("a-1", "https://example.com/1", "Россия и Украина.", "2025-08-01T09:00:00Z"),
                article("c-1", "https://example.com/2", "США и Китай.", "2025-08-20T09:00:00Z"),
                article("b-1", "https://example.com/1", "Россия и Украина, обновлено.", "2025-08-03T09:00:00Z"),
                article("d-1", "https://example.com/3", "США и Китай.", "2025-08-21T09:00:00Z"),
                article("e-1", "https://example.com/1", "Путин.", "2025-08-25T09:00:00Z"),
                article("f-1", "https://example.com/1", "Путин, снова.", "2025-08-26T09:00:00Z"),
                "{\"text\": 7}".getBytes(StandardCharsets.UTF_8),
                article("g-1", "https://example.com/4", "Трамп.", null),
                article("h-1", "https://example.com/5", "Трамп.", null),
                article("i-1", "https://example.com/6", "Индия.", "2025-08-26T10:00:00Z"),
                article("j-1", "https://example.com/7", "Индия.", "2025-08-26T11:00:00Z"));
    }

    /** Late arrivals within the grace: each copy is dated a day after its original but arrives 6.5 days behind stream time. */
    private static List<byte[]> lateInputs() {
        return List.of(
                article("o-1", "https://example.com/1", "Россия и Украина.", "2025-08-01T00:00:00Z"),
                article("o-2", "https://example.com/2", "США и Китай.", "2025-08-01T06:00:00Z"),
                article("u-1", "https://example.com/3", "Индия.", "2025-08-08T12:00:00Z"),
                article("c-1", "https://example.com/1", "Россия и Украина, обновлено.", "2025-08-02T00:00:00Z"),
                article("c-2", "https://example.com/4", "США и Китай.", "2025-08-02T00:00:00Z"),
                // 8.5 days behind u-1: past retention + grace, neither found nor kept
                article("p-1", "https://example.com/5", "Трамп.", "2025-07-31T00:00:00Z"),
                article("p-2", "https://example.com/5", "Трамп.", "2025-07-31T01:00:00Z"));
    }

    /** What became of each article in each mode (status or duplicate), and the rejections. */
    private record Outcomes(Map<String, String> batch, List<String> batchRejected, Map<String, String> streamed,
                            int dlqRecords) {
    }

    private Outcomes runBothModes(final List<byte[]> inputs) {
        final NewsstreamConfig config = DriverConfig.of(stateDir);
        final StandardStages stages = new StandardStages(config);

        final Map<String, String> batch = new TreeMap<>();
        final List<String> batchRejected = new ArrayList<>();
        final BatchEnricher enricher = new BatchEnricher(stages, DedupRetention.fromConfig(config), true, START);
        int line = 0;
        for (final byte[] input : inputs) {
            final BatchResult result = enricher.enrich("inputs:" + ++line, input);
            if (result instanceof BatchResult.Duplicate duplicate) {
                batch.put(duplicate.id(), "duplicate of " + duplicate.duplicateOf() + " by " + duplicate.rule().wireName());
            } else if (result instanceof BatchResult.Rejected rejected) {
                batchRejected.add(rejected.error());
            } else {
                batch.put(result.id(), "enriched");
            }
        }

        final Map<String, String> streamed = new TreeMap<>();
        final int dlqRecords;
        try (TopologyTestDriver driver = NewsTopologyDriver.start(config, stages, new SimpleMeterRegistry(), START)) {
            final TestInputTopic<byte[], byte[]> raw = NewsTopologyDriver.raw(driver);
            for (final byte[] input : inputs) {
                raw.pipeInput(new TestRecord<>(null, input, START));
            }
            NewsTopologyDriver.enriched(driver)
                    .readValuesToList().stream().map(EnrichedArticle::id).forEach(id -> streamed.put(id, "enriched"));
            for (final DuplicateEvent duplicate : NewsTopologyDriver.duplicates(driver).readValuesToList()) {
                streamed.put(duplicate.id(), "duplicate of " + duplicate.duplicateOf() + " by " + duplicate.rule().wireName());
            }
            dlqRecords = NewsTopologyDriver.dlq(driver).readValuesToList().size();
        }
        return new Outcomes(batch, batchRejected, streamed, dlqRecords);
    }

    @Test
    void sameStatusesDuplicatesAndRejectionsInBothModes() {
        final Outcomes outcomes = runBothModes(inputs());
        final Map<String, String> batch = outcomes.batch();
        final Map<String, String> streamed = outcomes.streamed();
        final List<String> batchRejected = outcomes.batchRejected();
        final int dlqRecords = outcomes.dlqRecords();

        assertThat(streamed).isEqualTo(batch);
        assertThat(batchRejected).singleElement().asString().startsWith("inputs:7: wrong_field_type");
        assertThat(dlqRecords).isEqualTo(1);
        // the scenario exercises both rules and the expiry: b-1 copies a-1's URL two days later, but
        // arrives after c-1 moved stream time 19 days on, so a-1 is forgotten; the same for the undated
        // g-1/h-1 pair (event time = arrival, 2025-08-13, far behind stream time)
        assertThat(batch).containsEntry("b-1", "enriched")
                .containsEntry("h-1", "enriched")
                .containsEntry("d-1", "duplicate of c-1 by same_content")
                .containsEntry("f-1", "duplicate of e-1 by same_url")
                .containsEntry("j-1", "duplicate of i-1 by same_content");
    }

    @Test
    void bothModesCatchCopiesArrivingWithinTheGraceAndForgetBeyondIt() {
        final Outcomes outcomes = runBothModes(lateInputs());

        assertThat(outcomes.streamed()).isEqualTo(outcomes.batch());
        assertThat(outcomes.batch()).containsEntry("c-1", "duplicate of o-1 by same_url")
                .containsEntry("c-2", "duplicate of o-2 by same_content")
                .containsEntry("p-1", "enriched")
                .containsEntry("p-2", "enriched")
                .hasSize(7);
    }
}
