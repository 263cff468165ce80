package io.newsstream.topology;

import io.newsstream.model.DuplicateEvent;
import java.util.Objects;

/**
 * What a dedup step made of one article, routed by the next step: a unique article goes on, a
 * duplicate goes only to {@code news.duplicates}. Exactly one field is set. Never leaves its
 * sub-topology, so it has no serde.
 */
public record DedupOutcome(PendingArticle unique, DuplicateEvent duplicate) {
    public DedupOutcome {
        if ((unique == null) == (duplicate == null)) {
            throw new IllegalArgumentException("exactly one of unique and duplicate must be set");
        }
    }

    public static DedupOutcome unique(final PendingArticle article) {
        return new DedupOutcome(Objects.requireNonNull(article, "article"), null);
    }

    public static DedupOutcome duplicate(final DuplicateEvent event) {
        return new DedupOutcome(null, Objects.requireNonNull(event, "event"));
    }

    public boolean isDuplicate() {
        return duplicate != null;
    }
}
