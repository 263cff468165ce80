package io.newsstream.tag;

/** A gazetteer data file is missing, unreadable or wrong; the message names the file and line. */
public final class GazetteerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
