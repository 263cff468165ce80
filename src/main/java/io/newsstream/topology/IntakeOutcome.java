package io.newsstream.topology;

import java.util.Objects;

/**
 * What the intake step made of one {@code news.raw} record, routed by the next step: an accepted
 * article goes on to deduplication, a rejected input to the dead-letter topic with its original
 * bytes. Exactly one of the two fields is set (a rejected tombstone has neither). Never leaves
 * the first sub-topology, so it has no serde.
 */
public final class IntakeOutcome {
    private final PendingArticle accepted;
    private final byte[] rejectedValue;

    private IntakeOutcome(final PendingArticle accepted, final byte[] rejectedValue) {
        this.accepted = accepted;
        this.rejectedValue = rejectedValue;
    }

    public static IntakeOutcome accepted(final PendingArticle article) {
        return new IntakeOutcome(Objects.requireNonNull(article, "article"), null);
    }

    public static IntakeOutcome rejected(final byte[] rawValue) {
        return new IntakeOutcome(null, rawValue);
    }

    public boolean isRejected() {
        return accepted == null;
    }

    /** The accepted article; null when rejected. */
    public PendingArticle article() {
        return accepted;
    }

    /** The rejected input's bytes, unchanged; null when accepted. */
    public byte[] rejectedValue() {
        return rejectedValue;
    }
}
