package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.readUntil;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

import io.newsstream.cli.Main;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.CountryTag;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.topology.NewsTopology;

/**
 * The seed article (Russian, bundled sample) through the production stages and a real broker:
 * publish it to {@code news.raw} as a producer would, read {@code news.enriched} as a
 * {@code read_committed} consumer would, and check every tag. Shared by the embedded-broker and the
 * container variants.
 */
final class SeedArticleScenario {
    static final String SEED_RESOURCE = "/samples/corpus/seed-article-ru.txt";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private SeedArticleScenario() {
    }

    static void publishSeedAndCheckEnrichment(final String bootstrapServers, final Path stateDir) throws IOException {
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", bootstrapServers)
                .with("kafka.application.id", "seed-article-it")
                .with("kafka.state.dir", stateDir.toString());
        final Topics topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        try (NewsstreamService service = new NewsstreamService(ServiceMetrics.create())) {
            service.startProcessor(NewsTopology.build(config, Main.standardStages(config),
                    new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
            await().atMost(TIMEOUT).until(() -> service.streamsState() == KafkaStreams.State.RUNNING);

            send(bootstrapServers, new ProducerRecord<>(topics.raw(), seedValue()));
            final List<ConsumerRecord<byte[], byte[]>> read =
                    readUntil(bootstrapServers, topics.enriched(), record -> true, TIMEOUT);
            assertThat(read).hasSize(1);
            assertSeedEnrichment(Json.mapper().readValue(read.get(0).value(), EnrichedArticle.class));
        }
    }

    /** The seed file as a producer publishes a .txt input: {@code {"text": ...}}. */
    static byte[] seedValue() throws IOException {
        try (InputStream in = SeedArticleScenario.class.getResourceAsStream(SEED_RESOURCE)) {
            assertThat(in).as(SEED_RESOURCE).isNotNull();
            return Json.mapper().writeValueAsBytes(Map.of("text", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    static void assertSeedEnrichment(final EnrichedArticle article) {
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
        assertThat(article.countries()).extracting(CountryTag::code, CountryTag::mentions)
                .containsExactlyInAnyOrder(tuple("RU", 10), tuple("KP", 5), tuple("US", 4), tuple("UA", 3),
                        tuple("CN", 1), tuple("IN", 1));
        assertThat(leaderNamed(article, "Putin").mentions()).isEqualTo(7);
        assertThat(leaderNamed(article, "Trump")).satisfies(trump -> {
            assertThat(trump.mentions()).isEqualTo(4);
            assertThat(trump.role()).isEqualTo("president");
        });
        assertThat(leaderNamed(article, "Kim").mentions()).isEqualTo(4);
        assertThat(leaderNamed(article, "Zelensky").mentions()).isEqualTo(1);
        assertThat(leaderNamed(article, "Xi").mentions()).isEqualTo(1);
        assertThat(leaderNamed(article, "Modi").mentions()).isEqualTo(1);
        assertThat(article.leaders()).hasSize(6);
    }

    private static LeaderTag leaderNamed(final EnrichedArticle article, final String word) {
        final List<LeaderTag> matching = article.leaders().stream()
                .filter(leader -> List.of(leader.name().split(" ")).contains(word)).toList();
        assertThat(matching).as("leaders named %s in %s", word, article.leaders()).hasSize(1);
        return matching.get(0);
    }
}
