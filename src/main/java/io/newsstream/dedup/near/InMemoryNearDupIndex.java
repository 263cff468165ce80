package io.newsstream.dedup.near;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NearDupIndex} in memory for batch mode. Nothing expires; a batch run holds all its
 * fingerprints. Not thread-safe.
 */
public final class InMemoryNearDupIndex implements NearDupIndex {
    private final Map<String, List<NearCandidate>> byBand = new HashMap<>();

    @Override
    public List<NearCandidate> candidates(final String bandKey, final Instant from, final Instant to) {
        final List<NearCandidate> remembered = byBand.get(bandKey);
        if (remembered == null) {
            return List.of();
        }
        return remembered.stream()
                .filter(c -> !c.eventTime().isBefore(from) && !c.eventTime().isAfter(to))
                .toList();
    }

    @Override
    public void remember(final String bandKey, final NearCandidate candidate) {
        byBand.computeIfAbsent(bandKey, key -> new ArrayList<>(1)).add(candidate);
    }

    /** Number of band keys with at least one article. */
    public int bandKeys() {
        return byBand.size();
    }
}
