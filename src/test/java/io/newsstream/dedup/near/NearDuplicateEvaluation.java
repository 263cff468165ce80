package io.newsstream.dedup.near;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.ExactDeduplicator;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.Normalizer;
import io.newsstream.normalize.OpenNlpLanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the real intake and dedup over the labelled set in order, as batch mode does: parse,
 * normalize, the exact rules, then {@link NearDedup}; and scores the verdicts against the gold.
 */
public final class NearDuplicateEvaluation {
    private final List<NormalizedArticle> articles;
    private final List<LabelledSet.Item> items;

    public NearDuplicateEvaluation(final List<LabelledSet.Item> items) {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        final ArticleParser parser = new ArticleParser(config.getLong("input.max.text.bytes"));
        final Normalizer normalizer = new Normalizer(OpenNlpLanguageDetector.fromConfig(config));
        this.items = List.copyOf(items);
        this.articles = new ArrayList<>(items.size());
        for (final LabelledSet.Item item : items) {
            try {
                articles.add(normalizer.normalize(parser.parse(item.input())));
            } catch (final InvalidArticleException e) {
                throw new IllegalStateException("labelled item " + item.id() + " is invalid: " + e.getMessage(), e);
            }
        }
    }

    /**
     * One article's verdict: the duplicate event, or null when it was let through. A duplicate
     * verdict is correct when the article is a variant and it points at its original or at another
     * variant of the same original (the exact rules remember a near copy, so a later identical copy
     * of it is reported as that copy's duplicate).
     *
     * @param pointedAtOriginal the original of the article the verdict points at (itself when an original)
     */
    public record Verdict(LabelledSet.Item item, DuplicateEvent duplicate, String pointedAtOriginal) {
        public boolean flagged() {
            return duplicate != null;
        }

        public boolean correct() {
            return flagged() ? pointedAtOriginal.equals(item.duplicateOf()) : item.duplicateOf() == null;
        }
    }

    /** Verdicts with the given near-duplicate settings (exact rules always on). */
    public List<Verdict> run(final NearDupSettings settings) {
        final DedupRetention retention = new DedupRetention(DedupRetention.DEFAULT);
        final ExactDeduplicator exact = ExactDeduplicator.inMemory(retention);
        final NearDedup near = NearDedup.inMemory(settings, retention);
        final Map<String, String> originalOf = new HashMap<>();
        items.forEach(item -> originalOf.put(item.id(), item.duplicateOf() != null ? item.duplicateOf() : item.id()));
        final List<Verdict> verdicts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            final NormalizedArticle article = articles.get(i);
            final Optional<DuplicateEvent> duplicate = exact.check(article, article.publishedAt())
                    .or(() -> near.check(article, article.publishedAt()));
            verdicts.add(new Verdict(items.get(i), duplicate.orElse(null),
                    duplicate.map(d -> originalOf.get(d.duplicateOf())).orElse(null)));
        }
        return verdicts;
    }

    /**
     * Margins behind the thresholds, by brute force over all pairs (no LSH): for each kind, the
     * lowest Jaccard and containment of a variant in its own original, and the highest of a
     * negative or an original in any earlier article.
     */
    String margins(final NearDupSettings settings) {
        final NearDupFingerprinter fingerprinter = new NearDupFingerprinter(settings);
        final List<Optional<NearFingerprint>> prints = articles.stream().map(a -> fingerprinter.fingerprint(a.text())).toList();
        final Map<String, double[]> rows = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            final LabelledSet.Item item = items.get(i);
            if (prints.get(i).isEmpty()) {
                continue;
            }
            final boolean variant = item.duplicateOf() != null;
            final double[] row = rows.computeIfAbsent(item.kind(), k -> variant
                    ? new double[] {1, 1, 1} : new double[] {0, 0, 0});
            for (int j = 0; j < items.size(); j++) {
                if (j == i || prints.get(j).isEmpty() || items.get(j).id().equals(item.id())) {
                    continue;
                }
                final Similarity sim = fingerprinter.similarity(prints.get(i).get(), prints.get(j).get());
                if (variant && items.get(j).id().equals(item.duplicateOf())) {
                    row[0] = Math.min(row[0], sim.jaccard());
                    row[1] = Math.min(row[1], sim.containment());
                    row[2] = Math.min(row[2], sim.coverage());
                } else if (!variant && (items.get(j).duplicateOf() == null || item.negativeKind() != null)
                        && !articles.get(j).publishedAt().isAfter(articles.get(i).publishedAt())) {
                    row[0] = Math.max(row[0], sim.jaccard());
                    row[1] = Math.max(row[1], sim.containment());
                    row[2] = Math.max(row[2], sim.coverage());
                }
            }
        }
        final StringBuilder out = new StringBuilder("| kind | vs | Jaccard | containment | coverage |\n|---|---|---:|---:|---:|\n");
        rows.forEach((kind, row) -> out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f |%n", kind,
                kind.startsWith("negative:") || kind.equals("original") ? "max over earlier articles" : "min vs its original",
                row[0], row[1], row[2])));
        return out.toString();
    }

    /** Scores of one run. */
    record Scores(int truePositives, int falsePositives, int falseNegatives, int hardNegativesFlagged) {
        static Scores of(final List<Verdict> verdicts) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int hard = 0;
            for (final Verdict v : verdicts) {
                if (v.flagged() && v.correct()) {
                    tp++;
                } else if (v.flagged()) {
                    fp++;
                }
                if (v.item().duplicateOf() != null && !(v.flagged() && v.correct())) {
                    fn++;
                }
                if (v.flagged() && v.item().negativeKind() != null) {
                    hard++;
                }
            }
            return new Scores(tp, fp, fn, hard);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** A Markdown table: per kind, articles, flagged, correct, and how the flagged were caught. */
    static String table(final List<Verdict> verdicts) {
        final Map<String, int[]> rows = new TreeMap<>();
        final Map<String, List<Double>> similarities = new TreeMap<>();
        for (final Verdict v : verdicts) {
            final int[] row = rows.computeIfAbsent(v.item().kind(), k -> new int[5]);
            row[0]++;
            if (v.flagged()) {
                row[1]++;
                switch (v.duplicate().rule()) {
                    case SAME_URL, SAME_CONTENT -> row[3]++;
                    case NEAR_CONTENT -> {
                        row[4]++;
                        similarities.computeIfAbsent(v.item().kind(), k -> new ArrayList<>()).add(v.duplicate().similarity());
                    }
                }
            }
            if (v.correct()) {
                row[2]++;
            }
        }
        final StringBuilder out = new StringBuilder(
                "| kind | articles | flagged duplicate | correct verdicts | by exact rule | by near_content | min similarity |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((kind, row) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s |%n",
                kind, row[0], row[1], row[2], row[3], row[4],
                similarities.containsKey(kind) ? String.format(Locale.ROOT, "%.2f",
                        similarities.get(kind).stream().mapToDouble(Double::doubleValue).min().orElseThrow()) : "-")));
        final Scores s = Scores.of(verdicts);
        out.append(String.format(Locale.ROOT, "%nprecision %.4f, recall %.4f (tp %d, fp %d, fn %d), hard negatives flagged %d%n",
                s.precision(), s.recall(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.hardNegativesFlagged()));
        return out.toString();
    }
}
