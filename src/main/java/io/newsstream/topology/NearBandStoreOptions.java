package io.newsstream.topology;

import io.newsstream.dedup.near.NearDupSettings;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB settings for the LSH band store's segments: a prefix bloom filter on the band key, so
 * looking up a band key that no remembered article has (nearly every lookup: each article looks up
 * all its bands) skips the memtables and files instead of seeking in each of them.
 *
 * <p>A band-store row is keyed by the band key, then the event time and a sequence number
 * (Kafka Streams' window-store layout), and every lookup is a range of one band key's rows. The
 * prefix is as long as the shortest band key ({@code "0:"} and four hex digits a row, passed to the
 * setter in the Streams property {@value #PREFIX_PROPERTY}), so it never reaches into the event time. Longer
 * band keys ({@code "10:..."}) share a prefix with at most 15 others, which only weakens the filter.
 *
 * <p>Every other store keeps Kafka Streams' defaults. Set by {@link #addTo} unless the user set
 * {@code kafka.rocksdb.config.setter}, which then replaces it (the band store still works, slower).
 */
public final class NearBandStoreOptions implements RocksDBConfigSetter {
    /** The Streams property carrying the prefix length (bytes) to the setter, which Streams builds itself. */
    static final String PREFIX_PROPERTY = "newsstream.near.band.prefix.bytes";
    /** The memtable's prefix bloom filter takes this share of the write buffer (16 MB by default): 2 %. */
    static final double MEMTABLE_BLOOM_RATIO = 0.02;

    /** Sets this class as Streams' RocksDB config setter, with the prefix length for {@code settings}. */
    static void addTo(final Properties props, final NearDupSettings settings) {
        if (props.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, NearBandStoreOptions.class.getName()) == null) {
            props.put(PREFIX_PROPERTY, String.valueOf(prefixBytes(settings.rows())));
        }
    }

    /** The length of the shortest band key: {@code "<band>:"} with a one-digit band, four hex digits a row. */
    static int prefixBytes(final int rows) {
        return 2 + 4 * rows;
    }

    /** Whether {@code storeName} is a segment of the band store (Streams names them {@code <store>.<segment id>}). */
    static boolean isBandStore(final String storeName) {
        return storeName.startsWith(NewsTopology.NEAR_BAND_STORE + ".");
    }

    @Override
    public void setConfig(final String storeName, final Options options, final Map<String, Object> configs) {
        final Object prefix = configs.get(PREFIX_PROPERTY);
        if (prefix == null || !isBandStore(storeName)) {
            return;
        }
        options.useCappedPrefixExtractor(Integer.parseInt(prefix.toString()));
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
    }

    @Override
    public void close(final String storeName, final Options options) {
        // nothing allocated here: the prefix extractor belongs to the options
    }
}
