package io.newsstream.topology;

import io.newsstream.dedup.near.NearCandidate;

/**
 * One band of one article, sent to the partition of its band key (value of {@code near-probes-by-band}).
 *
 * @param band      the band's index in [0, bands)
 * @param bands     how many bands the article has: the resolver waits for that many answers
 * @param candidate the article as the band store remembers it (id, event time, fingerprint); null
 *                  for the single empty probe of a text too short to fingerprint
 * @param pending   the article itself, carried by band 0 only (null otherwise) to the resolver
 */
public record NearProbe(int band, int bands, NearCandidate candidate, PendingArticle pending) {
    public NearProbe {
        if (candidate == null && pending == null) {
            throw new IllegalArgumentException("an empty probe must carry its article");
        }
        if (band < 0 || band >= bands) {
            throw new IllegalArgumentException("band " + band + " out of [0, " + bands + ")");
        }
    }

    /** The probed article's id. */
    public String id() {
        return candidate != null ? candidate.id() : pending.article().id();
    }
}
