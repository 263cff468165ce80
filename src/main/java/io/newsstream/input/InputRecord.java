package io.newsstream.input;

import java.util.Arrays;
import java.util.Objects;

/**
 * One article as it will be published to {@code news.raw}: the value bytes exactly as read (a .jsonl
 * line is never decoded, so invalid UTF-8 reaches the processor and its dead-letter topic unchanged).
 *
 * @param origin {@code path} for a .txt or .json file, {@code path:LINE} for a .jsonl line, {@code stdin:LINE}
 * @param value  the record value; not copied, callers must not modify it
 */
public record InputRecord(String origin, byte[] value) implements InputItem {

    public InputRecord {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof InputRecord that && origin.equals(that.origin) && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * origin.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "InputRecord[origin=" + origin + ", " + value.length + " bytes]";
    }
}
