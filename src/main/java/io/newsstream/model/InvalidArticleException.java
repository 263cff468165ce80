package io.newsstream.model;

/** An input that cannot become an article; the message says what is wrong in words a user can act on. */
public final class InvalidArticleException extends Exception {
    private final RejectReason reason;

    public InvalidArticleException(final RejectReason reason, final String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidArticleException(final RejectReason reason, final String message, final Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
