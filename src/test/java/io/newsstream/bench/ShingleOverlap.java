package io.newsstream.bench;

import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.dedup.near.TextCanonicalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much text the unrelated articles of one language share: exact Jaccard similarity of the
 * 3-word shingle sets (the words near-dup fingerprinting sees) over every pair of texts of the same
 * language. Texts of different languages share nothing and are not paired.
 *
 * @param pairs        pairs of texts of one language
 * @param meanJaccard  their mean Jaccard similarity
 * @param above002     share of pairs with Jaccard of at least 0.02
 * @param maxJaccard   the largest
 * @param bandShare    mean chance {@code 1 - (1 - J^rows)^bands} that a pair shares an LSH band key
 *                     under the default layout: that one becomes a candidate of the other
 */
record ShingleOverlap(long pairs, double meanJaccard, double above002, double maxJaccard, double bandShare) {

    static ShingleOverlap of(final Map<String, List<String>> textsByLanguage) {
        final NearDupSettings lsh = NearDupSettings.DEFAULTS;
        long pairs = 0;
        double sum = 0;
        long above = 0;
        double max = 0;
        double bandShare = 0;
        for (final List<String> texts : textsByLanguage.values()) {
            final List<Set<String>> shingles = texts.stream().map(text -> shingles(text, lsh.shingleSize())).toList();
            for (int i = 0; i < shingles.size(); i++) {
                for (int j = 0; j < i; j++) {
                    final double jaccard = jaccard(shingles.get(i), shingles.get(j));
                    pairs++;
                    sum += jaccard;
                    above += jaccard >= 0.02 ? 1 : 0;
                    max = Math.max(max, jaccard);
                    bandShare += 1 - Math.pow(1 - Math.pow(jaccard, lsh.rows()), lsh.bands());
                }
            }
        }
        return new ShingleOverlap(pairs, sum / pairs, (double) above / pairs, max, bandShare / pairs);
    }

    @Override
    public String toString() {
        final NearDupSettings lsh = NearDupSettings.DEFAULTS;
        return String.format(Locale.ROOT, "%6d pairs, mean Jaccard %.4f, >= 0.02: %.4f, max %.3f;"
                + " chance to share a band (%d x %d) %.6f", pairs, meanJaccard, above002, maxJaccard, lsh.bands(),
                lsh.rows(), bandShare);
    }

    private static Set<String> shingles(final String text, final int size) {
        final List<String> words = TextCanonicalizer.words(text);
        final Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }

    private static double jaccard(final Set<String> a, final Set<String> b) {
        final Set<String> smaller = a.size() <= b.size() ? a : b;
        final Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (final String shingle : smaller) {
            common += larger.contains(shingle) ? 1 : 0;
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
