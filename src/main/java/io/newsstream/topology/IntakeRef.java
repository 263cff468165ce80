package io.newsstream.topology;

/**
 * Which intake record an article in the near-duplicate stage came from: the partition and offset
 * of the record the stage read (on {@code articles-by-content}). Unique per record, so two
 * different articles that share an id never merge while their verdicts are gathered.
 *
 * @param partition the record's partition
 * @param offset    the record's offset
 */
public record IntakeRef(int partition, long offset) {
    public IntakeRef {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("no such record: partition " + partition + ", offset " + offset);
        }
    }

    /** {@code <partition>:<offset>}. */
    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}
