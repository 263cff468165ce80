package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.dedup.near.NearMatch;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.topology.serde.JsonSerdes;
import io.newsstream.topology.serde.NearSerdes;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict step alone ({@link NearVerdictProcessor}), fed articles and answers in orders the
 * full topology under {@code TopologyTestDriver} never produces (it resolves each article before
 * reading the next): interleaved, answers first, two articles with one id in flight.
 */
class NearVerdictTopologyTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant WALL_CLOCK_START = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration HOLD = Duration.ofSeconds(5);

    /**
     * The verdict step's inputs on one test topic: answers and late originals in their topic format
     * after a 1, articles (which in the topology never leave their task) as a 0, their intake record,
     * band count and JSON.
     */
    private static final Serde<NearVerdictInput> INPUTS = Serdes.serdeFrom(
            (topic, input) -> {
                final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    if (input instanceof NearArticle article) {
                        out.writeByte(0);
                        out.writeInt(article.ref().partition());
                        out.writeLong(article.ref().offset());
                        out.writeInt(article.bands());
                        out.write(JsonSerdes.PENDING_ARTICLE.serializer().serialize(topic, article.pending()));
                    } else {
                        out.writeByte(1);
                        out.write(NearSerdes.NEAR_REPLY.serializer().serialize(topic, input));
                    }
                } catch (final IOException e) {
                    throw new UncheckedIOException(e);
                }
                return bytes.toByteArray();
            },
            (topic, bytes) -> {
                final ByteBuffer in = ByteBuffer.wrap(bytes);
                final byte kind = in.get();
                if (kind == 1) {
                    return NearSerdes.NEAR_REPLY.deserializer().deserialize(topic, Arrays.copyOfRange(bytes, 1, bytes.length));
                }
                final IntakeRef ref = new IntakeRef(in.getInt(), in.getLong());
                final int bands = in.getInt();
                return new NearArticle(ref, bands, JsonSerdes.PENDING_ARTICLE.deserializer()
                        .deserialize(topic, Arrays.copyOfRange(bytes, in.position(), bytes.length)));
            });

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, NearVerdictInput> inputs;
    private TestOutputTopic<String, String> uniques;
    private TestOutputTopic<String, DuplicateEvent> duplicates;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** The verdict step with unique verdicts held for {@code hold} of wall-clock time. */
    private void start(final Duration hold) {
        final StreamsBuilder builder = new StreamsBuilder();
        final var outcomes = builder
                .stream("inputs", Consumed.with(Serdes.String(), INPUTS).withName("read-inputs"))
                .process(NearVerdictProcessor.supplier(NewsTopology.NEAR_VERDICT_STORE, hold,
                        new PipelineMetrics(registry)), Named.as("verdicts"));
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
        driver = new TopologyTestDriver(builder.build(), props, WALL_CLOCK_START);
        inputs = driver.createInputTopic("inputs", new StringSerializer(), INPUTS.serializer());
        uniques = driver.createOutputTopic("uniques", new StringDeserializer(), new StringDeserializer());
        duplicates = driver.createOutputTopic("duplicates", new StringDeserializer(),
                JsonSerdes.DUPLICATE_EVENT.deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
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
        start(Duration.ZERO);
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
        assertStoresEmpty();
    }

    @Test
    void theArticleWaitsInItsOwnStoreWhileItsBandsAnswer() {
        start(Duration.ZERO);
        final IntakeRef ref = new IntakeRef(1, 8);
        send(article("w", "waiting text", ref, 2));
        send(new NearAnswer("w", ref, 0b01L, null));
        final KeyValueStore<String, PendingArticle> waiting =
                driver.getKeyValueStore(NearVerdictProcessor.articleStoreName(NewsTopology.NEAR_VERDICT_STORE));
        assertThat(waiting.get("w|1:8").article().text()).isEqualTo("waiting text");
        final KeyValueStore<String, NearVerdictState> verdicts = driver.getKeyValueStore(NewsTopology.NEAR_VERDICT_STORE);
        assertThat(verdicts.get("w|1:8")).isEqualTo(new NearVerdictState(0b01L, 2, null, 0L));

        send(new NearAnswer("w", ref, 0b10L, null));
        assertThat(uniques.readValuesToList()).containsExactly("waiting text");
        assertStoresEmpty();
    }

    @Test
    void anArticleResolvedOnArrivalIsHeldWithItsTextAndReleased() {
        start(HOLD);
        send(article("s", "short", new IntakeRef(0, 2), 0));
        assertThat(uniques.isEmpty()).as("held").isTrue();
        driver.advanceWallClockTime(HOLD.plusSeconds(1));
        assertThat(uniques.readValuesToList()).containsExactly("short");
        assertStoresEmpty();
    }

    @Test
    void waitsForTheArticleWhenItsAnswersArriveFirstAndReportsTheEarliestOriginal() {
        start(Duration.ZERO);
        final IntakeRef ref = new IntakeRef(1, 5);
        send(new NearAnswer("y", ref, 0b011L, new NearMatch("later", T.minusSeconds(10), 0.95)));
        send(new NearAnswer("y", ref, 0b100L, new NearMatch("earlier", T.minusSeconds(20), 0.85)));
        send(new NearAnswer("y", ref, 0b100L, null)); // a replayed answer changes nothing
        assertThat(duplicates.isEmpty()).isTrue();
        send(article("y", "text", ref, 3));

        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(event -> assertThat(event.duplicateOf()).isEqualTo("earlier"));
        assertThat(uniques.isEmpty()).isTrue();
        assertStoresEmpty();
    }

    @Test
    void articleWithoutBandsIsUniqueAtOnce() {
        start(Duration.ZERO);
        send(article("z", "short", new IntakeRef(0, 1), 0));
        assertThat(uniques.readValuesToList()).containsExactly("short");
        assertStoresEmpty();
    }

    @Test
    void heldUniqueVerdictIsReleasedOnceTheHoldIsOverAtTheArticlesEventTime() {
        start(HOLD);
        final IntakeRef ref = new IntakeRef(0, 7);
        send(article("u", "unique text", ref, 2));
        send(new NearAnswer("u", ref, 0b11L, null));
        driver.advanceWallClockTime(HOLD.minusSeconds(1));
        assertThat(uniques.isEmpty()).as("still held").isTrue();

        driver.advanceWallClockTime(Duration.ofSeconds(2));
        final var released = uniques.readRecordsToList();
        assertThat(released).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo("unique text");
            assertThat(record.key()).isEqualTo("u");
            assertThat(record.getRecordTime()).isEqualTo(T);
        });
        assertStoresEmpty();
    }

    @Test
    void lateOriginalDropsACopyWhoseUniqueVerdictIsHeld() {
        start(HOLD);
        final IntakeRef ref = new IntakeRef(1, 3);
        send(article("copy", "copied text", ref, 2));
        send(new NearAnswer("copy", ref, 0b11L, null)); // its bands found nothing earlier: held as unique
        send(new NearLateOriginal("copy", ref, new NearMatch("orig", T.minusSeconds(30), 0.93)));

        assertThat(duplicates.readValuesToList()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("copy");
            assertThat(event.duplicateOf()).isEqualTo("orig");
            assertThat(event.similarity()).isEqualTo(0.93);
        });
        driver.advanceWallClockTime(HOLD.multipliedBy(3));
        assertThat(uniques.isEmpty()).as("never released as unique").isTrue();
        assertStoresEmpty();
        assertThat(registry.counter(PipelineMetrics.NEAR_LATE_ORIGINALS, "outcome", "in_time").count()).isEqualTo(1.0);
    }

    @Test
    void lateOriginalBeforeTheVerdictIsCompleteCountsToo() {
        start(Duration.ZERO);
        final IntakeRef ref = new IntakeRef(2, 9);
        send(new NearAnswer("c", ref, 0b01L, null));
        send(new NearLateOriginal("c", ref, new NearMatch("orig", T.minusSeconds(5), 0.88)));
        send(article("c", "copied text", ref, 2));
        assertThat(duplicates.isEmpty()).as("one band has not answered").isTrue();
        send(new NearAnswer("c", ref, 0b10L, null));

        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(event -> assertThat(event.duplicateOf()).isEqualTo("orig"));
        assertThat(uniques.isEmpty()).isTrue();
        assertStoresEmpty();
    }

    @Test
    void lateOriginalAfterTheVerdictIsOutChangesNothingAndLeavesNoState() {
        start(Duration.ZERO);
        final IntakeRef ref = new IntakeRef(0, 4);
        send(article("v", "passed text", ref, 1));
        send(new NearAnswer("v", ref, 0b1L, null));
        assertThat(uniques.readValuesToList()).containsExactly("passed text");

        send(new NearLateOriginal("v", ref, new NearMatch("orig", T.minusSeconds(5), 0.9)));
        assertThat(duplicates.isEmpty()).isTrue();
        assertStoresEmpty();
        assertThat(registry.counter(PipelineMetrics.NEAR_LATE_ORIGINALS, "outcome", "too_late").count()).isEqualTo(1.0);
    }

    private void assertStoresEmpty() {
        for (final String name : new String[] {NewsTopology.NEAR_VERDICT_STORE,
                NearVerdictProcessor.articleStoreName(NewsTopology.NEAR_VERDICT_STORE),
                NearVerdictProcessor.releaseStoreName(NewsTopology.NEAR_VERDICT_STORE)}) {
            final KeyValueStore<String, Object> store = driver.getKeyValueStore(name);
            try (KeyValueIterator<String, Object> left = store.all()) {
                assertThat(left.hasNext()).as(name + " is empty").isFalse();
            }
        }
    }
}
