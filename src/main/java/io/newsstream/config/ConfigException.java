package io.newsstream.config;

/** A missing or malformed setting; the message names the key and where values can come from. */
public final class ConfigException extends RuntimeException {
    public ConfigException(final String message) {
        super(message);
    }

    public ConfigException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
