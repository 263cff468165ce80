package io.newsstream.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.topology.NewsTopology;

/** The steps {@code process} and {@code demo} share, so both commands read top-down. */
final class Processor {
    /** How long to wait for a broker before reporting it unreachable. */
    static final Duration REACHABLE_TIMEOUT = Duration.ofSeconds(10);

    private Processor() {
    }

    /** Creates the topics when {@code topic.create=true}; existing topics are left alone. */
    static void maybeCreateTopics(final NewsstreamConfig config) {
        if (config.getBoolean("topic.create")) {
            TopicAdmin.createTopics(config);
        }
    }

    /** Starts Kafka Streams on the news topology; the pipeline's meters go to the service's registry. */
    static void startProcessor(final NewsstreamService service, final NewsstreamConfig config,
                               final ArticleStages stages) {
        final PipelineMetrics metrics = new PipelineMetrics(service.metrics().registry());
        service.startProcessor(NewsTopology.build(config, stages, metrics), NewsTopology.streamsProperties(config));
    }

    /** Serves /metrics and /health on {@code http.host}:{@code http.port}. */
    static URI startWebServer(final NewsstreamService service, final NewsstreamConfig config) {
        return service.startWebServer(config.get("http.host"), config.getInt("http.port"));
    }

    /** Keeps Streams' local state next to an embedded broker's data, so the two are kept or deleted together. */
    static NewsstreamConfig withStateDirUnder(final NewsstreamConfig config, final Path brokerDataDir) {
        final Properties kafka = config.kafkaProperties();
        if (kafka.containsKey(StreamsConfig.STATE_DIR_CONFIG)) {
            return config;
        }
        return config.with(NewsstreamConfig.KAFKA_PREFIX + StreamsConfig.STATE_DIR_CONFIG,
                brokerDataDir.resolve("streams-state").toString());
    }

    /** One line per endpoint, for the user. */
    static String describeEndpoints(final URI base) {
        return "Metrics:   " + base + "/metrics\n"
                + "Liveness:  " + base + "/health/live\n"
                + "Readiness: " + base + "/health/ready";
    }
}
