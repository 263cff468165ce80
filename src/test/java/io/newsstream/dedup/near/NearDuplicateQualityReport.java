package io.newsstream.dedup.near;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Prints the per-kind table of docs/quality.md for the default settings and, to justify them, the
 * scores of a grid of alternatives. Not a test; run: see docs/quality.md.
 */
public final class NearDuplicateQualityReport {

    private NearDuplicateQualityReport() {
    }

    public static void main(final String[] args) {
        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        final NearDuplicateEvaluation evaluation = new NearDuplicateEvaluation(LabelledSet.load());
        out.println("Default settings: " + NearDupSettings.DEFAULTS);
        out.println(NearDuplicateEvaluation.table(evaluation.run(NearDupSettings.DEFAULTS)));
        out.println(evaluation.margins(NearDupSettings.DEFAULTS));
        out.println("| shingle | bands x rows | jaccard | containment | min coverage | precision | recall | hard negatives flagged |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        final NearDupSettings d = NearDupSettings.DEFAULTS;
        final List<NearDupSettings> grid = List.of(
                d,
                new NearDupSettings(2, 128, 20, 2, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()),
                new NearDupSettings(4, 128, 20, 2, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()),
                new NearDupSettings(5, 128, 20, 2, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()),
                new NearDupSettings(3, 128, 16, 4, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()),
                new NearDupSettings(3, 128, 10, 2, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()),
                new NearDupSettings(3, 128, 20, 2, 0.75, 1.0, 1.0, d.minShingles()),
                new NearDupSettings(3, 128, 20, 2, 0.5, 1.0, 1.0, d.minShingles()),
                new NearDupSettings(3, 128, 20, 2, 0.9, 0.9, 0.45, d.minShingles()),
                new NearDupSettings(3, 128, 20, 2, 0.75, 0.6, 0.3, d.minShingles()),
                new NearDupSettings(3, 128, 20, 2, 1.0, 0.5, 0.1, d.minShingles()),
                new NearDupSettings(3, 64, 20, 2, d.jaccardThreshold(), d.containmentThreshold(), d.minCoverage(), d.minShingles()));
        for (final NearDupSettings s : grid) {
            final NearDuplicateEvaluation.Scores scores = NearDuplicateEvaluation.Scores.of(evaluation.run(s));
            out.printf(Locale.ROOT, "| %d | %d x %d | %.2f | %.2f | %.2f | %.4f | %.4f | %d |%n", s.shingleSize(), s.bands(),
                    s.rows(), s.jaccardThreshold(), s.containmentThreshold(), s.minCoverage(), scores.precision(),
                    scores.recall(), scores.hardNegativesFlagged());
        }
    }
}
