package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.config.NewsstreamConfig;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.junit.jupiter.api.Test;

class NewsTopologyPropertiesTest {

    @Test
    void defaultsAreExactlyOnceWithNamedResourcesAndTheDeadLetterTopic() {
        final Properties props = NewsTopology.streamsProperties(NewsstreamConfig.defaults());
        assertThat(props)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsstream")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true")
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dlq")
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetteringProcessingExceptionHandler.class.getName())
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueExceptionHandler.class.getName())
                .doesNotContainKey(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    @Test
    void userSettingsWinOverTheDefaults() {
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with("kafka.processing.guarantee", "at_least_once")
                .with("kafka.errors.dead.letter.queue.topic.name", "ops.dlq")
                .with("topic.dlq", "news.rejected")
                .with("kafka.bootstrap.servers", "broker:9092");
        final Properties props = NewsTopology.streamsProperties(config);
        assertThat(props)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "ops.dlq")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    @Test
    void deadLetterTopicFollowsTheTopicSetting() {
        final Properties props = NewsTopology.streamsProperties(NewsstreamConfig.defaults().with("topic.dlq", "news.rejected"));
        assertThat(props).containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.rejected");
    }
}
