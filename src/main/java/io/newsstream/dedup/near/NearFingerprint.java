package io.newsstream.dedup.near;

import java.util.Arrays;
import java.util.Objects;

/**
 * What near-duplicate detection keeps of a text: a SuperMinHash signature of its word shingles
 * and the number of distinct shingles (to turn a Jaccard estimate into containment).
 *
 * @param signature the signature bytes ({@link NearDupFingerprinter#signatureBytes()} long)
 * @param shingles  distinct shingles in the text, at least 1
 */
public record NearFingerprint(byte[] signature, int shingles) {
    public NearFingerprint {
        Objects.requireNonNull(signature, "signature");
        if (shingles < 1) {
            throw new IllegalArgumentException("a fingerprint needs at least one shingle, got " + shingles);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    byte[] signatureUnsafe() {
        return signature;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof NearFingerprint that && shingles == that.shingles
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "NearFingerprint[" + signature.length + " bytes, " + shingles + " shingles]";
    }
}
