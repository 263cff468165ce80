package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DedupRetentionTest {
    private static final Instant T = Instant.parse("2025-08-13T12:00:00Z");

    @Test
    void storesKeepRetentionPlusGrace() {
        assertThat(new DedupRetention(Duration.ofDays(7), Duration.ofDays(1)).kept()).isEqualTo(Duration.ofDays(8));
        assertThat(new DedupRetention(Duration.ofDays(7), Duration.ZERO).kept()).isEqualTo(Duration.ofDays(7));
        assertThat(new DedupRetention(Duration.ofDays(7)).grace()).as("one-argument form").isZero();
    }

    @Test
    void graceDoesNotChangeWhichArticlesAreCopies() {
        final DedupRetention noGrace = new DedupRetention(Duration.ofDays(7));
        final DedupRetention withGrace = new DedupRetention(Duration.ofDays(7), Duration.ofDays(3));
        final FirstSeen first = new FirstSeen("a", T);
        for (final Instant at : new Instant[] {T.plus(Duration.ofDays(7)).minusMillis(1), T.plus(Duration.ofDays(7)),
                T.plus(Duration.ofDays(9)), T.minus(Duration.ofDays(7))}) {
            assertThat(withGrace.covers(first, at)).as("covers at %s", at).isEqualTo(noGrace.covers(first, at));
        }
        assertThat(withGrace.covers(first, T.plus(Duration.ofDays(8)))).as("a day past the retention").isFalse();
        assertThat(withGrace.lookupFrom(T)).isEqualTo(T.minus(Duration.ofDays(7)));
        assertThat(withGrace.lookupTo(T)).isEqualTo(T.plus(Duration.ofDays(7)));
    }

    @Test
    void negativeGraceIsRejected() {
        assertThatThrownBy(() -> new DedupRetention(Duration.ofDays(7), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grace");
        assertThatThrownBy(() -> new DedupRetention(Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }

    @Test
    void readsRetentionAndGraceFromConfigWithADayOfGraceByDefault() {
        assertThat(DedupRetention.fromConfig(NewsstreamConfig.defaults()))
                .isEqualTo(new DedupRetention(DedupRetention.DEFAULT, DedupRetention.DEFAULT_GRACE))
                .isEqualTo(new DedupRetention(Duration.ofDays(7), Duration.ofDays(1)));
        assertThat(DedupRetention.fromConfig(NewsstreamConfig.defaults().with("dedup.grace", "0s")).kept())
                .isEqualTo(Duration.ofDays(7));
        assertThat(DedupRetention.fromConfig(NewsstreamConfig.defaults().with("dedup.grace", "PT12H")).kept())
                .isEqualTo(Duration.ofHours(7 * 24 + 12));
    }

    @Test
    void outOfRangeSettingsAreConfigErrorsNamingTheKey() {
        assertThatThrownBy(() -> DedupRetention.fromConfig(NewsstreamConfig.defaults().with("dedup.grace", "-PT1H")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'dedup.grace'").hasMessageContaining("-PT1H");
        assertThatThrownBy(() -> DedupRetention.fromConfig(NewsstreamConfig.defaults().with("dedup.retention", "0s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'dedup.retention'");
        assertThatThrownBy(() -> DedupRetention.fromConfig(NewsstreamConfig.defaults().with("dedup.grace", "soon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'dedup.grace'");
    }
}
