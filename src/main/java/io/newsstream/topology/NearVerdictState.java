package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the resolver knows about one article while its bands answer (value of the
 * {@code near-dup-verdicts} store).
 *
 * @param answered bit {@code i} set when band {@code i} has answered
 * @param bands    how many bands the article has
 * @param original the earliest confirmed match so far, or null
 * @param pending  the article once band 0 has answered, else null
 */
public record NearVerdictState(long answered, int bands, NearMatch original, PendingArticle pending) {

    static NearVerdictState start(final int bands) {
        return new NearVerdictState(0L, bands, null, null);
    }

    /** This state with {@code answer} added; a band answering twice (a replay) changes nothing. */
    NearVerdictState with(final NearAnswer answer) {
        final List<NearMatch> candidates = new ArrayList<>(answer.matches());
        if (original != null) {
            candidates.add(original);
        }
        return new NearVerdictState(answered | 1L << answer.band(), bands,
                NearMatch.original(candidates).orElse(null), pending != null ? pending : answer.pending());
    }

    boolean complete() {
        return Long.bitCount(answered) == bands && pending != null;
    }

    Optional<NearMatch> originalMatch() {
        return Optional.ofNullable(original);
    }
}
