package io.newsstream.pipeline;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.util.Objects;

/**
 * Parse then normalize one raw value, the first step of both the topology and batch mode. Every
 * failure comes out as a {@link RejectedInput} with a reason: the stages' own rejections as they
 * are, an unexpected exception from a stage as {@code processing_error}, so one bad input is
 * rejected with its bytes kept instead of stopping the pipeline.
 */
public final class ArticleIntake {
    private final ArticleStages stages;

    public ArticleIntake(final ArticleStages stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    public NormalizedArticle normalize(final byte[] value) throws RejectedInput {
        if (value == null || value.length == 0) {
            throw new RejectedInput(RejectReason.INVALID_JSON, "the record has no value", null, null);
        }
        final RawArticle raw = parse(value);
        try {
            return stages.normalize(raw);
        } catch (final InvalidArticleException e) {
            throw new RejectedInput(e.reason(), e.getMessage(), raw.id(), e);
        } catch (final RuntimeException e) {
            throw unexpected(e, raw.id());
        }
    }

    private RawArticle parse(final byte[] value) throws RejectedInput {
        try {
            return stages.parse(value);
        } catch (final InvalidArticleException e) {
            throw new RejectedInput(e.reason(), e.getMessage(), null, e);
        } catch (final RuntimeException e) {
            throw unexpected(e, null);
        }
    }

    private static RejectedInput unexpected(final RuntimeException e, final String knownId) {
        return new RejectedInput(RejectReason.PROCESSING_ERROR,
                "unexpected " + e.getClass().getSimpleName() + " while normalizing: " + e.getMessage(), knownId, e);
    }
}
