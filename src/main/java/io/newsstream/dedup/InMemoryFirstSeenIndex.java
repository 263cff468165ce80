package io.newsstream.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link FirstSeenIndex} in memory for batch mode that forgets exactly as the topology's window
 * store does: one record per fingerprint and event time; "stream time" is the latest event time
 * remembered; records at or before stream time minus what it keeps (retention + grace,
 * {@link DedupRetention#kept()}) are neither found nor kept. So an out-of-order input far behind
 * the newest one is judged the same way in both modes: up to the grace behind, it is compared with
 * everything within the retention of its own event time; further behind, with less.
 * Not thread-safe.
 */
public final class InMemoryFirstSeenIndex implements FirstSeenIndex {
    private final Duration kept;
    private final Map<String, NavigableMap<Instant, FirstSeen>> byFingerprint = new HashMap<>();
    private Instant streamTime;

    /** @param kept how far behind stream time records are still kept ({@link DedupRetention#kept()}) */
    public InMemoryFirstSeenIndex(final Duration kept) {
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    @Override
    public List<FirstSeen> firstSeenBetween(final String fingerprint, final Instant from, final Instant to) {
        final NavigableMap<Instant, FirstSeen> seen = byFingerprint.get(fingerprint);
        final Instant earliestKept = earliestKept();
        final Instant actualFrom = earliestKept != null && earliestKept.isAfter(from) ? earliestKept : from;
        if (seen == null || actualFrom.isAfter(to)) {
            return List.of();
        }
        return List.copyOf(seen.subMap(actualFrom, true, to, true).values());
    }

    @Override
    public void remember(final String fingerprint, final FirstSeen firstSeen) {
        final Instant earliestKept = earliestKept();
        if (earliestKept != null && firstSeen.eventTime().isBefore(earliestKept)) {
            return;
        }
        if (streamTime == null || firstSeen.eventTime().isAfter(streamTime)) {
            streamTime = firstSeen.eventTime();
        }
        byFingerprint.computeIfAbsent(fingerprint, key -> new TreeMap<>()).put(firstSeen.eventTime(), firstSeen);
    }

    /** Number of fingerprints remembered (expired records are not removed, only no longer found). */
    public int size() {
        return byFingerprint.size();
    }

    private Instant earliestKept() {
        return streamTime == null ? null : streamTime.minus(kept).plusMillis(1);
    }
}
