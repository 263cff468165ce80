package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.READ_COMMITTED;
import static io.newsstream.testing.KafkaTestSupport.keyOf;
import static io.newsstream.testing.KafkaTestSupport.utf8;
import static io.newsstream.testing.KafkaTestSupport.valueAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.json.Json;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.testing.BrokerFixture;
import io.newsstream.testing.KafkaTestSupport;
import io.newsstream.testing.RunningPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Near-duplicate detection on a real broker, with the production stages: three partitions per topic and two KafkaStreams
 * instances of one application with exactly-once processing, copies sent under other keys to
 * other partitions than their original, in order and all at once.
 */
class NearDuplicateIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Instant DAY = Instant.parse("2026-01-15T08:00:00Z");
    private static final Map<String, LabelledSet.Item> ITEMS = LabelledSet.load().stream()
            .collect(Collectors.toMap(LabelledSet.Item::id, Function.identity()));

    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    private static Topics topics;

    @BeforeAll
    static void startTwoInstances() {
        // unique verdicts wait 15 s (default 5 s) for late originals: the burst below must be caught
        // whole even when this machine is slow, and the hold is what catches copies processed first
        final NewsstreamConfig config = KAFKA.application("near-duplicate-it").with("dedup.near.hold", "PT15S");
        topics = Topics.from(config);
        final List<RunningPipeline> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // one application id, a state directory per instance
            final NewsstreamConfig instance = config.with("kafka.state.dir",
                    Path.of(config.get("kafka.state.dir")).resolve("instance-" + i).toString());
            instances.add(KAFKA.launchPipeline(instance, new StandardStages(instance), TIMEOUT));
        }
        await().atMost(TIMEOUT).until(() -> instances.stream().allMatch(RunningPipeline::isRunning));
    }

    @Test
    void dropsCopiesArrivingOnOtherPartitionsUnderOtherKeys() {
        send(List.of("en-01"), 0);
        await().atMost(TIMEOUT).until(() -> outcomes().containsKey("en-01"));
        send(List.of("en-01-boilerplate-lines", "en-01-teaser", "en-01-lead-reworded", "en-01-html-markup"), 1);

        final List<String> copies = List.of("en-01-boilerplate-lines", "en-01-teaser", "en-01-lead-reworded",
                "en-01-html-markup");
        await().atMost(TIMEOUT).until(() -> outcomes().keySet().containsAll(copies));
        final Map<String, Outcome> outcomes = outcomes();
        assertThat(outcomes.get("en-01").enriched()).isTrue();
        for (final String copy : copies) {
            assertThat(outcomes.get(copy).duplicate()).as(copy).satisfies(event -> {
                assertThat(event.duplicateOf()).isEqualTo("en-01");
                assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
                assertThat(event.similarity()).isGreaterThan(0.8);
            });
        }
    }

    @Test
    void copiesSentAllAtOnceInShuffledOrderNeverDropAWholeStory() {
        final List<String> stories = List.of("de-01", "de-02", "ru-03", "fr-01", "uk-03");
        final List<String> ids = new ArrayList<>();
        for (final String story : stories) {
            ITEMS.values().stream().filter(i -> story.equals(i.duplicateOf())).map(LabelledSet.Item::id).forEach(ids::add);
            ids.add(story);
        }
        Collections.shuffle(ids, new Random(7));
        send(ids, 2);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(outcomes().keySet()).containsAll(ids));
        final Map<String, Outcome> outcomes = outcomes();
        for (final String story : stories) {
            // the exact rules keep the first copy to arrive, so an identical copy may win over the
            // original; near_content never drops the earliest of a story by event time
            final Outcome original = outcomes.get(story);
            assertThat(original.enriched() || original.duplicate().rule() != DuplicateRule.NEAR_CONTENT)
                    .as("%s is the earliest of its story: %s", story, original).isTrue();
            assertThat(ids.stream().filter(id -> id.startsWith(story)).anyMatch(id -> outcomes.get(id).enriched()))
                    .as("some article of %s enriched", story).isTrue();
        }
        for (final String id : ids) {
            final Outcome outcome = outcomes.get(id);
            assertThat(outcome.enriched() && outcome.duplicate() != null).as("%s both enriched and dropped", id).isFalse();
            if (outcome.duplicate() != null) {
                final String original = ITEMS.get(id).duplicateOf() != null ? ITEMS.get(id).duplicateOf() : id;
                final String pointed = outcome.duplicate().duplicateOf();
                assertThat(pointed.equals(original) || original.equals(ITEMS.get(pointed).duplicateOf()))
                        .as("%s points at %s, of another story", id, pointed).isTrue();
            }
        }
        // a copy processed before its original is dropped by the original's late answer while its
        // unique verdict is held: whatever the order, no variant of an enriched original is enriched
        // (an original may itself lose to an identical variant under the exact rules, see above)
        for (final String story : stories) {
            if (outcomes.get(story).enriched()) {
                assertThat(ids.stream().filter(id -> story.equals(ITEMS.get(id).duplicateOf()))
                        .filter(id -> outcomes.get(id).enriched()))
                        .as("variants of %s enriched although it was: %s", story, outcomes).isEmpty();
            }
        }
        assertThat(stories.stream().filter(story -> outcomes.get(story).enriched()))
                .as("originals enriched: %s", outcomes).isNotEmpty();
    }

    /** Sends each article under a random key to a partition other than its original's. */
    private static void send(final List<String> ids, final int seed) {
        final Random random = new Random(seed);
        final List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            final String id = ids.get(i);
            final int partition = ITEMS.get(id).duplicateOf() == null ? 0 : 1 + (i % 2);
            records.add(new ProducerRecord<>(topics.raw(), partition,
                    utf8("key-" + random.nextInt()), onOneDay(id)));
        }
        KafkaTestSupport.sendAll(KAFKA.bootstrapServers(), records);
    }

    /**
     * The article's input with its story moved to {@link #DAY}, keeping the minutes between an
     * original and its variants: the labelled set spans months, and band stores forget (by stream
     * time) whatever is older than the retention, so stories from months apart would not meet.
     */
    private static byte[] onOneDay(final String id) {
        final LabelledSet.Item item = ITEMS.get(id);
        final String story = item.duplicateOf() != null ? item.duplicateOf() : id;
        try {
            final ObjectNode input = (ObjectNode) Json.mapper().readTree(item.input());
            final Instant published = Instant.parse(input.get("published_at").asText());
            final Instant original = Instant.parse(Json.mapper().readTree(ITEMS.get(story).input()).get("published_at").asText());
            input.put("published_at", DAY.plus(Duration.between(original, published)).toString());
            return Json.mapper().writeValueAsBytes(input);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What became of an article: enriched, or a duplicate event. */
    private record Outcome(boolean enriched, DuplicateEvent duplicate) {
    }

    /** Every article id seen so far on news.enriched or news.duplicates (read committed). */
    private static Map<String, Outcome> outcomes() {
        final Map<String, List<ConsumerRecord<byte[], byte[]>>> read = KafkaTestSupport.readToEnd(
                KAFKA.bootstrapServers(), READ_COMMITTED, List.of(topics.enriched(), topics.duplicates()));
        final Map<String, Outcome> outcomes = new HashMap<>();
        for (final ConsumerRecord<byte[], byte[]> record : read.get(topics.enriched())) {
            outcomes.merge(keyOf(record), new Outcome(true, null), (a, b) -> new Outcome(true, a.duplicate()));
        }
        for (final ConsumerRecord<byte[], byte[]> record : read.get(topics.duplicates())) {
            outcomes.merge(keyOf(record), new Outcome(false, valueAs(record, DuplicateEvent.class)),
                    (a, b) -> new Outcome(a.enriched(), b.duplicate()));
        }
        return outcomes;
    }
}
