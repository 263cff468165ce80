package io.newsstream.produce;

import io.newsstream.input.RejectedInput;

/** Told what happens while inputs are published; every method does nothing unless overridden. */
public interface PublishListener {

    /** An input that was not sent: unreadable, or invalid with validation on. Called on the publishing thread. */
    default void rejected(final RejectedInput input) {
    }

    /** A record the broker did not accept. May be called on the producer's I/O thread. */
    default void sendFailed(final String origin, final Exception cause) {
    }

    /** After each input: records handed to the producer so far and inputs rejected so far. */
    default void progress(final long submitted, final long rejected) {
    }
}
