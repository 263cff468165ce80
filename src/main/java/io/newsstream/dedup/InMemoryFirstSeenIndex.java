package io.newsstream.dedup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A {@link FirstSeenIndex} in memory for batch mode: one record per fingerprint and event time,
 * like the topology's window store. Nothing expires; a batch run holds all its fingerprints.
 * Not thread-safe.
 */
public final class InMemoryFirstSeenIndex implements FirstSeenIndex {
    private final Map<String, NavigableMap<Instant, FirstSeen>> byFingerprint = new HashMap<>();

    @Override
    public List<FirstSeen> firstSeenBetween(final String fingerprint, final Instant from, final Instant to) {
        final NavigableMap<Instant, FirstSeen> seen = byFingerprint.get(fingerprint);
        if (seen == null || from.isAfter(to)) {
            return List.of();
        }
        return List.copyOf(seen.subMap(from, true, to, true).values());
    }

    @Override
    public void remember(final String fingerprint, final FirstSeen firstSeen) {
        byFingerprint.computeIfAbsent(fingerprint, key -> new TreeMap<>()).put(firstSeen.eventTime(), firstSeen);
    }

    /** Number of fingerprints remembered. */
    public int size() {
        return byFingerprint.size();
    }
}
