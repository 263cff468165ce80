package io.newsstream.pipeline;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.ExactDeduplicator;
import io.newsstream.dedup.near.NearDedup;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.Tags;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Batch mode without Kafka, for the {@code enrich} command: the same intake (parse, normalize),
 * the same exact-dedup rules, the same near-duplicate rule (when given settings) and the same tagging as the topology, applied to inputs one at a
 * time in input order.
 *
 * <p>Times: {@code ingested_at} of every enriched article is the moment the batch run started
 * (given, or taken when the enricher is constructed), the analogue of the raw record's timestamp
 * in the topology. An article's event time is its publication time, else that run start; copies
 * are duplicates when their event times are less than the retention apart, and fingerprints more
 * than retention + grace behind the newest event time are forgotten exactly as the topology's
 * stores forget them, so both modes give the same answer for the same inputs in the same order.
 *
 * <p>One instance per run; not thread-safe.
 */
public final class BatchEnricher {
    private final ArticleStages stages;
    private final ArticleIntake intake;
    private final ExactDeduplicator deduplicator;
    private final NearDedup nearDedup;
    private final Instant runStartedAt;

    /** A run that starts now: {@code ingested_at} is this constructor's wall-clock time. */
    public BatchEnricher(final ArticleStages stages, final DedupRetention retention, final boolean deduplicate) {
        this(stages, retention, deduplicate, Instant.now());
    }

    /**
     * @param retention    {@code dedup.retention} and {@code dedup.grace}
     * @param deduplicate  false to enrich every valid input, copies included
     * @param runStartedAt written as every enriched article's {@code ingested_at}
     */
    public BatchEnricher(final ArticleStages stages, final DedupRetention retention, final boolean deduplicate,
                         final Instant runStartedAt) {
        this(stages, retention, deduplicate, null, runStartedAt);
    }

    /**
     * @param near         near-duplicate settings, or null for the exact rules only; ignored
     *                     unless {@code deduplicate}
     */
    public BatchEnricher(final ArticleStages stages, final DedupRetention retention, final boolean deduplicate,
                         final NearDupSettings near, final Instant runStartedAt) {
        Objects.requireNonNull(retention, "retention");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.intake = new ArticleIntake(stages);
        this.deduplicator = deduplicate ? ExactDeduplicator.inMemory(retention) : null;
        this.nearDedup = deduplicate && near != null ? NearDedup.inMemory(near, retention) : null;
        this.runStartedAt = Objects.requireNonNull(runStartedAt, "runStartedAt");
    }

    /**
     * A run that starts now with the configured rules: {@code dedup.retention} and {@code dedup.grace}, and the near-duplicate
     * rule with {@code dedup.near.*} when {@code dedup.near.enabled}.
     */
    public static BatchEnricher fromConfig(final NewsstreamConfig config, final ArticleStages stages,
                                           final boolean deduplicate) {
        final NearDupSettings near = config.getBoolean("dedup.near.enabled") ? NearDupSettings.fromConfig(config) : null;
        return new BatchEnricher(stages, DedupRetention.fromConfig(config), deduplicate, near, Instant.now());
    }

    /**
     * What becomes of one input.
     *
     * @param origin where the input came from, e.g. {@code articles.jsonl:12}; named in rejections
     * @param value  the input, as it would be published to {@code news.raw}
     */
    public BatchResult enrich(final String origin, final byte[] value) {
        final NormalizedArticle article;
        try {
            article = intake.normalize(value);
        } catch (final RejectedInput e) {
            return new BatchResult.Rejected(e.knownId().orElse(null),
                    origin + ": " + e.reason().wireName() + ": " + e.getMessage());
        }
        final Instant eventTime = EventTime.of(article, runStartedAt);
        if (deduplicator != null) {
            final Optional<DuplicateEvent> duplicate = deduplicator.check(article, eventTime);
            if (duplicate.isPresent()) {
                return BatchResult.Duplicate.of(duplicate.get());
            }
        }
        if (nearDedup != null) {
            final Optional<DuplicateEvent> nearDuplicate = nearDedup.check(article, eventTime);
            if (nearDuplicate.isPresent()) {
                return BatchResult.Duplicate.of(nearDuplicate.get());
            }
        }
        final Tags tags = stages.tag(article, eventTime);
        return new BatchResult.Enriched(EnrichedArticle.of(article, runStartedAt, tags));
    }

    public Instant runStartedAt() {
        return runStartedAt;
    }
}
