package io.newsstream.topology;

import io.newsstream.dedup.near.NearDupFingerprinter;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Fingerprints each article and groups its band keys by the partition of
 * {@code near-probes-by-band} that owns them; tags it with the partition and offset of the record
 * it was read from ({@link IntakeRef}), so its answers find it again even if another article with
 * the same id is in flight.
 */
final class NearFingerprintProcessor implements FixedKeyProcessor<String, PendingArticle, NearFingerprinted> {
    private final NearDupFingerprinter fingerprinter;
    private final int partitions;
    private FixedKeyProcessorContext<String, NearFingerprinted> context;

    NearFingerprintProcessor(final NearDupFingerprinter fingerprinter, final int partitions) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, got " + partitions);
        }
        this.partitions = partitions;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, NearFingerprinted> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, PendingArticle> record) {
        final RecordMetadata source = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("near-dup stage needs the record's partition and offset"));
        final IntakeRef ref = new IntakeRef(source.partition(), source.offset());
        context.forward(record.withValue(NearFingerprinted.of(record.value(), ref, fingerprinter, partitions)));
    }
}
