package io.newsstream.produce;

import java.util.Optional;

/**
 * Looks at a {@code news.raw} value before it is sent: the article id the processor will derive for
 * it (the record key, so every copy of an article lands on one partition) and, when the processor
 * will reject it, why.
 */
@FunctionalInterface
public interface ArticleInspector {

    Inspection inspect(byte[] value);

    /**
     * @param id      the article id, or null when the value did not parse far enough to have one
     * @param problem why the processor will dead-letter the value ({@code reason: message}), or null when valid
     */
    record Inspection(String id, String problem) {

        public static Inspection valid(final String id) {
            return new Inspection(id, null);
        }

        public static Inspection invalid(final String knownId, final String problem) {
            return new Inspection(knownId, problem);
        }

        public Optional<String> key() {
            return Optional.ofNullable(id);
        }

        public Optional<String> rejection() {
            return Optional.ofNullable(problem);
        }
    }
}
