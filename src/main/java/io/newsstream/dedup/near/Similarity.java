package io.newsstream.dedup.near;

/**
 * How much a newcomer shares with an earlier article, estimated from their signatures.
 *
 * @param jaccard     |N ∩ E| / |N ∪ E|
 * @param containment |N ∩ E| / |N|: the share of the newcomer's shingles found in the earlier article
 * @param coverage    |N ∩ E| / |E|: the share of the earlier article the newcomer repeats
 */
public record Similarity(double jaccard, double containment, double coverage) {

    /**
     * From a Jaccard estimate and the two set sizes: |N ∩ E| = J (|N| + |E|) / (1 + J), capped by the
     * smaller set (the estimate is noisy).
     */
    public static Similarity of(final double jaccard, final int newcomerShingles, final int earlierShingles) {
        final double intersection = Math.min(
                jaccard * (newcomerShingles + earlierShingles) / (1.0 + jaccard),
                Math.min(newcomerShingles, earlierShingles));
        return new Similarity(jaccard, intersection / newcomerShingles, intersection / earlierShingles);
    }
}
