package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.dedup.near.NearDuplicateEvaluation;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.StandardStages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The near-duplicate stage in the topology: band stores, verdict store, duplicates and the switch. */
class NearDuplicateTopologyTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, LabelledSet.Item> ITEMS = LabelledSet.load().stream()
            .collect(Collectors.toMap(LabelledSet.Item::id, Function.identity()));

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateEvent> duplicates;

    private void start(final boolean nearEnabled) {
        start(DriverConfig.of(stateDir).with("dedup.near.enabled", Boolean.toString(nearEnabled)));
    }

    private void start(final NewsstreamConfig config) {
        driver = NewsTopologyDriver.start(config, new StandardStages(config), new SimpleMeterRegistry(), START);
        raw = NewsTopologyDriver.raw(driver, START);
        enriched = NewsTopologyDriver.enriched(driver);
        duplicates = NewsTopologyDriver.duplicates(driver);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void send(final String... ids) {
        for (final String id : ids) {
            raw.pipeInput(id.getBytes(StandardCharsets.UTF_8), ITEMS.get(id).input());
        }
    }

    @Test
    void dropsRepublishedCopyWithBoilerplateAsNearDuplicateOfTheOriginal() {
        start(true);
        send("en-01", "en-01-boilerplate-lines", "en-n-same");

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("en-01", "en-n-same");
        assertThat(duplicates.readValuesToList()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("en-01-boilerplate-lines");
            assertThat(event.duplicateOf()).isEqualTo("en-01");
            assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
            assertThat(event.similarity()).isGreaterThan(0.8);
        });
    }

    @Test
    void letsTheCopyThroughWhenNearDedupIsSwitchedOff() {
        start(false);
        send("en-01", "en-01-boilerplate-lines");

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id)
                .containsExactly("en-01", "en-01-boilerplate-lines");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void remembersEachArticleInEveryBandWithItsSignatureOncePerPartitionAndForgetsResolvedVerdicts() {
        start(true);
        send("ru-02", "ru-02-teaser");

        final WindowStore<String, Long> bands = driver.getWindowStore(NewsTopology.NEAR_BAND_STORE);
        final Map<Long, Integer> entriesPerArticle = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, Long> all = bands.all()) {
            all.forEachRemaining(kv -> entriesPerArticle.merge(kv.value, 1, Integer::sum));
        }
        final long original = NearBandProcessor.reference("ru-02");
        assertThat(entriesPerArticle).containsOnlyKeys(original, NearBandProcessor.reference("ru-02-teaser"))
                .containsEntry(original, NearDupSettings.DEFAULTS.bands());
        // the test driver runs one task per sub-topology, so the signature store holds each article once
        final WindowStore<Long, NearRemembered> signatures = driver.getWindowStore(NewsTopology.NEAR_SIGNATURE_STORE);
        final List<String> remembered = new ArrayList<>();
        try (KeyValueIterator<Windowed<Long>, NearRemembered> all = signatures.all()) {
            all.forEachRemaining(kv -> remembered.add(kv.value.candidate().id()));
        }
        assertThat(remembered).containsExactlyInAnyOrder("ru-02", "ru-02-teaser");
        final KeyValueStore<String, NearVerdictState> verdicts = driver.getKeyValueStore(NewsTopology.NEAR_VERDICT_STORE);
        try (KeyValueIterator<String, NearVerdictState> pending = verdicts.all()) {
            assertThat(pending.hasNext()).as("verdict entries left after every band answered").isFalse();
        }
        assertThat(duplicates.readValuesToList()).extracting(DuplicateEvent::duplicateOf).containsExactly("ru-02");
    }

    @Test
    void copyProcessedBeforeItsOriginalIsDroppedWhenTheOriginalArrivesWhileItIsHeld() {
        start(DriverConfig.of(stateDir).with("dedup.near.hold", "PT5S"));
        send("en-01-boilerplate-lines", "en-01");
        assertThat(enriched.isEmpty()).as("both unique verdicts are held").isTrue();
        assertThat(duplicates.readValuesToList()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("en-01-boilerplate-lines");
            assertThat(event.duplicateOf()).isEqualTo("en-01");
        });

        driver.advanceWallClockTime(Duration.ofSeconds(6));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("en-01");
    }

    @Test
    void withoutHoldACopyProcessedBeforeItsOriginalPasses() {
        start(true);
        send("en-01-boilerplate-lines", "en-01");

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id)
                .containsExactly("en-01-boilerplate-lines", "en-01");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shortTextIsEnrichedWithoutFingerprint() {
        start(true);
        raw.pipeInput("s-1".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"s-1\",\"text\":\"Short wire flash: parliament adjourned.\"}".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("s-2".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"s-2\",\"text\":\"Short wire flash: parliament adjourned!\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("s-1", "s-2");
    }

    @Test
    void givesTheSameVerdictsAsBatchModeOnTheLabelledSet() {
        final List<LabelledSet.Item> items = LabelledSet.load();
        final Map<String, String> batch = new HashMap<>();
        for (final NearDuplicateEvaluation.Verdict verdict : new NearDuplicateEvaluation(items).run(NearDupSettings.DEFAULTS)) {
            batch.put(verdict.item().id(), verdict.flagged() ? verdict.duplicate().duplicateOf() : "");
        }
        start(true);
        for (final LabelledSet.Item item : items) {
            raw.pipeInput(item.id().getBytes(StandardCharsets.UTF_8), item.input());
        }

        final Map<String, String> stream = new HashMap<>();
        enriched.readKeyValuesToList().forEach(kv -> stream.put(kv.key, ""));
        for (final KeyValue<String, DuplicateEvent> kv : duplicates.readKeyValuesToList()) {
            stream.put(kv.key, kv.value.duplicateOf());
        }
        assertThat(stream).isEqualTo(batch);
        assertThat(stream.values().stream().filter(original -> !original.isEmpty()).count())
                .as("copies dropped").isEqualTo(280);
    }
}
