package io.newsstream.bench;

import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.dedup.near.NearFingerprint;
import io.newsstream.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many remembered articles a new article's LSH bands bring up for verification (its candidates),
 * as the number of remembered articles grows: each candidate costs the band processor a signature
 * read and a comparison, so this is what makes the near-dup stage slower as its stores fill. Two
 * loads: (1) the labelled set's texts (real texts) under several band layouts: how many
 * variant-original pairs share a band (must be all) and how many pairs of different stories do,
 * (2) the harness's generated load with the default settings, at growing sizes. And, to calibrate
 * that load ({@link ArticleGenerator#REWORD}), how much text unrelated articles of one language
 * share: exact Jaccard similarity of their 3-word shingle sets, for the hand-written articles the
 * load's sentences come from (labelled-set originals and tagging eval set, real text) and for the
 * generated new articles at several reword shares. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.newsstream.bench.NearCandidateGrowth 20000}.
 */
public final class NearCandidateGrowth {
    private NearCandidateGrowth() {
    }

    public static void main(final String[] args) {
        final int generated = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        final NearDupFingerprinter fingerprinter = new NearDupFingerprinter(NearDupSettings.DEFAULTS);

        final List<LabelledSet.Item> items = LabelledSet.load();
        for (final int[] lsh : new int[][] {{20, 2}, {16, 3}, {32, 3}, {24, 4}, {32, 4}, {64, 2}}) {
            final NearDupSettings d = NearDupSettings.DEFAULTS;
            final NearDupFingerprinter sweep = new NearDupFingerprinter(new NearDupSettings(d.shingleSize(),
                    Math.max(d.components(), lsh[0] * lsh[1]), lsh[0], lsh[1], d.jaccardThreshold(),
                    d.containmentThreshold(), d.minCoverage(), d.minShingles()));
            labelledSetPairs(items, sweep, lsh);
        }

        System.out.printf(Locale.ROOT, "unrelated pairs of one language, %-26s %s%n", "hand-written articles:",
                ShingleOverlap.of(ArticleGenerator.handWrittenArticles()));
        for (final double reword : new double[] {0, 0.3, 0.4, ArticleGenerator.REWORD, 0.6}) {
            System.out.printf(Locale.ROOT, "unrelated pairs of one language, %-26s %s%n",
                    String.format(Locale.ROOT, "generated, reword %.2f:", reword),
                    ShingleOverlap.of(ArticleGenerator.newArticles(42, reword, 900)));
        }

        final ArticleGenerator generator = new ArticleGenerator(42, 0.05, 0.05);
        final Map<String, List<Integer>> index = new HashMap<>();
        long candidates = 0;
        int fingerprinted = 0;
        int reportAt = 1000;
        for (int n = 0; n < generated; n++) {
            final Optional<NearFingerprint> fingerprint = fingerprinter.fingerprint(textOf(generator.next()));
            if (fingerprint.isEmpty()) {
                continue;
            }
            final Set<Integer> found = new HashSet<>();
            final List<String> bandKeys = fingerprinter.bandKeys(fingerprint.get());
            for (final String key : bandKeys) {
                found.addAll(index.getOrDefault(key, List.of()));
            }
            candidates += found.size();
            for (final String key : bandKeys) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(fingerprinted);
            }
            fingerprinted++;
            if (fingerprinted == reportAt) {
                System.out.printf(Locale.ROOT, "generated load: %6d remembered, %.1f candidates per article on average%n",
                        fingerprinted, (double) candidates / fingerprinted);
                reportAt *= 2;
            }
        }
        System.out.printf(Locale.ROOT, "generated load: %6d remembered, %.1f candidates per article on average%n",
                fingerprinted, (double) candidates / fingerprinted);
    }

    /**
     * Pairs of the labelled set that share a band key: variant and its original (should all), and
     * texts of different stories, with and without the hard negatives (same event, follow-up,
     * translation, live update), which are similar to their story on purpose.
     */
    private static void labelledSetPairs(final List<LabelledSet.Item> items, final NearDupFingerprinter fingerprinter,
                                         final int[] lsh) {
        final List<Set<String>> keys = new ArrayList<>();
        final List<LabelledSet.Item> fingerprinted = new ArrayList<>();
        for (final LabelledSet.Item item : items) {
            fingerprinter.fingerprint(textOf(item.input())).ifPresent(fingerprint -> {
                keys.add(new HashSet<>(fingerprinter.bandKeys(fingerprint)));
                fingerprinted.add(item);
            });
        }
        long variantPairs = 0;
        long variantFound = 0;
        final long[] otherPairs = new long[2]; // [0] all, [1] without hard negatives
        final long[] otherFound = new long[2];
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < i; j++) {
                final LabelledSet.Item x = fingerprinted.get(i);
                final LabelledSet.Item y = fingerprinted.get(j);
                final boolean shared = keys.get(j).stream().anyMatch(keys.get(i)::contains);
                if (y.id().equals(x.duplicateOf()) || x.id().equals(y.duplicateOf())) {
                    variantPairs++;
                    variantFound += shared ? 1 : 0;
                } else if (!story(x).equals(story(y))) {
                    final int kinds = x.negativeKind() == null && y.negativeKind() == null ? 2 : 1;
                    for (int k = 0; k < kinds; k++) {
                        otherPairs[k]++;
                        otherFound[k] += shared ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "labelled set, %2d bands x %d rows: variant-original pairs sharing a band %d/%d;"
                        + " different stories %d/%d, without hard negatives %d/%d (%.5f: %.0f candidates per new article"
                        + " at 10.5 M retained)%n", lsh[0], lsh[1], variantFound, variantPairs, otherFound[0], otherPairs[0],
                otherFound[1], otherPairs[1], (double) otherFound[1] / otherPairs[1],
                (double) otherFound[1] / otherPairs[1] * 10_500_000);
    }

    private static String story(final LabelledSet.Item item) {
        return item.duplicateOf() != null ? item.duplicateOf() : item.id();
    }

    private static String textOf(final byte[] input) {
        try {
            return Json.mapper().readTree(input).path("text").asText(""); // html-only variants are left out
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
