package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.valueAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.newsstream.cli.Main;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.testing.RunningPipeline;

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

    /** Starts a pipeline with {@code config} (an application of its own), publishes the seed and checks its tags. */
    static void publishSeedAndCheckEnrichment(final NewsstreamConfig config) throws IOException {
        try (RunningPipeline pipeline = RunningPipeline.start(config, Main.standardStages(config), TIMEOUT)) {
            pipeline.sendRaw(seedValue());
            final List<ConsumerRecord<byte[], byte[]>> read = pipeline.readUntil(pipeline.topics().enriched(), record -> true);
            assertThat(read).hasSize(1);
            assertSeedEnrichment(valueAs(read.get(0), EnrichedArticle.class));
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
