package io.newsstream.produce;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.input.InputItem;
import io.newsstream.input.InputRecord;
import io.newsstream.input.RejectedInput;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes inputs to the raw topic: the value is the input's bytes, unchanged; the key is the article
 * id the processor derives for it, or none when the value does not parse that far. By default
 * everything readable is sent, invalid or not, because the processor's dead-letter topic is the audit
 * trail of bad inputs; with {@code validate} invalid records are rejected here instead, with the reason.
 * {@link #publish} returns once every send has completed.
 */
public final class ArticlePublisher {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final ArticleInspector inspector;
    private final boolean validate;
    private final PublishListener listener;

    /**
     * @param validate true to reject, and not send, values the processor would dead-letter
     */
    public ArticlePublisher(final Producer<byte[], byte[]> producer, final String topic,
                            final ArticleInspector inspector, final boolean validate, final PublishListener listener) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.validate = validate;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Producer settings from the {@code kafka.*} config (only keys the producer knows, so Streams settings
     * do not produce warnings), with defaults a user's setting wins over.
     */
    public static Properties producerProperties(final NewsstreamConfig config) {
        final Set<String> known = ProducerConfig.configNames();
        final Properties props = new Properties();
        config.kafkaProperties().forEach((key, value) -> {
            if (known.contains(key.toString())) {
                props.put(key, value);
            }
        });
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-produce");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Not overridable: news.raw is the audit trail, so each input must land exactly once and in order,
        // even when the producer retries after a lost acknowledgement.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }

    /** Sends every record of {@code items} in order, reports rejections, flushes, and counts the outcome. */
    public PublishResult publish(final Stream<InputItem> items) {
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        long submitted = 0;
        long rejected = 0;
        final Iterator<InputItem> iterator = items.iterator();
        while (iterator.hasNext()) {
            final InputItem item = iterator.next();
            final Optional<RejectedInput> rejection = item instanceof InputRecord record
                    ? send(record, acknowledged, failed)
                    : Optional.of((RejectedInput) item);
            if (rejection.isPresent()) {
                rejected++;
                listener.rejected(rejection.get());
            } else {
                submitted++;
            }
            listener.progress(submitted, rejected);
        }
        producer.flush();
        return new PublishResult(acknowledged.get(), rejected, failed.get());
    }

    private Optional<RejectedInput> send(final InputRecord record, final AtomicLong acknowledged, final AtomicLong failed) {
        final ArticleInspector.Inspection inspection = inspector.inspect(record.value());
        if (validate && inspection.rejection().isPresent()) {
            return Optional.of(new RejectedInput(record.origin(), inspection.rejection().get()));
        }
        final byte[] key = inspection.key().map(id -> id.getBytes(StandardCharsets.UTF_8)).orElse(null);
        try {
            producer.send(new ProducerRecord<>(topic, key, record.value()), (metadata, exception) -> {
                if (exception == null) {
                    acknowledged.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    listener.sendFailed(record.origin(), exception);
                }
            });
        } catch (final KafkaException e) {
            failed.incrementAndGet();
            listener.sendFailed(record.origin(), e);
        }
        return Optional.empty();
    }
}
