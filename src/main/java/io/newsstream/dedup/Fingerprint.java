package io.newsstream.dedup;

import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What two articles must share to be exact duplicates under one rule: the canonical URL for
 * {@link DuplicateRule#SAME_URL}, the content hash of the normalized text for
 * {@link DuplicateRule#SAME_CONTENT}.
 *
 * @param rule  the exact rule
 * @param value the canonical URL or the content hash
 */
public record Fingerprint(DuplicateRule rule, String value) {

    /** The rules checked in this order; an article dropped by one is never checked by the next. */
    public static final List<DuplicateRule> EXACT_RULES = List.of(DuplicateRule.SAME_URL, DuplicateRule.SAME_CONTENT);

    public Fingerprint {
        Objects.requireNonNull(rule, "rule");
        if (!EXACT_RULES.contains(rule)) {
            throw new IllegalArgumentException("not an exact rule: " + rule.wireName());
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a fingerprint needs a value");
        }
    }

    /** The article's fingerprint under {@code rule}, or empty when the rule does not apply (no URL). */
    public static Optional<Fingerprint> of(final DuplicateRule rule, final NormalizedArticle article) {
        final String value = switch (rule) {
            case SAME_URL -> article.url();
            case SAME_CONTENT -> article.contentHash();
            case NEAR_CONTENT -> throw new IllegalArgumentException("near_content is not an exact rule");
        };
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new Fingerprint(rule, value));
    }

    /** The article's fingerprints in rule order: {@code same_url} when it has a URL, then {@code same_content}. */
    public static List<Fingerprint> of(final NormalizedArticle article) {
        final List<Fingerprint> fingerprints = new ArrayList<>(EXACT_RULES.size());
        for (final DuplicateRule rule : EXACT_RULES) {
            of(rule, article).ifPresent(fingerprints::add);
        }
        return List.copyOf(fingerprints);
    }
}
