package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.READ_COMMITTED;
import static io.newsstream.testing.KafkaTestSupport.readToEnd;
import static io.newsstream.testing.KafkaTestSupport.send;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.testing.KeywordStages;
import io.newsstream.testing.RawArticles;
import io.newsstream.topology.NewsTopology;

/** What the backfill ITs share: the raw articles they send, the processor they start and how they read outputs. */
final class BackfillArticles {
    private BackfillArticles() {
    }

    /** A raw English article as a producer would publish it. */
    static byte[] article(final String id, final String url, final String text, final Instant publishedAt) {
        return RawArticles.json(id, url, text, "en", publishedAt.toString());
    }

    /** Sends {@code value} to partition 0 of {@code rawTopic} (so articles are taken in the order sent), stamped {@code ingestedAt}. */
    static void sendRaw(final String bootstrapServers, final String rawTopic, final Instant ingestedAt,
                        final byte[] value) {
        send(bootstrapServers, new ProducerRecord<>(rawTopic, 0, ingestedAt.toEpochMilli(), null, value));
    }

    /**
     * Starts the topology with the keyword stages in {@code service} (which the caller closes, also when
     * this fails) and waits until its streams are RUNNING.
     */
    static void startProcessor(final NewsstreamService service, final NewsstreamConfig config,
                               final Duration timeout) {
        service.startProcessor(NewsTopology.build(config, new KeywordStages(config),
                new PipelineMetrics(service.metrics().registry())), NewsTopology.streamsProperties(config));
        await().atMost(timeout).until(() -> service.streamsState() == KafkaStreams.State.RUNNING);
    }

    /** Every committed record of {@code topic}, read up to the end offsets taken when reading starts. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(final String bootstrapServers, final String topic) {
        return readToEnd(bootstrapServers, READ_COMMITTED, List.of(topic)).get(topic);
    }
}
