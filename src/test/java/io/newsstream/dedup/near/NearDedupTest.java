package io.newsstream.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dedup.DedupRetention;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDedupTest {
    private static final Instant T0 = Instant.parse("2025-08-13T10:00:00Z");
    private final NearDedup dedup = NearDedup.inMemory(NearDupSettings.DEFAULTS, new DedupRetention(Duration.ofDays(7)));

    private static NormalizedArticle article(final String id, final String text) {
        return new NormalizedArticle(id, null, null, null, text, "en", null, "hash-" + id);
    }

    private static String words(final int from, final int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void reportsCopyWithChangedEndingAsNearDuplicateOfTheFirst() {
        assertThat(dedup.check(article("a", words(0, 200)), T0)).isEmpty();
        final Optional<DuplicateEvent> copy = dedup.check(article("b", words(0, 190) + " as reported earlier"), T0.plusSeconds(60));
        assertThat(copy).hasValueSatisfying(event -> {
            assertThat(event.id()).isEqualTo("b");
            assertThat(event.duplicateOf()).isEqualTo("a");
            assertThat(event.rule()).isEqualTo(DuplicateRule.NEAR_CONTENT);
            assertThat(event.similarity()).isGreaterThan(0.9);
        });
    }

    @Test
    void picksTheEarliestByEventTimeAmongSeveralOriginals() {
        assertThat(dedup.check(article("late", words(0, 200)), T0.plusSeconds(3600))).isEmpty();
        // a longer version published earlier: "late" is not its copy, nor it a copy of "late"
        assertThat(dedup.check(article("early", words(0, 200) + " " + words(500, 150)), T0)).isEmpty();
        assertThat(dedup.check(article("copy", words(0, 195)), T0.plusSeconds(7200)))
                .map(DuplicateEvent::duplicateOf).hasValue("early");
    }

    @Test
    void forgetsArticlesOutsideTheRetention() {
        assertThat(dedup.check(article("a", words(0, 200)), T0)).isEmpty();
        assertThat(dedup.check(article("b", words(0, 200)), T0.plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void remembersCopiesButReportsTheEarliestOriginal() {
        assertThat(dedup.check(article("a", words(0, 200)), T0)).isEmpty();
        assertThat(dedup.check(article("b", words(0, 190)), T0.plusSeconds(1))).isPresent();
        assertThat(dedup.check(article("c", words(0, 190)), T0.plusSeconds(2)))
                .map(DuplicateEvent::duplicateOf).hasValue("a");
    }

    @Test
    void copyWithEarlierEventTimeArrivingLaterIsLetThrough() {
        assertThat(dedup.check(article("late", words(0, 200)), T0.plusSeconds(60))).isEmpty();
        assertThat(dedup.check(article("early", words(0, 195)), T0))
                .as("only an article that precedes by (event time, id) can make another a copy").isEmpty();
    }

    @Test
    void sameEventTimeIsOrderedById() {
        assertThat(dedup.check(article("b", words(0, 200)), T0)).isEmpty();
        assertThat(dedup.check(article("a", words(0, 200) + " x"), T0)).isEmpty();
        assertThat(dedup.check(article("c", words(0, 200)), T0)).map(DuplicateEvent::duplicateOf).hasValue("a");
    }

    @Test
    void letsDifferentTextsThrough() {
        assertThat(dedup.check(article("a", words(0, 200)), T0)).isEmpty();
        assertThat(dedup.check(article("b", words(1000, 200)), T0)).isEmpty();
    }
}
