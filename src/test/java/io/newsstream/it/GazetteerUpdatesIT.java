package io.newsstream.it;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_KEY;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static io.newsstream.testing.GazetteerFixtures.PUBLISHED;
import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.Counter;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.tag.LiveGazetteer;
import io.newsstream.topology.NewsTopology;

/**
 * A running pipeline on a real broker picks up a new prime minister from {@code news.gazetteer} and
 * forgets her after a tombstone, with the same KafkaStreams instance running throughout.
 */
class GazetteerUpdatesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path stateDir;

    private static EmbeddedKafkaBroker broker;
    private static NewsstreamService service;
    private static KafkaStreams streams;
    private static LiveGazetteer gazetteer;
    private static Topics topics;

    @BeforeAll
    static void startPipeline() {
        broker = EmbeddedKafkaBroker.start();
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "gazetteer-updates-it")
                .with("kafka.state.dir", stateDir.toString())
                // the same article text is sent again on purpose, to see its tags change: not a near-duplicate here
                .with("dedup.near.enabled", "false");
        topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        final StandardStages stages = new StandardStages(config);
        gazetteer = stages.liveGazetteer().orElseThrow();
        service = new NewsstreamService(ServiceMetrics.create());
        streams = service.startProcessor(NewsTopology.build(config, stages,
                new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
        await().atMost(TIMEOUT).until(() -> service.streamsState() == KafkaStreams.State.RUNNING);
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

    private static void publishEntry(final String key, final String lines) {
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.gazetteer(), key.getBytes(StandardCharsets.UTF_8),
                lines == null ? null : lines.getBytes(StandardCharsets.UTF_8)));
    }

    private static EnrichedArticle enrich(final String id, final String text) throws IOException {
        final byte[] value = Json.mapper().writeValueAsBytes(Map.of("id", id, "url", "https://it.example/" + id,
                "text", text, "published_at", PUBLISHED.toString()));
        send(broker.bootstrapServers(), new ProducerRecord<>(topics.raw(), value));
        final List<ConsumerRecord<byte[], byte[]>> read = readUntil(broker.bootstrapServers(), topics.enriched(),
                record -> id.equals(new String(record.key(), StandardCharsets.UTF_8)), TIMEOUT);
        final ConsumerRecord<byte[], byte[]> record = read.stream()
                .filter(r -> id.equals(new String(r.key(), StandardCharsets.UTF_8))).findFirst().orElseThrow();
        return Json.mapper().readValue(record.value(), EnrichedArticle.class);
    }

    private static List<String> streamThreads() {
        return streams.metadataForLocalThreads().stream().map(ThreadMetadata::threadName).sorted().toList();
    }

    private static double rejected() {
        final Counter counter = service.metrics().registry().find(PipelineMetrics.GAZETTEER_REJECTED).counter();
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

        assertThat(service.streamsState()).as("no restart").isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(streamThreads()).as("the same stream threads did all the work").isEqualTo(threadsAtStart);
    }
}
