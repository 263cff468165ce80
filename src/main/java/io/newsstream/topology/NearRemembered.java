package io.newsstream.topology;

import io.newsstream.dedup.near.NearCandidate;
import java.util.Objects;

/**
 * An article a band partition remembers (value of the {@code dedup-near-signatures} store): its
 * signature for verifying later articles against it, and the intake record it came from, so an
 * earlier original that arrives after it can still reach its verdict ({@link NearLateOriginal}).
 *
 * @param ref       the intake record the article came from
 * @param candidate its id, event time and fingerprint
 */
public record NearRemembered(IntakeRef ref, NearCandidate candidate) {
    public NearRemembered {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(candidate, "candidate");
    }
}
