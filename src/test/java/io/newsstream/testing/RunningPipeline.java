package io.newsstream.testing;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.topology.NewsTopology;

/**
 * A newsstream processor running in this JVM as {@code process} runs it (a {@link NewsstreamService} with
 * the news topology on the given stages), with the writes and reads an integration test makes against
 * it. Every read is {@code read_committed} from the beginning of a topic, and every wait gives up after
 * the pipeline's timeout. {@link #close()} stops the service.
 */
public final class RunningPipeline implements AutoCloseable {
    private final NewsstreamConfig config;
    private final Topics topics;
    private final NewsstreamService service;
    private final KafkaStreams streams;
    private final Duration timeout;

    private RunningPipeline(final NewsstreamConfig config, final NewsstreamService service, final KafkaStreams streams,
                            final Duration timeout) {
        this.config = config;
        this.topics = Topics.from(config);
        this.service = service;
        this.streams = streams;
        this.timeout = timeout;
    }

    /** Creates the topics, starts the processor and waits until Kafka Streams is RUNNING. */
    public static RunningPipeline start(final NewsstreamConfig config, final ArticleStages stages,
                                        final Duration timeout) {
        final RunningPipeline pipeline = launch(config, stages, timeout);
        try {
            return pipeline.awaitRunning();
        } catch (final RuntimeException | Error e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * Creates the topics (those present are left alone) and starts the processor without waiting for it, for
     * tests that start several instances of one application and wait for all of them together.
     */
    public static RunningPipeline launch(final NewsstreamConfig config, final ArticleStages stages,
                                         final Duration timeout) {
        TopicAdmin.createTopics(config);
        final NewsstreamService service = new NewsstreamService(ServiceMetrics.create());
        try {
            final KafkaStreams streams = service.startProcessor(NewsTopology.build(config, stages,
                    new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
            return new RunningPipeline(config, service, streams, timeout);
        } catch (final RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** Waits until Kafka Streams is RUNNING; returns this pipeline. */
    public RunningPipeline awaitRunning() {
        await().atMost(timeout).until(this::isRunning);
        return this;
    }

    public boolean isRunning() {
        return state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return service.streamsState();
    }

    /** Serves {@code /metrics} and {@code /health/*} on an ephemeral loopback port; returns the base URI. */
    public URI serveHttp() {
        return service.startWebServer("127.0.0.1", 0);
    }

    public Topics topics() {
        return topics;
    }

    public NewsstreamService service() {
        return service;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public String bootstrapServers() {
        return config.get("kafka.bootstrap.servers");
    }

    /** Publishes one input to the raw topic without a key, as a producer that lets Kafka pick the partition. */
    public void sendRaw(final byte[] value) {
        send(new ProducerRecord<>(topics.raw(), value));
    }

    /** Publishes one input to the raw topic under {@code key} on {@code partition}. */
    public void sendRaw(final int partition, final String key, final byte[] value) {
        send(new ProducerRecord<>(topics.raw(), partition, KafkaTestSupport.utf8(key), value));
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public void send(final ProducerRecord<byte[], byte[]> record) {
        KafkaTestSupport.send(bootstrapServers(), record);
    }

    /** Reads {@code topic} until a record matches {@code wanted}; returns every record read. */
    public List<ConsumerRecord<byte[], byte[]>> readUntil(final String topic,
                                                          final Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        return KafkaTestSupport.readUntil(bootstrapServers(), topic, wanted, timeout);
    }

    /** Reads {@code topic} until a record under {@code key} arrives; returns every record read. */
    public List<ConsumerRecord<byte[], byte[]>> readUntilKey(final String topic, final String key) {
        return readUntil(topic, KafkaTestSupport.hasKey(key));
    }

    /** The first record on {@code topic} under {@code key}. */
    public ConsumerRecord<byte[], byte[]> firstWithKey(final String topic, final String key) {
        return KafkaTestSupport.firstWithKey(bootstrapServers(), topic, key, timeout);
    }

    /** The first enriched article under {@code key}. */
    public EnrichedArticle enriched(final String key) {
        return KafkaTestSupport.valueAs(firstWithKey(topics.enriched(), key), EnrichedArticle.class);
    }

    /** The first duplicate event under {@code key}. */
    public DuplicateEvent duplicate(final String key) {
        return KafkaTestSupport.valueAs(firstWithKey(topics.duplicates(), key), DuplicateEvent.class);
    }

    /** Stops the HTTP server, Kafka Streams and the meter registry. Idempotent. */
    @Override
    public void close() {
        service.close();
    }
}
