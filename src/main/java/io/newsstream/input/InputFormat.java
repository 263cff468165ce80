package io.newsstream.input;

import java.util.Locale;
import java.util.Optional;

/** The input file types newsstream reads, chosen by file name extension. */
public enum InputFormat {
    /** One article per file; the whole UTF-8 text becomes {@code {"text": ...}}. */
    TXT,
    /** One article per file, the bytes published as they are. */
    JSON,
    /** One article per line ({@code .jsonl} or {@code .ndjson}); blank lines skipped. */
    JSONL;

    public static final String SUPPORTED = ".txt, .json, .jsonl (or .ndjson), or - for stdin";

    /** The format for a file name, or empty when newsstream does not read that type. */
    public static Optional<InputFormat> forFileName(final String fileName) {
        final String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TXT);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
