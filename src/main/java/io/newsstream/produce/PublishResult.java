package io.newsstream.produce;

/**
 * The outcome of publishing a batch of inputs, once every send has completed.
 *
 * @param sent     records the broker acknowledged
 * @param rejected inputs not sent: unreadable, or invalid with validation on
 * @param failed   records handed to the producer that the broker did not accept
 */
public record PublishResult(long sent, long rejected, long failed) {

    /** One line for the user, e.g. {@code sent 12 records to news.raw, 1 input rejected, 0 send failures}. */
    public String describe(final String topic) {
        return "sent " + sent + (sent == 1 ? " record" : " records") + " to " + topic
                + ", " + rejected + (rejected == 1 ? " input" : " inputs") + " rejected"
                + ", " + failed + (failed == 1 ? " send failure" : " send failures");
    }
}
