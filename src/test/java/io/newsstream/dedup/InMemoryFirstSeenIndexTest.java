package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryFirstSeenIndexTest {
    private static final Instant T = Instant.parse("2025-08-13T12:00:00Z");

    @Test
    void findsRecordsInTheInclusiveRangeEarliestFirst() {
        final InMemoryFirstSeenIndex index = new InMemoryFirstSeenIndex(Duration.ofDays(7));
        index.remember("fp", new FirstSeen("late", T.plusSeconds(10)));
        index.remember("fp", new FirstSeen("early", T));
        index.remember("other", new FirstSeen("x", T));
        assertThat(index.firstSeenBetween("fp", T, T.plusSeconds(10)))
                .extracting(FirstSeen::id).containsExactly("early", "late");
        assertThat(index.firstSeenBetween("fp", T.plusSeconds(1), T.plusSeconds(9))).isEmpty();
        assertThat(index.firstSeenBetween("missing", T, T)).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void forgetsRecordsAtOrBeforeStreamTimeMinusRetentionLikeTheWindowStore() {
        final InMemoryFirstSeenIndex index = new InMemoryFirstSeenIndex(Duration.ofDays(7));
        index.remember("old", new FirstSeen("a", T));
        index.remember("new", new FirstSeen("b", T.plus(Duration.ofDays(7))));
        assertThat(index.firstSeenBetween("old", T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)))).isEmpty();

        index.remember("late", new FirstSeen("c", T));
        assertThat(index.firstSeenBetween("late", T, T)).as("too old to keep").isEmpty();
        index.remember("late", new FirstSeen("d", T.plusMillis(1)));
        assertThat(index.firstSeenBetween("late", T, T.plusSeconds(1))).extracting(FirstSeen::id).containsExactly("d");
    }

    @Test
    void keepsRetentionPlusGraceSoALateArrivalStillFindsItsWholeRetention() {
        final DedupRetention retention = new DedupRetention(Duration.ofDays(7), Duration.ofDays(1));
        final InMemoryFirstSeenIndex index = new InMemoryFirstSeenIndex(retention.kept());
        index.remember("fp", new FirstSeen("original", T));
        index.remember("other", new FirstSeen("moves stream time", T.plus(Duration.ofHours(7 * 24 + 12))));

        final Instant late = T.plus(Duration.ofDays(1));
        assertThat(index.firstSeenBetween("fp", retention.lookupFrom(late), retention.lookupTo(late)))
                .extracting(FirstSeen::id).containsExactly("original");
        final InMemoryFirstSeenIndex noGrace = new InMemoryFirstSeenIndex(Duration.ofDays(7));
        noGrace.remember("fp", new FirstSeen("original", T));
        noGrace.remember("other", new FirstSeen("moves stream time", T.plus(Duration.ofHours(7 * 24 + 12))));
        assertThat(noGrace.firstSeenBetween("fp", retention.lookupFrom(late), retention.lookupTo(late)))
                .as("without grace the original is forgotten").isEmpty();
    }
}
