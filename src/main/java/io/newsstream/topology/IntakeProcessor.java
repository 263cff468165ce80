package io.newsstream.topology;

import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RejectReason;
import io.newsstream.pipeline.ArticleIntake;
import io.newsstream.pipeline.EventTime;
import io.newsstream.pipeline.RejectedInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and normalizes each {@code news.raw} record. An accepted article leaves with the record
 * timestamp set to its event time (publication time, else the raw timestamp), which every later
 * step (dedup retention, count windows) runs on, and the raw timestamp in the
 * {@link IngestionTime} header, which the output topics are stamped with. A rejected input leaves unchanged with the
 * dead-letter headers added; it is counted and logged, and processing continues. An accepted
 * record loses any dead-letter headers it carries (a replay from the dead-letter topic).
 */
final class IntakeProcessor implements FixedKeyProcessor<byte[], byte[], IntakeOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

    private final ArticleIntake intake;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<byte[], IntakeOutcome> context;

    IntakeProcessor(final ArticleIntake intake, final PipelineMetrics metrics) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void init(final FixedKeyProcessorContext<byte[], IntakeOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<byte[], byte[]> record) {
        metrics.articleIn();
        final long started = System.nanoTime();
        final NormalizedArticle article;
        try {
            article = intake.normalize(record.value());
        } catch (final RejectedInput e) {
            deadLetter(record, e);
            return;
        } finally {
            metrics.recordNormalizeTime(Duration.ofNanos(System.nanoTime() - started));
        }
        DeadLetterHeaders.removeFrom(record.headers());
        final Instant ingestedAt = Instant.ofEpochMilli(record.timestamp());
        IngestionTime.addTo(record.headers(), ingestedAt);
        final Instant eventTime = EventTime.of(article, ingestedAt);
        context.forward(record
                .withValue(IntakeOutcome.accepted(new PendingArticle(article, ingestedAt)))
                .withTimestamp(eventTime.toEpochMilli()));
    }

    private void deadLetter(final FixedKeyRecord<byte[], byte[]> record, final RejectedInput rejection) {
        metrics.deadLettered(rejection.reason());
        final RecordMetadata source = context.recordMetadata().orElse(null);
        final String where = source == null ? "a record" : source.topic() + "-" + source.partition() + "@" + source.offset();
        if (rejection.reason() == RejectReason.PROCESSING_ERROR) {
            LOG.warn("dead-lettering {}: a stage failed unexpectedly", where, rejection);
        } else {
            LOG.info("dead-lettering {}: {}: {}", where, rejection.reason().wireName(), rejection.getMessage());
        }
        DeadLetterHeaders.addTo(record.headers(), rejection.reason(), rejection.getMessage(), source);
        context.forward(record.withValue(IntakeOutcome.rejected(record.value())));
    }
}
