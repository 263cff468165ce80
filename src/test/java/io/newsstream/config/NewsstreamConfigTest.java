package io.newsstream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsstreamConfigTest {

    @TempDir
    Path dir;

    private Path file(final String content) throws IOException {
        final Path f = dir.resolve("newsstream.properties");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void defaultsNameEveryTopicAndUseExactlyOnce() {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        assertThat(Topics.from(config).all()).containsExactly("news.raw", "news.enriched", "news.duplicates",
                "news.country-mentions", "news.leader-mentions", "news.dlq", "news.gazetteer");
        assertThat(Topics.from(config).compacted())
                .containsExactly("news.country-mentions", "news.leader-mentions", "news.gazetteer");
        assertThat(config.kafkaProperties()).containsEntry("processing.guarantee", "exactly_once_v2")
                .doesNotContainKey("bootstrap.servers");
        assertThat(config.getDuration("dedup.retention")).isEqualTo(Duration.ofDays(7));
        assertThat(config.getDuration("dedup.grace")).isEqualTo(Duration.ofDays(1));
        assertThat(config.getLong("input.max.text.bytes")).isEqualTo(1_048_576L);
    }

    @Test
    void fileWinsOverDefaults() throws IOException {
        final NewsstreamConfig config = NewsstreamConfig.load(Optional.of(file("topic.raw=file.raw\n")),
                Map.of(), new Properties());
        assertThat(config.get("topic.raw")).isEqualTo("file.raw");
        assertThat(config.get("topic.enriched")).isEqualTo("news.enriched");
    }

    @Test
    void environmentWinsOverFile() throws IOException {
        final NewsstreamConfig config = NewsstreamConfig.load(Optional.of(file("topic.raw=file.raw\n")),
                Map.of("NEWSSTREAM_TOPIC_RAW", "env.raw", "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS", "k1:9092",
                        "UNRELATED", "x"),
                new Properties());
        assertThat(config.get("topic.raw")).isEqualTo("env.raw");
        assertThat(config.kafkaProperties()).containsEntry("bootstrap.servers", "k1:9092");
        assertThat(config.asMap()).doesNotContainKey("unrelated");
    }

    @Test
    void systemPropertiesWinOverEnvironment() throws IOException {
        final Properties sys = new Properties();
        sys.setProperty("newsstream.topic.raw", "sys.raw");
        sys.setProperty("java.version", "17");
        final NewsstreamConfig config = NewsstreamConfig.load(Optional.of(file("topic.raw=file.raw\n")),
                Map.of("NEWSSTREAM_TOPIC_RAW", "env.raw"), sys);
        assertThat(config.get("topic.raw")).isEqualTo("sys.raw");
        assertThat(config.asMap()).doesNotContainKey("java.version");
    }

    @Test
    void commandLineValueWinsOverEveryLayer() {
        final Properties sys = new Properties();
        sys.setProperty("newsstream.http.port", "9000");
        final NewsstreamConfig config = NewsstreamConfig.load(Optional.empty(), Map.of(), sys).with("http.port", "0");
        assertThat(config.getInt("http.port")).isZero();
    }

    @Test
    void configFileCanBeNamedInTheEnvironment() throws IOException {
        final Path f = file("topic.dlq=named.dlq\n");
        final NewsstreamConfig config = NewsstreamConfig.load(Optional.empty(),
                Map.of("NEWSSTREAM_CONFIG_FILE", f.toString()), new Properties());
        assertThat(config.get("topic.dlq")).isEqualTo("named.dlq");
        assertThat(config.asMap()).doesNotContainKey("config.file");
    }

    @Test
    void missingExplicitFileIsAClearError() {
        assertThatThrownBy(() -> NewsstreamConfig.load(Optional.of(dir.resolve("nope.properties")), Map.of(),
                new Properties()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.properties");
    }

    @Test
    void readsShortAndIsoDurations() {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        assertThat(config.with("d", "36h").getDuration("d")).isEqualTo(Duration.ofHours(36));
        assertThat(config.with("d", "250ms").getDuration("d")).isEqualTo(Duration.ofMillis(250));
        assertThat(config.with("d", "PT1H").getDuration("d")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> config.with("d", "soon").getDuration("d"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'d'");
    }

    @Test
    void missingKeyNamesEveryPlaceToSetIt() {
        assertThatThrownBy(() -> NewsstreamConfig.defaults().get("kafka.bootstrap.servers"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS")
                .hasMessageContaining("-Dnewsstream.kafka.bootstrap.servers");
    }

    @Test
    void badNumberIsAClearError() {
        assertThatThrownBy(() -> NewsstreamConfig.defaults().with("http.port", "eighty").getInt("http.port"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.port").hasMessageContaining("eighty");
    }
}
