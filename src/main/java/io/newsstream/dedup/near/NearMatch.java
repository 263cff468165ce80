package io.newsstream.dedup.near;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * An earlier article a newcomer was confirmed to copy.
 *
 * @param id         the earlier article's id
 * @param eventTime  its event time
 * @param similarity the newcomer's containment in it: the share of the newcomer's shingles found there
 */
public record NearMatch(String id, Instant eventTime, double similarity) {

    /** Earliest event time first, then id: every partition and replay picks the same original. */
    public static final Comparator<NearMatch> EARLIEST_FIRST =
            Comparator.comparing(NearMatch::eventTime).thenComparing(NearMatch::id);

    public NearMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventTime, "eventTime");
    }

    /** The original a newcomer is reported as a copy of, among all confirmed matches. */
    public static Optional<NearMatch> original(final Collection<NearMatch> matches) {
        return matches.stream().min(EARLIEST_FIRST);
    }
}
