package io.newsstream.topology;

import io.newsstream.dedup.FirstSeen;
import io.newsstream.dedup.FirstSeenIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** A {@link FirstSeenIndex} over a window store: fingerprint → first-seen record at its event time. */
final class WindowStoreFirstSeenIndex implements FirstSeenIndex {
    private final WindowStore<String, FirstSeen> store;

    WindowStoreFirstSeenIndex(final WindowStore<String, FirstSeen> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<FirstSeen> firstSeenBetween(final String fingerprint, final Instant from, final Instant to) {
        final List<FirstSeen> found = new ArrayList<>(1);
        try (WindowStoreIterator<FirstSeen> seen = store.fetch(fingerprint, from, to)) {
            seen.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    @Override
    public void remember(final String fingerprint, final FirstSeen firstSeen) {
        store.put(fingerprint, firstSeen, firstSeen.eventTime().toEpochMilli());
    }
}
