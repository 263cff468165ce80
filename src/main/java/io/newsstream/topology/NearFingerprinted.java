package io.newsstream.topology;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.pipeline.EventTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article with its near-duplicate fingerprint, split into what goes where: the article to the
 * verdict step, and one probe per partition of {@code near-probes-by-band} that holds any of its
 * band keys.
 *
 * @param article the article and how many bands it probed (0 when the text is too short)
 * @param probes  its probes, at most min(bands, partitions), in partition order; empty for a
 *                text too short to fingerprint
 */
record NearFingerprinted(NearArticle article, List<NearProbe> probes) {
    /** komihash 5.0 of the band key: a published algorithm, the same on every JVM and release. */
    private static final Hasher64 BAND_KEY_HASH = Hashing.komihash5_0();

    NearFingerprinted {
        Objects.requireNonNull(article, "article");
        probes = List.copyOf(Objects.requireNonNull(probes, "probes"));
    }

    static NearFingerprinted of(final PendingArticle pending, final IntakeRef ref,
                                final NearDupFingerprinter fingerprinter, final int partitions) {
        final var fingerprint = fingerprinter.fingerprint(pending.article().text());
        if (fingerprint.isEmpty()) {
            return new NearFingerprinted(new NearArticle(ref, 0, pending), List.of());
        }
        final NearCandidate candidate = new NearCandidate(pending.article().id(),
                EventTime.of(pending.article(), pending.ingestedAt()), fingerprint.get());
        final List<String> bandKeys = fingerprinter.bandKeys(candidate.fingerprint());
        final TreeMap<Integer, List<NearBand>> byPartition = new TreeMap<>();
        for (int band = 0; band < bandKeys.size(); band++) {
            final String key = bandKeys.get(band);
            byPartition.computeIfAbsent(partitionOf(key, partitions), p -> new ArrayList<>()).add(new NearBand(band, key));
        }
        final List<NearProbe> probes = new ArrayList<>(byPartition.size());
        byPartition.forEach((partition, bands) -> probes.add(new NearProbe(ref, partition, candidate, bands)));
        return new NearFingerprinted(new NearArticle(ref, bandKeys.size(), pending), probes);
    }

    /** The partition of {@code near-probes-by-band} whose band store holds {@code bandKey}. */
    static int partitionOf(final String bandKey, final int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, got " + partitions);
        }
        return (int) Math.floorMod(BAND_KEY_HASH.hashCharsToLong(bandKey), (long) partitions);
    }
}
