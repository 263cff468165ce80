package io.newsstream.infra;

/** No Kafka broker answered at the configured bootstrap servers. */
public final class BrokerUnavailableException extends RuntimeException {
    public BrokerUnavailableException(final String message) {
        super(message);
    }
}
