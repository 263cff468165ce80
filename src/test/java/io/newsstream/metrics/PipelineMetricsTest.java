package io.newsstream.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.RejectReason;
import io.newsstream.model.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry);

    private static EnrichedArticle article(final String language, final List<CountryTag> countries,
                                           final List<LeaderTag> leaders) {
        return new EnrichedArticle("id", null, null, null, "text", language, null, Instant.EPOCH, "hash",
                countries, leaders);
    }

    @Test
    void enrichedCountsLanguageTaggedCoverageAndMentions() {
        final CountryTag ru = new CountryTag("RU", "Russia", 2, List.of(new Span(0, 1), new Span(2, 3)));
        final LeaderTag putin = new LeaderTag("vladimir-putin", "Vladimir Putin", "RU", "president", 3,
                List.of(new Span(0, 1), new Span(2, 3), new Span(4, 5)));
        metrics.enriched(article("ru", List.of(ru), List.of(putin)));
        metrics.enriched(article("ru", List.of(), List.of()));
        metrics.enriched(article(null, List.of(), List.of()));

        assertThat(registry.get("newsstream.articles.enriched").tag("language", "ru").counter().count()).isEqualTo(2);
        assertThat(registry.get("newsstream.articles.enriched").tag("language", "und").counter().count()).isEqualTo(1);
        assertThat(registry.get("newsstream.articles.tagged").tag("language", "ru").counter().count()).isEqualTo(1);
        assertThat(registry.get("newsstream.mentions.country").tag("country", "RU").counter().count()).isEqualTo(2);
        assertThat(registry.get("newsstream.mentions.leader").tag("leader", "vladimir-putin").counter().count())
                .isEqualTo(3);
    }

    @Test
    void rulesAndReasonsAreTaggedWithTheirWireNames() {
        metrics.articleIn();
        metrics.duplicate(DuplicateRule.SAME_CONTENT);
        metrics.deadLettered(RejectReason.TEXT_TOO_LARGE);
        metrics.deadLettered(RejectReason.TEXT_TOO_LARGE);
        assertThat(registry.get("newsstream.articles.in").counter().count()).isEqualTo(1);
        assertThat(registry.get("newsstream.articles.duplicates").tag("rule", "same_content").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("newsstream.articles.dead.lettered").tag("reason", "text_too_large").counter().count())
                .isEqualTo(2);
    }

    @Test
    void timersRecordAndNegativeLatencyCountsAsZero() {
        metrics.recordNormalizeTime(Duration.ofMillis(3));
        metrics.recordTagTime(Duration.ofMillis(5));
        metrics.recordEndToEndLatency(Duration.ofMillis(-20));
        assertThat(registry.get("newsstream.stage.normalize").timer().count()).isEqualTo(1);
        assertThat(registry.get("newsstream.stage.tag").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(5);
        assertThat(registry.get("newsstream.end.to.end.latency").timer().max(TimeUnit.MILLISECONDS))
                .isZero();
    }
}
