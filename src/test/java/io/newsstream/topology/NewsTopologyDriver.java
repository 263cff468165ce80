package io.newsstream.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.topology.serde.JsonSerdes;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * {@link NewsTopology#build} under a {@code TopologyTestDriver}, and the topology's topics with the serdes
 * their records are written with.
 */
final class NewsTopologyDriver {
    private NewsTopologyDriver() {
    }

    /** A driver for the topology built from {@code config} and {@code stages}, its wall clock at {@code wallClock}. */
    static TopologyTestDriver start(final NewsstreamConfig config, final ArticleStages stages,
                                    final MeterRegistry registry, final Instant wallClock) {
        return new TopologyTestDriver(NewsTopology.build(config, stages, new PipelineMetrics(registry)),
                NewsTopology.streamsProperties(config), wallClock);
    }

    /** {@code news.raw}, every record stamped {@code timestamp} unless the test gives one. */
    static TestInputTopic<byte[], byte[]> raw(final TopologyTestDriver driver, final Instant timestamp) {
        return driver.createInputTopic("news.raw", new ByteArraySerializer(), new ByteArraySerializer(), timestamp,
                Duration.ZERO);
    }

    /** {@code news.raw}, for tests that give every record its timestamp. */
    static TestInputTopic<byte[], byte[]> raw(final TopologyTestDriver driver) {
        return driver.createInputTopic("news.raw", new ByteArraySerializer(), new ByteArraySerializer());
    }

    static TestOutputTopic<String, EnrichedArticle> enriched(final TopologyTestDriver driver) {
        return driver.createOutputTopic("news.enriched", new StringDeserializer(),
                JsonSerdes.ENRICHED_ARTICLE.deserializer());
    }

    static TestOutputTopic<String, DuplicateEvent> duplicates(final TopologyTestDriver driver) {
        return driver.createOutputTopic("news.duplicates", new StringDeserializer(),
                JsonSerdes.DUPLICATE_EVENT.deserializer());
    }

    static TestOutputTopic<byte[], byte[]> dlq(final TopologyTestDriver driver) {
        return driver.createOutputTopic("news.dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static TestOutputTopic<String, CountryMentionCount> countryMentions(final TopologyTestDriver driver) {
        return driver.createOutputTopic("news.country-mentions", new StringDeserializer(),
                JsonSerdes.COUNTRY_MENTION_COUNT.deserializer());
    }

    static TestOutputTopic<String, LeaderMentionCount> leaderMentions(final TopologyTestDriver driver) {
        return driver.createOutputTopic("news.leader-mentions", new StringDeserializer(),
                JsonSerdes.LEADER_MENTION_COUNT.deserializer());
    }
}
