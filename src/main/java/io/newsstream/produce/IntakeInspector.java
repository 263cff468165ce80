package io.newsstream.produce;

import io.newsstream.pipeline.ArticleIntake;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.pipeline.RejectedInput;

/**
 * Inspects values with the processor's own intake (parse, then normalize), so the key is exactly the
 * id the topology derives (the producer's id, else from the canonical URL, else from the content hash)
 * and a local rejection is exactly what the processor would dead-letter.
 */
public final class IntakeInspector implements ArticleInspector {
    private final ArticleIntake intake;

    public IntakeInspector(final ArticleStages stages) {
        this.intake = new ArticleIntake(stages);
    }

    @Override
    public Inspection inspect(final byte[] value) {
        try {
            return Inspection.valid(intake.normalize(value).id());
        } catch (final RejectedInput e) {
            return Inspection.invalid(e.knownId().orElse(null), e.reason().wireName() + ": " + e.getMessage());
        }
    }
}
