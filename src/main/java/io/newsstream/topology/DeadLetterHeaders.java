package io.newsstream.topology;

import io.newsstream.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The headers newsstream adds to a record it dead-letters, all UTF-8 strings. */
public final class DeadLetterHeaders {
    /** The {@link RejectReason} wire name, e.g. {@code invalid_json}. */
    public static final String REASON = "newsstream.error.reason";
    /** What is wrong, in words. */
    public static final String MESSAGE = "newsstream.error.message";
    public static final String SOURCE_TOPIC = "newsstream.source.topic";
    public static final String SOURCE_PARTITION = "newsstream.source.partition";
    public static final String SOURCE_OFFSET = "newsstream.source.offset";

    private static final String KAFKA_ERROR_PREFIX = "__streams.errors.";

    private DeadLetterHeaders() {
    }

    /** Adds the reason, message and source coordinates (when known) to {@code headers}, replacing earlier ones. */
    public static void addTo(final Headers headers, final RejectReason reason, final String message,
                             final RecordMetadata source) {
        addReason(headers, reason, message);
        if (source != null) {
            addSource(headers, source.topic(), source.partition(), source.offset());
        }
    }

    static void addReason(final Headers headers, final RejectReason reason, final String message) {
        put(headers, REASON, reason.wireName());
        put(headers, MESSAGE, message == null ? "" : message);
    }

    static void addSource(final Headers headers, final String topic, final int partition, final long offset) {
        if (topic != null) {
            put(headers, SOURCE_TOPIC, topic);
            put(headers, SOURCE_PARTITION, Integer.toString(partition));
            put(headers, SOURCE_OFFSET, Long.toString(offset));
        }
    }

    /**
     * Removes every dead-letter header, newsstream's and Kafka's {@code __streams.errors.*}: a record
     * replayed from the dead-letter topic after a fix must not carry its old error downstream.
     */
    public static void removeFrom(final Headers headers) {
        for (final String key : List.of(REASON, MESSAGE, SOURCE_TOPIC, SOURCE_PARTITION, SOURCE_OFFSET)) {
            headers.remove(key);
        }
        final List<String> kafkaErrorHeaders = new ArrayList<>();
        for (final Header header : headers) {
            if (header.key().startsWith(KAFKA_ERROR_PREFIX)) {
                kafkaErrorHeaders.add(header.key());
            }
        }
        kafkaErrorHeaders.forEach(headers::remove);
    }

    private static void put(final Headers headers, final String key, final String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
