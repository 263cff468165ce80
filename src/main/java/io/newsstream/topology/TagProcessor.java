package io.newsstream.topology;

import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.Tags;
import io.newsstream.pipeline.ArticleStages;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Tags a unique article with the countries and leaders it mentions, as of its event time, and
 * records the enriched, tagged, unsupported-language, mention and end-to-end latency metrics.
 * The stages' tagger may be replaced by a gazetteer update meanwhile: each article is tagged by the
 * one in force when it is processed.
 */
final class TagProcessor implements FixedKeyProcessor<String, PendingArticle, EnrichedArticle> {
    private final ArticleStages stages;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;

    TagProcessor(final ArticleStages stages, final PipelineMetrics metrics) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, PendingArticle> record) {
        final PendingArticle pending = record.value();
        final long started = System.nanoTime();
        final Tags tags = stages.tag(pending.article(), Instant.ofEpochMilli(record.timestamp()));
        metrics.recordTagTime(Duration.ofNanos(System.nanoTime() - started));
        final EnrichedArticle enriched = EnrichedArticle.of(pending.article(), pending.ingestedAt(), tags);
        metrics.enriched(enriched);
        if (!stages.supportsLanguage(enriched.language())) {
            metrics.unsupportedLanguage(enriched.language());
        }
        // the value carries ingested_at from here on; counts and the enriched sink need no header
        context.forward(record.withValue(enriched).withHeaders(IngestionTime.without(record.headers())));
        // wall time for this metric only; everything else runs on record time
        metrics.recordEndToEndLatency(Duration.ofMillis(context.currentSystemTimeMs() - pending.ingestedAt().toEpochMilli()));
    }
}
