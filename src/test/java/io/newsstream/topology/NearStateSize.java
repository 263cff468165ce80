package io.newsstream.topology;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.json.Json;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.topology.serde.NearSerdes;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Bytes the near-duplicate stage keeps per retained article, from the real serdes over the
 * labelled set's texts (ids padded to 24 characters, like generated ids): band store entries and
 * signature store entries, as RocksDB window-store rows (key + 8-byte timestamp + 4-byte sequence
 * number, value), before compression. Not a test: prints a table for {@code docs/benchmarks.md}.
 * Run: {@code java -cp <test classpath> io.newsstream.topology.NearStateSize [partitions ...]}.
 */
public final class NearStateSize {
    private static final int WINDOW_KEY_OVERHEAD = 8 + 4;
    private static final double ARTICLES_PER_WEEK = 1_500_000.0 * 7;

    private NearStateSize() {
    }

    public static void main(final String[] args) throws Exception {
        final NearDupFingerprinter fingerprinter =
                new NearDupFingerprinter(NearDupSettings.fromConfig(NewsstreamConfig.defaults()));
        final Instant t = Instant.parse("2026-01-01T00:00:00Z");
        final int[] partitionCounts = args.length == 0 ? new int[] {1, 3, 6, 12} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "bands %d, rows %d, signature %d bytes%n", fingerprinter.settings().bands(),
                fingerprinter.settings().rows(), fingerprinter.signatureBytes());
        System.out.println("partitions | articles | band rows B | signature row B | signature copies | B/article | GB/week");
        for (final int partitions : partitionCounts) {
            long articles = 0;
            long bandBytes = 0;
            long signatureRowBytes = 0;
            long copies = 0;
            for (final LabelledSet.Item item : LabelledSet.load()) {
                final var input = Json.mapper().readTree(item.input());
                final String text = (input.has("text") ? input.get("text") : input.get("html")).asText();
                final String id = String.format(Locale.ROOT, "%-24s", item.id()).replace(' ', '0');
                final NearFingerprinted f = NearFingerprinted.of(new PendingArticle(
                        new NormalizedArticle(id, null, null, null, text, "en", t, "h"), t),
                        new IntakeRef(0, 0), fingerprinter, partitions);
                if (f.probes().isEmpty()) {
                    continue;
                }
                articles++;
                for (final NearProbe probe : f.probes()) {
                    for (final NearBand band : probe.bands()) {
                        bandBytes += Serdes.String().serializer().serialize("t", band.key()).length
                                + WINDOW_KEY_OVERHEAD + Serdes.Long().serializer().serialize("t", 0L).length;
                    }
                }
                signatureRowBytes += 8 + WINDOW_KEY_OVERHEAD
                        + NearSerdes.NEAR_REMEMBERED.serializer().serialize("t",
                                new NearRemembered(f.probes().get(0).ref(), f.probes().get(0).candidate())).length;
                copies += f.probes().size();
            }
            final double band = (double) bandBytes / articles;
            final double signature = (double) signatureRowBytes / articles;
            final double perArticle = band + signature * copies / articles;
            System.out.printf(Locale.ROOT, "%d | %d | %.1f | %.1f | %.3f | %.0f | %.1f%n", partitions, articles, band,
                    signature, (double) copies / articles, perArticle, perArticle * ARTICLES_PER_WEEK / 1e9);
        }
    }
}
