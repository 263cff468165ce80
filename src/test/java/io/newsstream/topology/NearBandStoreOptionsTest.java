package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.dedup.near.NearDupSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;

class NearBandStoreOptionsTest {
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration KEPT = Duration.ofDays(8);
    private static final long T0 = 1_764_000_000_000L;

    @TempDir
    Path stateDir;

    @Test
    void theDefaultsSetThePrefixOfTheShortestBandKey() {
        final Properties props = NewsTopology.streamsProperties(NewsstreamConfig.defaults());
        assertThat(props)
                .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, NearBandStoreOptions.class.getName())
                .containsEntry(NearBandStoreOptions.PREFIX_PROPERTY, "10");
    }

    @Test
    void aUsersSetterReplacesItAndNearDupOffLeavesRocksDbAlone() {
        final Properties users = NewsTopology.streamsProperties(NewsstreamConfig.defaults()
                .with("kafka.rocksdb.config.setter", "com.example.Tuning"));
        assertThat(users).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "com.example.Tuning")
                .doesNotContainKey(NearBandStoreOptions.PREFIX_PROPERTY);
        final Properties off = NewsTopology.streamsProperties(NewsstreamConfig.defaults()
                .with("dedup.near.enabled", "false"));
        assertThat(off).doesNotContainKeys(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                NearBandStoreOptions.PREFIX_PROPERTY);
    }

    @Test
    void thePrefixIsTheShortestBandKeyTheFingerprinterMakes() {
        final String text = String.join(" ", words(400, new Random(7)));
        for (int rows = 1; rows <= 4; rows++) {
            final NearDupFingerprinter fingerprinter = new NearDupFingerprinter(
                    new NearDupSettings(3, 128, 20, rows, 0.75, 0.80, 0.45, 20));
            final List<String> keys = fingerprinter.bandKeys(fingerprinter.fingerprint(text).orElseThrow());
            assertThat(keys.stream().mapToInt(String::length).min().orElseThrow())
                    .as("rows=%d", rows).isEqualTo(NearBandStoreOptions.prefixBytes(rows));
        }
    }

    @Test
    void onlyTheBandStoresSegmentsGetThePrefixFilter() {
        final Map<String, Object> configs = Map.of(NearBandStoreOptions.PREFIX_PROPERTY, "10");
        final NearBandStoreOptions setter = new NearBandStoreOptions();
        try (Options band = new Options(); Options exact = new Options(); Options verdicts = new Options()) {
            setter.setConfig(NewsTopology.NEAR_BAND_STORE + ".1764000000000", band, configs);
            setter.setConfig(NewsTopology.SAME_URL_STORE + ".1764000000000", exact, configs);
            setter.setConfig(NewsTopology.NEAR_VERDICT_STORE, verdicts, configs);
            assertThat(band.memtablePrefixBloomSizeRatio()).isEqualTo(NearBandStoreOptions.MEMTABLE_BLOOM_RATIO);
            assertThat(exact.memtablePrefixBloomSizeRatio()).isZero();
            assertThat(verdicts.memtablePrefixBloomSizeRatio()).isZero();
        }
    }

    /**
     * The band store with the setter, on real RocksDB: rows in flushed files and in the memtable,
     * band keys that share the 10-byte prefix ({@code "10:abcdef1" + one more digit}), and absent
     * keys. Every lookup must return exactly the rows put under its key within the range.
     */
    @Test
    void lookupsFindEveryRowUnderTheirKeyAndNothingElse() throws IOException {
        final Random random = new Random(42);
        final List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            keys.add(random.nextInt(20) + ":" + String.format("%08x", random.nextInt()));
        }
        for (final char last : "0123456789abcdef".toCharArray()) {
            keys.add("10:abcdef1" + last); // one prefix, sixteen keys
            keys.add("3:abcdef1" + last); // one-digit band: ten bytes include the last digit
        }
        final Map<String, List<Long>> put = new HashMap<>();
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "band-options-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        NearBandStoreOptions.addTo(props, NearDupSettings.DEFAULTS);
        final MockProcessorContext<String, Long> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        final WindowStore<String, Long> store = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(NewsTopology.NEAR_BAND_STORE, KEPT, RETENTION, true),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        try {
            store.init(context.getStateStoreContext(), store);
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 0; i < keys.size(); i++) {
                    if (i % 4 == 3 || (i + batch) % 2 == 1) { // a quarter of the keys never, the rest every other batch
                        continue;
                    }
                    final long time = T0 + Duration.ofHours(6).toMillis() * batch + i;
                    store.put(keys.get(i), time, time);
                    put.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(time);
                }
                if (batch < 3) {
                    store.commit(Map.of()); // the first three batches to files, the last stays in the memtable
                }
            }
            final long to = T0 + Duration.ofDays(1).toMillis();
            int found = 0;
            for (final String key : keys) {
                final List<Long> rows = new ArrayList<>();
                try (WindowStoreIterator<Long> it = store.fetch(key, to - RETENTION.toMillis(), to)) {
                    it.forEachRemaining(row -> rows.add(row.value));
                }
                assertThat(rows).as(key).containsExactlyElementsOf(
                        put.getOrDefault(key, List.of()).stream().sorted().toList());
                found += rows.size();
            }
            assertThat(found).as("rows found").isEqualTo(put.values().stream().mapToInt(List::size).sum())
                    .isGreaterThan(4_000);
            assertThat(keys).as("absent keys looked up").anyMatch(key -> !put.containsKey(key));
        } finally {
            store.close();
        }
        assertThat(rocksDbOptionsFiles()).as("the segments' RocksDB OPTIONS files").isNotEmpty()
                .allSatisfy(options -> assertThat(Files.readString(options))
                        .contains("prefix_extractor=rocksdb.CappedPrefix.10"));
    }

    /** The OPTIONS files RocksDB wrote for the band store's segments (one directory per segment). */
    private List<Path> rocksDbOptionsFiles() throws IOException {
        try (Stream<Path> files = Files.walk(stateDir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("OPTIONS-"))
                    .filter(file -> file.getParent().getFileName().toString().startsWith(NewsTopology.NEAR_BAND_STORE + "."))
                    .toList();
        }
    }

    private static List<String> words(final int count, final Random random) {
        final List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add("w" + Integer.toString(random.nextInt(5_000), 36));
        }
        return words;
    }
}
