package io.newsstream.dedup.near;

import io.newsstream.config.NewsstreamConfig;

/**
 * How near-duplicates are fingerprinted and judged; {@code dedup.near.*} keys, defaults in
 * {@code newsstream-defaults.properties} (chosen by measurement, see {@code docs/quality.md}).
 *
 * @param shingleSize          words per shingle ({@code dedup.near.shingle.size})
 * @param components           SuperMinHash signature components, 16 bits each ({@code dedup.near.signature.components})
 * @param bands                LSH bands ({@code dedup.near.bands})
 * @param rows                 components per band ({@code dedup.near.rows}); {@code bands * rows <= components}
 * @param jaccardThreshold     a newcomer this Jaccard-similar to an earlier article is its copy ({@code dedup.near.jaccard})
 * @param containmentThreshold or when at least this share of the newcomer's shingles is in the earlier article
 *                             ({@code dedup.near.containment}) ...
 * @param minCoverage          ... and it covers at least this share of the earlier article's shingles
 *                             ({@code dedup.near.min.coverage}; 0.5 = a teaser of half the text)
 * @param minShingles          texts with fewer distinct shingles are left to the exact rules ({@code dedup.near.min.shingles})
 */
public record NearDupSettings(int shingleSize, int components, int bands, int rows, double jaccardThreshold,
                              double containmentThreshold, double minCoverage, int minShingles) {

    /** The topology tracks answered bands in one {@code long}. */
    public static final int MAX_BANDS = 64;

    public static final NearDupSettings DEFAULTS = new NearDupSettings(3, 128, 20, 2, 0.75, 0.80, 0.45, 20);

    public NearDupSettings {
        requirePositive("shingle size", shingleSize);
        requirePositive("components", components);
        requirePositive("bands", bands);
        if (bands > MAX_BANDS) {
            throw new IllegalArgumentException("at most " + MAX_BANDS + " bands, got " + bands);
        }
        requirePositive("rows", rows);
        if ((long) bands * rows > components) {
            throw new IllegalArgumentException("bands * rows (" + bands * rows + ") exceeds the components (" + components + ")");
        }
        requireShare("jaccard threshold", jaccardThreshold);
        requireShare("containment threshold", containmentThreshold);
        requireShare("min coverage", minCoverage);
        if (minShingles < 1) {
            throw new IllegalArgumentException("min shingles must be at least 1, got " + minShingles);
        }
    }

    public static NearDupSettings fromConfig(final NewsstreamConfig config) {
        return new NearDupSettings(
                config.getInt("dedup.near.shingle.size"),
                config.getInt("dedup.near.signature.components"),
                config.getInt("dedup.near.bands"),
                config.getInt("dedup.near.rows"),
                config.getDouble("dedup.near.jaccard"),
                config.getDouble("dedup.near.containment"),
                config.getDouble("dedup.near.min.coverage"),
                config.getInt("dedup.near.min.shingles"));
    }

    private static void requirePositive(final String what, final int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    private static void requireShare(final String what, final double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " must be in (0, 1], got " + value);
        }
    }
}
