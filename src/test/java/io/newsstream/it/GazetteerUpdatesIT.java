package io.newsstream.it;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_KEY;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static io.newsstream.testing.GazetteerFixtures.PUBLISHED;
import static io.newsstream.testing.KafkaTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Counter;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.tag.LiveGazetteer;
import io.newsstream.testing.BrokerFixture;
import io.newsstream.testing.RunningPipeline;

/**
 * A running pipeline on a real broker picks up a new prime minister from {@code news.gazetteer} and
 * forgets her after a tombstone, with the same KafkaStreams instance running throughout.
 */
class GazetteerUpdatesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    private static RunningPipeline pipeline;
    private static LiveGazetteer gazetteer;

    @BeforeAll
    static void startPipeline() {
        final NewsstreamConfig config = KAFKA.application("gazetteer-updates-it")
                // the same article text is sent again on purpose, to see its tags change: not a near-duplicate here
                .with("dedup.near.enabled", "false");
        final StandardStages stages = new StandardStages(config);
        gazetteer = stages.liveGazetteer().orElseThrow();
        pipeline = KAFKA.startPipeline(config, stages, TIMEOUT);
    }

    private static void publishEntry(final String key, final String lines) {
        pipeline.send(new ProducerRecord<>(pipeline.topics().gazetteer(), utf8(key), lines == null ? null : utf8(lines)));
    }

    private static EnrichedArticle enrich(final String id, final String text) throws IOException {
        pipeline.sendRaw(Json.mapper().writeValueAsBytes(Map.of("id", id, "url", "https://it.example/" + id,
                "text", text, "published_at", PUBLISHED.toString())));
        return pipeline.enriched(id);
    }

    private static List<String> streamThreads() {
        return pipeline.streams().metadataForLocalThreads().stream().map(ThreadMetadata::threadName).sorted().toList();
    }

    private static double rejected() {
        final Counter counter = pipeline.service().metrics().registry().find(PipelineMetrics.GAZETTEER_REJECTED).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void runningPipelineTagsANewPrimeMinisterOnceHerEntryIsPublishedAndStopsAfterItsTombstone() throws IOException {
        final List<String> threadsAtStart = streamThreads();
        assertThat(enrich("before", ARTICLE_TEXT + " One.").leaders()).isEmpty();

        publishEntry(NEW_PM_KEY, NEW_PM_LINES);
        await().atMost(TIMEOUT).until(() -> gazetteer.current().entries().containsKey(NEW_PM_KEY));
        assertThat(enrich("during", ARTICLE_TEXT + " Two.").leaders())
                .extracting(LeaderTag::id, LeaderTag::country, LeaderTag::role, LeaderTag::mentions)
                .containsExactly(tuple(NEW_PM_ID, "GB", "prime-minister", 2));

        publishEntry("garbage", "not a gazetteer line");
        await().atMost(TIMEOUT).until(() -> rejected() == 1);

        publishEntry(NEW_PM_KEY, null);
        await().atMost(TIMEOUT).until(() -> !gazetteer.current().entries().containsKey(NEW_PM_KEY));
        assertThat(enrich("after", ARTICLE_TEXT + " Three.").leaders()).isEmpty();

        assertThat(pipeline.state()).as("no restart").isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(streamThreads()).as("the same stream threads did all the work").isEqualTo(threadsAtStart);
    }
}
