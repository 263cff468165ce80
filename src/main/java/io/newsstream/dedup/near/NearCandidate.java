package io.newsstream.dedup.near;

import java.time.Instant;
import java.util.Objects;

/**
 * An article remembered under its band keys, for later articles to be compared with.
 *
 * @param id          the article's id
 * @param eventTime   its event time (publication time, else arrival)
 * @param fingerprint its near-duplicate fingerprint
 */
public record NearCandidate(String id, Instant eventTime, NearFingerprint fingerprint) {
    public NearCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
