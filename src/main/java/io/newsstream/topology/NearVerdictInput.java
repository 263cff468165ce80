package io.newsstream.topology;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * What the verdict step gathers for one intake record: the article itself ({@link NearArticle},
 * handed on within the task that read it from {@code articles-by-content}), its probes' answers
 * ({@link NearAnswer}) and news of an original that arrived after it ({@link NearLateOriginal}),
 * both from {@code near-answers-by-id}, keyed by the article id.
 */
public sealed interface NearVerdictInput permits NearArticle, NearAnswer, NearLateOriginal {
    /**
     * Sends an answer or late original back to the partition of {@code articles-by-content} its
     * article was read from ({@link IntakeRef#partition()}), where the article waits. Both topics
     * have exactly {@code topic.partitions} partitions (Kafka Streams checks an existing
     * repartition topic's count at startup), so the modulo changes nothing there; it only folds the
     * partitions together under {@code TopologyTestDriver}, whose topics have one partition each.
     */
    StreamPartitioner<String, NearVerdictInput> TO_ARTICLE_PARTITION = new StreamPartitioner<>() {
        @Override
        public Optional<Set<Integer>> partitions(final String topic, final String key, final NearVerdictInput input,
                                                 final Headers headers, final int partitions) {
            return Optional.of(Set.of(input.ref().partition() % partitions));
        }

        /** Kafka Streams calls the variant with headers; this one must exist until Kafka removes it. */
        @Override
        @SuppressWarnings("removal")
        public Optional<Set<Integer>> partitions(final String topic, final String key, final NearVerdictInput input,
                                                 final int partitions) {
            return partitions(topic, key, input, null, partitions);
        }
    };

    /** The article's id. */
    String id();

    /** The intake record the article came from. */
    IntakeRef ref();
}
