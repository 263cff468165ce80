package io.newsstream.input;

import java.util.Objects;

/**
 * An input that could not be read or is not an article: a missing file, a .txt file that is not
 * UTF-8, a file type newsstream does not read, or (with validation on) a record that fails to parse.
 *
 * @param origin  the path (or {@code path:LINE}) as the user would recognise it
 * @param message what is wrong, in words a user can act on
 */
public record RejectedInput(String origin, String message) implements InputItem {

    public RejectedInput {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** {@code origin: message}, for one line of user output. */
    public String describe() {
        return origin + ": " + message;
    }
}
