package io.newsstream.topology;

import java.util.Objects;

/**
 * One LSH band of an article: its index and key.
 *
 * @param index the band's index in [0, bands)
 * @param key   the band key {@code <band>:<hex>}
 */
public record NearBand(int index, String key) {
    public NearBand {
        Objects.requireNonNull(key, "key");
        if (index < 0) {
            throw new IllegalArgumentException("band index " + index + " is negative");
        }
    }
}
