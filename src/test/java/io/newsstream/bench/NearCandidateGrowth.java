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
 * loads: (1) the labelled set's texts, pairs of different stories only (real texts; gives the share
 * of unrelated pairs that become candidates, to extrapolate), (2) the harness's generated load, at
 * growing sizes. Default settings. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.newsstream.bench.NearCandidateGrowth 20000}.
 */
public final class NearCandidateGrowth {
    private NearCandidateGrowth() {
    }

    public static void main(final String[] args) {
        final int generated = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        final NearDupFingerprinter fingerprinter = new NearDupFingerprinter(NearDupSettings.DEFAULTS);

        final List<LabelledSet.Item> items = LabelledSet.load();
        final List<List<String>> keys = new ArrayList<>();
        final List<String> stories = new ArrayList<>();
        for (final LabelledSet.Item item : items) {
            final Optional<NearFingerprint> fingerprint = fingerprinter.fingerprint(textOf(item.input()));
            if (fingerprint.isPresent()) {
                keys.add(fingerprinter.bandKeys(fingerprint.get()));
                stories.add(item.duplicateOf() != null ? item.duplicateOf() : item.id());
            }
        }
        long unrelatedPairs = 0;
        long unrelatedCandidates = 0;
        for (int i = 0; i < keys.size(); i++) {
            final Set<String> mine = new HashSet<>(keys.get(i));
            for (int j = 0; j < i; j++) {
                if (stories.get(i).equals(stories.get(j))) {
                    continue;
                }
                unrelatedPairs++;
                if (keys.get(j).stream().anyMatch(mine::contains)) {
                    unrelatedCandidates++;
                }
            }
        }
        final double share = (double) unrelatedCandidates / unrelatedPairs;
        System.out.printf(Locale.ROOT, "labelled set: %d texts, %d pairs of different stories, %d candidates: %.5f of pairs;"
                + " at 10.5 M retained articles that is %.0f candidates per new article%n",
                keys.size(), unrelatedPairs, unrelatedCandidates, share, share * 10_500_000);

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

    private static String textOf(final byte[] input) {
        try {
            return Json.mapper().readTree(input).path("text").asText(""); // html-only variants are left out
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
