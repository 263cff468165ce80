package io.newsstream.dedup.near;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fingerprints texts for near-duplicate detection and compares fingerprints: canonical words
 * ({@link TextCanonicalizer}), distinct word shingles hashed with komihash 5.0, a SuperMinHash
 * signature of 16-bit components (hash4j), and LSH band keys over its first {@code bands * rows}
 * components. Thread-safe: hashers are made per call.
 */
public final class NearDupFingerprinter {
    private static final int COMPONENT_BITS = 16;
    private static final Hasher64 WORD_HASH = Hashing.komihash5_0();
    private static final Hasher64 SHINGLE_HASH = Hashing.komihash5_0(0x6e65617264757073L);

    private final NearDupSettings settings;
    private final SimilarityHashPolicy policy;

    public NearDupFingerprinter(final NearDupSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = SimilarityHashing.superMinHash(settings.components(), COMPONENT_BITS, SuperMinHashVersion.V1);
    }

    public NearDupSettings settings() {
        return settings;
    }

    /** The fingerprint, or empty when the text has fewer than {@code min.shingles} distinct shingles. */
    public Optional<NearFingerprint> fingerprint(final String text) {
        final long[] shingles = shingleHashes(TextCanonicalizer.words(text), settings.shingleSize());
        if (shingles.length < settings.minShingles()) {
            return Optional.empty();
        }
        final byte[] signature = policy.createHasher().compute(ElementHashProvider.ofValues(shingles));
        return Optional.of(new NearFingerprint(signature, shingles.length));
    }

    /** Size of a signature in bytes. */
    public int signatureBytes() {
        return policy.getSignatureSizeInBytes();
    }

    /** Similarity of {@code newcomer} to {@code earlier}. */
    public Similarity similarity(final NearFingerprint newcomer, final NearFingerprint earlier) {
        final double jaccard = policy.getFractionOfEqualComponents(newcomer.signatureUnsafe(), earlier.signatureUnsafe());
        return Similarity.of(jaccard, newcomer.shingles(), earlier.shingles());
    }

    /**
     * The verdict rule: a newcomer copies an earlier article when their Jaccard similarity reaches
     * {@code jaccard}, or when nearly all of the newcomer is in the earlier article
     * ({@code containment}) and it repeats a substantial share of it ({@code min.coverage}: a teaser
     * of half the text). Directional on purpose: a later article that adds much new text (a live
     * blog's next update) is not a copy of the earlier one, while a shortened one is.
     */
    public boolean isCopy(final Similarity similarity) {
        return similarity.jaccard() >= settings.jaccardThreshold()
                || similarity.containment() >= settings.containmentThreshold()
                && similarity.coverage() >= settings.minCoverage();
    }

    /**
     * The LSH band keys: {@code "<band>:<hex of its rows' components>"}. Two texts of Jaccard J
     * share at least one with probability 1 - (1 - J^rows)^bands.
     */
    public List<String> bandKeys(final NearFingerprint fingerprint) {
        final byte[] signature = fingerprint.signatureUnsafe();
        final List<String> keys = new ArrayList<>(settings.bands());
        final StringBuilder key = new StringBuilder(8 + settings.rows() * 4);
        for (int band = 0; band < settings.bands(); band++) {
            key.setLength(0);
            key.append(band).append(':');
            for (int row = 0; row < settings.rows(); row++) {
                final long component = policy.getComponent(signature, band * settings.rows() + row);
                final String hex = Long.toHexString(component);
                key.append("0000", 0, 4 - hex.length()).append(hex);
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** Distinct hashes of the {@code k}-word shingles, sorted; one shingle of all words for shorter texts. */
    static long[] shingleHashes(final List<String> words, final int k) {
        if (words.isEmpty()) {
            return new long[0];
        }
        final long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = WORD_HASH.hashCharsToLong(words.get(i));
        }
        final int width = Math.min(k, wordHashes.length);
        final long[] shingles = new long[wordHashes.length - width + 1];
        final HashStream64 stream = SHINGLE_HASH.hashStream();
        for (int start = 0; start < shingles.length; start++) {
            stream.reset();
            for (int i = start; i < start + width; i++) {
                stream.putLong(wordHashes[i]);
            }
            shingles[start] = stream.getAsLong();
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }
}
