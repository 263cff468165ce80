package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.dedup.near.NearMatch;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.topology.serde.JsonSerdes;
import io.newsstream.topology.serde.NearSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict step alone ({@link NearVerdictProcessor}), fed articles and answers in orders the
 * full topology under {@code TopologyTestDriver} never produces (it resolves each article before
 * reading the next): interleaved, answers first, two articles with one id in flight.
 */
class NearVerdictTopologyTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, NearVerdictInput> inputs;
    private TestOutputTopic<String, String> uniques;
    private TestOutputTopic<String, DuplicateEvent> duplicates;

    @BeforeEach
    void start() {
        final StreamsBuilder builder = new StreamsBuilder();
        final var outcomes = builder
                .stream("inputs", Consumed.with(Serdes.String(), NearSerdes.NEAR_VERDICT_INPUT).withName("read-inputs"))
                .processValues(NearVerdictProcessor.supplier(NewsTopology.NEAR_VERDICT_STORE,
                        new PipelineMetrics(new SimpleMeterRegistry())), Named.as("verdicts"));
        outcomes.filter((id, outcome) -> !outcome.isDuplicate(), Named.as("unique"))
                .mapValues(outcome -> outcome.unique().article().text(), Named.as("unique-text"))
                .to("uniques", Produced.with(Serdes.String(), Serdes.String()).withName("write-uniques"));
        outcomes.filter((id, outcome) -> outcome.isDuplicate(), Named.as("duplicate"))
                .mapValues(DedupOutcome::duplicate, Named.as("duplicate-event"))
                .to("duplicates", Produced.with(Serdes.String(), JsonSerdes.DUPLICATE_EVENT).withName("write-duplicates"));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "verdicts");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        inputs = driver.createInputTopic("inputs", new StringSerializer(), NearSerdes.NEAR_VERDICT_INPUT.serializer());
        uniques = driver.createOutputTopic("uniques", new StringDeserializer(), new StringDeserializer());
        duplicates = driver.createOutputTopic("duplicates", new StringDeserializer(),
                JsonSerdes.DUPLICATE_EVENT.deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private static NearArticle article(final String id, final String text, final IntakeRef ref, final int bands) {
        return new NearArticle(ref, bands, new PendingArticle(
                new NormalizedArticle(id, null, null, null, text, "en", T, "hash-" + text), T));
    }

    private void send(final NearVerdictInput input) {
        inputs.pipeInput(input.id(), input);
    }

    @Test
    void twoArticlesWithOneIdInFlightKeepTheirOwnVerdicts() {
        final IntakeRef first = new IntakeRef(0, 10);
        final IntakeRef second = new IntakeRef(2, 10);
        send(article("x", "first text", first, 20));
        send(article("x", "second text", second, 20));
        send(new NearAnswer("x", second, 0xFFFFFL, new NearMatch("orig", T.minusSeconds(60), 0.9)));
        assertThat(uniques.isEmpty()).as("the first article has no answer yet").isTrue();
        send(new NearAnswer("x", first, 0x0FFFFL, null));
        send(new NearAnswer("x", first, 0xF0000L, null));

        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(event -> assertThat(event.duplicateOf()).isEqualTo("orig"));
        assertThat(uniques.readValuesToList()).containsExactly("first text");
        final KeyValueStore<String, NearVerdictState> store = driver.getKeyValueStore(NewsTopology.NEAR_VERDICT_STORE);
        try (KeyValueIterator<String, NearVerdictState> left = store.all()) {
            assertThat(left.hasNext()).isFalse();
        }
    }

    @Test
    void waitsForTheArticleWhenItsAnswersArriveFirstAndReportsTheEarliestOriginal() {
        final IntakeRef ref = new IntakeRef(1, 5);
        send(new NearAnswer("y", ref, 0b011L, new NearMatch("later", T.minusSeconds(10), 0.95)));
        send(new NearAnswer("y", ref, 0b100L, new NearMatch("earlier", T.minusSeconds(20), 0.85)));
        send(new NearAnswer("y", ref, 0b100L, null)); // a replayed answer changes nothing
        assertThat(duplicates.isEmpty()).isTrue();
        send(article("y", "text", ref, 3));

        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(event -> assertThat(event.duplicateOf()).isEqualTo("earlier"));
        assertThat(uniques.isEmpty()).isTrue();
    }

    @Test
    void articleWithoutBandsIsUniqueAtOnce() {
        send(article("z", "short", new IntakeRef(0, 1), 0));
        assertThat(uniques.readValuesToList()).containsExactly("short");
    }
}
