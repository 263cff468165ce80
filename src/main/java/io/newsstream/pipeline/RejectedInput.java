package io.newsstream.pipeline;

import io.newsstream.model.RejectReason;
import java.util.Objects;
import java.util.Optional;

/** An input {@link ArticleIntake} could not turn into an article: why, in words, and its id when known. */
public final class RejectedInput extends Exception {
    private final RejectReason reason;
    private final String knownId;

    public RejectedInput(final RejectReason reason, final String message, final String knownId, final Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.knownId = knownId;
    }

    public RejectReason reason() {
        return reason;
    }

    /** The producer's id when the input parsed far enough to have one. */
    public Optional<String> knownId() {
        return Optional.ofNullable(knownId);
    }
}
