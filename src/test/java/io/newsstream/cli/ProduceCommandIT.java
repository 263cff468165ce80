package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
import io.newsstream.testing.BrokerFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code produce} against a real (in-process) broker: what arrives on the topic, keyed how, and the counts. */
class ProduceCommandIT {
    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String configFile;

    private static final byte[] INVALID_UTF8_LINE = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'K', 'y', 'i', 'v',
            (byte) 0xFF, (byte) 0xFE, '"', '}'};

    @BeforeEach
    void writeInputs() throws IOException {
        configFile = Files.writeString(dir.resolve("test.properties"), "topic.partitions=2\n").toString();
        final Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("a-seed.txt"), " date 2025-08-13 Путин провел телефонный разговор.\n");
        Files.writeString(inputs.resolve("b-given-id.json"), "{\"id\":\"outlet-42\",\"text\":\"Macron in Kyiv\"}\n");
        Files.writeString(inputs.resolve("b-url.json"), "{\"url\":\"HTTPS://Example.org/a?utm_source=x\",\"text\":\"Duda in Rome\"}");
        final ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes(utf8("{\"text\":\"Scholz in Warsaw\"}\n\n"));
        lines.writeBytes(INVALID_UTF8_LINE);
        lines.writeBytes(utf8("\n"));
        Files.write(inputs.resolve("c-batch.jsonl"), lines.toByteArray());
        Files.write(inputs.resolve("d-latin1.txt"), new byte[] {'K', 'i', 'j', 'e', 'w', (byte) 0xE9});
        Files.writeString(inputs.resolve("notes.md"), "skipped: not an input type");
    }

    private static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private int produce(final InputStream stdin, final String... args) {
        final CommandLine commandLine = new CommandLine(new ProduceCommand(ProduceCommand::parserInspector, stdin));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The id the processor gives the article: its normalizer's, language aside. */
    private static String processorId(final byte[] value) throws InvalidArticleException {
        return new Normalizer(text -> LanguageDetector.UNDETERMINED)
                .normalize(new ArticleParser(1_048_576).parse(value)).id();
    }

    private static List<ConsumerRecord<byte[], byte[]>> consumeAll(final String topic, final int expected) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "produce-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // anything beyond the expected records would show up here
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static Map<String, ConsumerRecord<byte[], byte[]>> byValue(final List<ConsumerRecord<byte[], byte[]>> records) {
        final Map<String, ConsumerRecord<byte[], byte[]>> map = new HashMap<>();
        records.forEach(r -> map.put(new String(r.value(), StandardCharsets.ISO_8859_1), r));
        return map;
    }

    @Test
    void sendsEveryReadableInputUnchangedKeyedByDerivedIdAndRejectsTheUnreadable() throws InvalidArticleException {
        final String topic = "it.raw.all";

        final int status = produce(InputStream.nullInputStream(), "--config", configFile,
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic", topic, dir.resolve("inputs").toString());

        assertThat(status).isEqualTo(ProduceCommand.EXIT_REJECTED);
        assertThat(out.toString().strip()).isEqualTo("sent 5 records to " + topic + ", 1 input rejected, 0 send failures");
        assertThat(err.toString()).contains("rejected " + dir.resolve("inputs/d-latin1.txt") + ": not valid UTF-8");

        final Map<String, ConsumerRecord<byte[], byte[]>> records = byValue(consumeAll(topic, 5));
        assertThat(records).hasSize(5);
        final byte[] seedValue = utf8("{\"text\":" + "\" date 2025-08-13 Путин провел телефонный разговор.\\n\"}");
        final byte[] urlValue = utf8("{\"url\":\"HTTPS://Example.org/a?utm_source=x\",\"text\":\"Duda in Rome\"}");
        final byte[] lineValue = utf8("{\"text\":\"Scholz in Warsaw\"}");
        assertThat(records.get(latin1(seedValue)).key()).asString(StandardCharsets.UTF_8)
                .startsWith("sha-").isEqualTo(processorId(seedValue));
        assertThat(records.get(latin1(urlValue)).key()).asString(StandardCharsets.UTF_8)
                .startsWith("url-").isEqualTo(processorId(urlValue));
        assertThat(records.get(latin1(lineValue)).key()).asString(StandardCharsets.UTF_8)
                .isEqualTo(processorId(lineValue));
        assertThat(records.get(latin1(utf8("{\"id\":\"outlet-42\",\"text\":\"Macron in Kyiv\"}\n")))).satisfies(r ->
                assertThat(r.key()).isEqualTo(utf8("outlet-42")));
        assertThat(records.get(latin1(INVALID_UTF8_LINE))).as("invalid UTF-8 line sent byte for byte, without a key")
                .satisfies(r -> {
                    assertThat(r.value()).isEqualTo(INVALID_UTF8_LINE);
                    assertThat(r.key()).isNull();
                });
    }

    @Test
    void validateKeepsInvalidRecordsBackAndNamesThem() {
        final String topic = "it.raw.validated";
        final InputStream stdin = new ByteArrayInputStream(utf8("{\"text\":\"from stdin\"}\n[\"not an object\"]\n"));

        final int status = produce(stdin, "--config", configFile, "--bootstrap-servers", KAFKA.bootstrapServers(),
                "--topic", topic, "--validate", dir.resolve("inputs/c-batch.jsonl").toString(), "-");

        assertThat(status).isEqualTo(ProduceCommand.EXIT_REJECTED);
        assertThat(out.toString().strip()).isEqualTo("sent 2 records to " + topic + ", 2 inputs rejected, 0 send failures");
        assertThat(err.toString()).contains("rejected " + dir.resolve("inputs/c-batch.jsonl") + ":3: invalid_utf8")
                .contains("rejected stdin:2: invalid_json");
        final List<ConsumerRecord<byte[], byte[]>> records = consumeAll(topic, 2);
        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("{\"text\":\"Scholz in Warsaw\"}", "{\"text\":\"from stdin\"}");
    }

    @Test
    void everythingSentIsExitStatusZero() {
        final String topic = "it.raw.clean";

        final int status = produce(InputStream.nullInputStream(), "--config", configFile,
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic", topic,
                dir.resolve("inputs/a-seed.txt").toString(), dir.resolve("inputs/b-given-id.json").toString());

        assertThat(status).isEqualTo(ProduceCommand.EXIT_OK);
        assertThat(out.toString().strip()).isEqualTo("sent 2 records to " + topic + ", 0 inputs rejected, 0 send failures");
        assertThat(consumeAll(topic, 2)).hasSize(2);
    }

    private static String latin1(final byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
