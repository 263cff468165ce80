package io.newsstream.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.input.InputItem;
import io.newsstream.input.InputRecord;
import io.newsstream.input.RejectedInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
    private static final String TOPIC = "news.raw";

    /** Values starting with '{' are articles whose id is their text; anything else is invalid. */
    private static final ArticleInspector INSPECTOR = value -> {
        final String s = new String(value, StandardCharsets.UTF_8);
        return s.startsWith("{")
                ? ArticleInspector.Inspection.valid("id-" + s.length())
                : ArticleInspector.Inspection.invalid(null, "invalid_json: not an object");
    };

    private final List<RejectedInput> rejected = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final PublishListener listener = new PublishListener() {
        @Override
        public void rejected(final RejectedInput input) {
            rejected.add(input);
        }

        @Override
        public void sendFailed(final String origin, final Exception cause) {
            failed.add(origin + " " + cause.getClass().getSimpleName());
        }
    };

    private static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MockProducer<byte[], byte[]> producer(final boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Test
    void sendsValuesUnchangedKeyedByDerivedIdAndCountsReaderRejections() {
        final MockProducer<byte[], byte[]> producer = producer(true);
        final byte[] invalid = {'n', 'o', (byte) 0xFF};
        final Stream<InputItem> items = Stream.of(
                new InputRecord("a.json", utf8("{\"text\":\"a\"}")),
                new RejectedInput("b.txt", "not valid UTF-8"),
                new InputRecord("c.jsonl:1", invalid));

        final PublishResult result = new ArticlePublisher(producer, TOPIC, INSPECTOR, false, listener).publish(items);

        assertThat(result).isEqualTo(new PublishResult(2, 1, 0));
        final List<ProducerRecord<byte[], byte[]>> sent = producer.history();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).topic()).isEqualTo(TOPIC);
        assertThat(sent.get(0).key()).isEqualTo(utf8("id-12"));
        assertThat(sent.get(0).value()).isEqualTo(utf8("{\"text\":\"a\"}"));
        assertThat(sent.get(1).key()).as("no id for an unparseable value").isNull();
        assertThat(sent.get(1).value()).isEqualTo(invalid);
        assertThat(rejected).containsExactly(new RejectedInput("b.txt", "not valid UTF-8"));
        assertThat(producer.flushed()).isTrue();
    }

    @Test
    void validateRejectsInvalidRecordsWithOriginAndReasonInsteadOfSending() {
        final MockProducer<byte[], byte[]> producer = producer(true);
        final Stream<InputItem> items = Stream.of(
                new InputRecord("x.jsonl:1", utf8("[1]")),
                new InputRecord("x.jsonl:2", utf8("{\"text\":\"ok\"}")));

        final PublishResult result = new ArticlePublisher(producer, TOPIC, INSPECTOR, true, listener).publish(items);

        assertThat(result).isEqualTo(new PublishResult(1, 1, 0));
        assertThat(producer.history()).extracting(ProducerRecord::value).containsExactly(utf8("{\"text\":\"ok\"}"));
        assertThat(rejected).containsExactly(new RejectedInput("x.jsonl:1", "invalid_json: not an object"));
    }

    @Test
    void sendFailuresAreCountedAndNamedNotTakenForSent() {
        final MockProducer<byte[], byte[]> producer = producer(false);
        final Stream<InputItem> items = Stream.of(
                new InputRecord("big.json", utf8("{\"text\":\"big\"}")),
                new InputRecord("small.json", utf8("{\"text\":\"s\"}")));
        final ArticlePublisher publisher = new ArticlePublisher(producer, TOPIC, INSPECTOR, false, new PublishListener() {
            @Override
            public void progress(final long submitted, final long rejectedSoFar) {
                // the broker answers each send as it is made: the first is refused, the second acknowledged
                if (submitted == 1) {
                    producer.errorNext(new RecordTooLargeException("too large"));
                } else {
                    producer.completeNext();
                }
            }

            @Override
            public void sendFailed(final String origin, final Exception cause) {
                listener.sendFailed(origin, cause);
            }
        });

        final PublishResult result = publisher.publish(items);

        assertThat(result).isEqualTo(new PublishResult(1, 0, 1));
        assertThat(failed).containsExactly("big.json RecordTooLargeException");
    }

    @Test
    void producerIsIdempotentWithAcksAllAndKeepsOnlyProducerSettings() {
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", "broker:9092")
                .with("kafka.acks", "1")
                .with("kafka.linger.ms", "5");

        final Properties props = ArticlePublisher.producerProperties(config);

        assertThat(props).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "5")
                .doesNotContainKeys("processing.guarantee", "application.id", "num.stream.threads");
    }
}
