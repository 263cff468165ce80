package io.newsstream.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDupFingerprinterTest {
    private final NearDupFingerprinter fingerprinter = new NearDupFingerprinter(NearDupSettings.DEFAULTS);

    /** {@code count} distinct words {@code w<from>} .. {@code w<from+count-1>}. */
    private static String words(final int from, final int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    private Similarity similarity(final String newcomer, final String earlier) {
        return fingerprinter.similarity(fingerprinter.fingerprint(newcomer).orElseThrow(),
                fingerprinter.fingerprint(earlier).orElseThrow());
    }

    @Test
    void countsDistinctShingles() {
        assertThat(fingerprinter.fingerprint(words(0, 100)).orElseThrow().shingles()).isEqualTo(98);
        assertThat(fingerprinter.fingerprint(words(0, 50) + " " + words(0, 50)).orElseThrow().shingles())
                .as("a repeated passage adds only the shingles across the seam").isEqualTo(50);
    }

    @Test
    void leavesShortTextsToTheExactRules() {
        assertThat(fingerprinter.fingerprint(words(0, 10))).isEmpty();
    }

    @Test
    void identicalTextsAreFullySimilarAndShareEveryBand() {
        final NearFingerprint a = fingerprinter.fingerprint(words(0, 200)).orElseThrow();
        final NearFingerprint b = fingerprinter.fingerprint(words(0, 200)).orElseThrow();
        assertThat(fingerprinter.similarity(a, b).jaccard()).isEqualTo(1.0);
        assertThat(fingerprinter.bandKeys(a)).hasSize(20).doesNotHaveDuplicates().isEqualTo(fingerprinter.bandKeys(b));
    }

    @Test
    void teaserOfHalfIsContainedAndACopy() {
        final Similarity teaser = similarity(words(0, 150), words(0, 300));
        assertThat(teaser.jaccard()).isBetween(0.35, 0.65);
        assertThat(teaser.containment()).isGreaterThan(0.85);
        assertThat(fingerprinter.isCopy(teaser)).isTrue();
    }

    @Test
    void laterTextAddingAsMuchAgainIsNotACopy() {
        final Similarity update = similarity(words(0, 300), words(0, 150));
        assertThat(update.coverage()).isGreaterThan(0.85);
        assertThat(fingerprinter.isCopy(update)).isFalse();
    }

    @Test
    void unrelatedTextsAreNotSimilar() {
        final Similarity unrelated = similarity(words(0, 200), words(1000, 200));
        assertThat(unrelated.jaccard()).isLessThan(0.1);
        assertThat(fingerprinter.isCopy(unrelated)).isFalse();
    }

    @Test
    void bandKeysNameTheirBand() {
        final List<String> keys = fingerprinter.bandKeys(fingerprinter.fingerprint(words(0, 100)).orElseThrow());
        assertThat(keys.get(0)).matches("0:[0-9a-f]{8}");
        assertThat(keys.get(19)).startsWith("19:");
    }

    @Test
    void rejectsMoreBandRowsThanComponents() {
        assertThatThrownBy(() -> new NearDupSettings(3, 16, 10, 2, 0.75, 0.8, 0.45, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
    }
}
