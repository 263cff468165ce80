package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExactDedupTest {
    private static final Instant T = Instant.parse("2025-08-13T12:00:00Z");
    private static final DedupRetention WEEK = new DedupRetention(Duration.ofDays(7));

    private static NormalizedArticle article(final String id, final String url, final String hash) {
        return new NormalizedArticle(id, url, null, null, "text of " + id, "en", null, hash);
    }

    @Test
    void fingerprintsAreCanonicalUrlThenContentHash() {
        assertThat(Fingerprint.of(article("a", "https://x.example/1", "h1"))).containsExactly(
                new Fingerprint(DuplicateRule.SAME_URL, "https://x.example/1"),
                new Fingerprint(DuplicateRule.SAME_CONTENT, "h1"));
        assertThat(Fingerprint.of(article("a", null, "h1")))
                .containsExactly(new Fingerprint(DuplicateRule.SAME_CONTENT, "h1"));
    }

    @Test
    void nearContentIsNotAnExactRule() {
        assertThatThrownBy(() -> new ExactDedup(DuplicateRule.NEAR_CONTENT, WEEK, new InMemoryFirstSeenIndex(Duration.ofDays(7))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("near_content");
        assertThatThrownBy(() -> new DedupRetention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionCoversLessThanItsLengthEitherWayRound() {
        final FirstSeen first = new FirstSeen("a", T);
        assertThat(WEEK.covers(first, T)).isTrue();
        assertThat(WEEK.covers(first, T.plus(Duration.ofDays(7)).minusMillis(1))).isTrue();
        assertThat(WEEK.covers(first, T.plus(Duration.ofDays(7)))).isFalse();
        assertThat(WEEK.covers(first, T.minus(Duration.ofDays(7)).plusMillis(1))).isTrue();
        assertThat(WEEK.covers(first, T.minus(Duration.ofDays(7)))).isFalse();
    }

    @Test
    void secondArticleWithSameUrlIsDuplicateOfTheFirst() {
        final ExactDedup sameUrl = new ExactDedup(DuplicateRule.SAME_URL, WEEK, new InMemoryFirstSeenIndex(Duration.ofDays(7)));
        assertThat(sameUrl.check(article("a", "https://x.example/1", "h1"), T)).isEmpty();
        assertThat(sameUrl.isDuplicate(article("b", "https://x.example/1", "h2"), T.plusSeconds(60))).isTrue();
        assertThat(sameUrl.check(article("b", "https://x.example/1", "h2"), T.plusSeconds(60)))
                .contains(new DuplicateEvent("b", "a", DuplicateRule.SAME_URL, null));
        assertThat(sameUrl.check(article("c", "https://x.example/2", "h1"), T)).isEmpty();
    }

    @Test
    void articleWithoutUrlIsNeverASameUrlDuplicate() {
        final InMemoryFirstSeenIndex index = new InMemoryFirstSeenIndex(Duration.ofDays(7));
        final ExactDedup sameUrl = new ExactDedup(DuplicateRule.SAME_URL, WEEK, index);
        assertThat(sameUrl.check(article("a", null, "h1"), T)).isEmpty();
        assertThat(sameUrl.check(article("b", null, "h1"), T)).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void copyAtOrAfterTheRetentionIsNewAndBecomesTheFirstSeen() {
        final ExactDedup sameContent = new ExactDedup(DuplicateRule.SAME_CONTENT, WEEK, new InMemoryFirstSeenIndex(Duration.ofDays(7)));
        assertThat(sameContent.check(article("a", null, "h"), T)).isEmpty();
        assertThat(sameContent.check(article("b", null, "h"), T.plus(Duration.ofDays(7)))).isEmpty();
        assertThat(sameContent.check(article("c", null, "h"), T.plus(Duration.ofDays(10))))
                .contains(new DuplicateEvent("c", "b", DuplicateRule.SAME_CONTENT, null));
    }

    @Test
    void copyPublishedBeforeTheOriginalWithinRetentionIsStillADuplicate() {
        final ExactDedup sameContent = new ExactDedup(DuplicateRule.SAME_CONTENT, WEEK, new InMemoryFirstSeenIndex(Duration.ofDays(7)));
        assertThat(sameContent.check(article("late-original", null, "h"), T)).isEmpty();
        assertThat(sameContent.check(article("early-copy", null, "h"), T.minus(Duration.ofDays(2))))
                .contains(new DuplicateEvent("early-copy", "late-original", DuplicateRule.SAME_CONTENT, null));
    }

    @Test
    void deduplicatorChecksUrlBeforeContentAndStopsAtTheFirstMatch() {
        final ExactDeduplicator dedup = ExactDeduplicator.inMemory(WEEK);
        assertThat(dedup.check(article("a", "https://x.example/1", "h1"), T)).isEmpty();
        assertThat(dedup.check(article("b", "https://x.example/1", "h1"), T))
                .contains(new DuplicateEvent("b", "a", DuplicateRule.SAME_URL, null));
        assertThat(dedup.check(article("c", "https://x.example/2", "h1"), T))
                .contains(new DuplicateEvent("c", "a", DuplicateRule.SAME_CONTENT, null));
        assertThat(dedup.check(article("d", "https://x.example/3", "h3"), T)).isEmpty();
    }
}
