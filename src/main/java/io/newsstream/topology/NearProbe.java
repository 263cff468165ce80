package io.newsstream.topology;

import io.newsstream.dedup.near.NearCandidate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * The bands of one article that live on one partition of {@code near-probes-by-band}: the article
 * (id, event time, fingerprint) once, and those bands (value of {@code near-probes-by-band}, key
 * the article id). An article sends at most min(bands, partitions) probes.
 *
 * @param ref       the intake record the article came from
 * @param partition the partition of {@code near-probes-by-band} this probe goes to
 * @param candidate the article as the band stores remember it
 * @param bands     its bands whose keys hash to {@code partition}, at least one
 */
public record NearProbe(IntakeRef ref, int partition, NearCandidate candidate, List<NearBand> bands) {
    /**
     * Sends each probe to the partition it names. The topic has exactly {@code topic.partitions}
     * partitions (Kafka Streams checks an existing repartition topic's count at startup and refuses
     * to run with another), so the modulo changes nothing there; it only folds the partitions
     * together under {@code TopologyTestDriver}, whose topics have one partition each.
     */
    static final StreamPartitioner<String, NearProbe> PARTITIONER = new StreamPartitioner<>() {
        @Override
        public Optional<Set<Integer>> partitions(final String topic, final String key, final NearProbe probe,
                                                 final Headers headers, final int partitions) {
            return Optional.of(Set.of(probe.partition() % partitions));
        }

        /** Kafka Streams calls the variant with headers; this one must exist until Kafka removes it. */
        @Override
        @SuppressWarnings("removal")
        public Optional<Set<Integer>> partitions(final String topic, final String key, final NearProbe probe,
                                                 final int partitions) {
            return partitions(topic, key, probe, null, partitions);
        }
    };

    public NearProbe {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(candidate, "candidate");
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        if (partition < 0) {
            throw new IllegalArgumentException("partition " + partition + " is negative");
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a probe needs at least one band");
        }
    }

    /** The probed article's id. */
    public String id() {
        return candidate.id();
    }

    /** Bit {@code i} set for each band {@code i} this probe carries. */
    public long bandMask() {
        long mask = 0L;
        for (final NearBand band : bands) {
            mask |= 1L << band.index();
        }
        return mask;
    }
}
