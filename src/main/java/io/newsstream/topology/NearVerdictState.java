package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the verdict step knows about one intake record while its probes answer (value of the
 * {@code dedup-near-verdicts} store).
 *
 * @param answered bit {@code i} set when band {@code i} has answered
 * @param bands    how many bands the article probed; -1 until the article has arrived
 * @param original the earliest confirmed match so far, or null
 * @param pending  the article once it has arrived, else null
 */
public record NearVerdictState(long answered, int bands, NearMatch original, PendingArticle pending) {

    static final NearVerdictState EMPTY = new NearVerdictState(0L, -1, null, null);

    /** This state with {@code input} added; an answer or article arriving twice (a replay) changes nothing. */
    NearVerdictState with(final NearVerdictInput input) {
        if (input instanceof NearArticle article) {
            return new NearVerdictState(answered, article.bands(), original, article.pending());
        }
        final NearAnswer answer = (NearAnswer) input;
        return new NearVerdictState(answered | answer.answered(), bands, earliest(original, answer.original()),
                pending);
    }

    boolean complete() {
        return pending != null && Long.bitCount(answered) == bands;
    }

    Optional<NearMatch> originalMatch() {
        return Optional.ofNullable(original);
    }

    private static NearMatch earliest(final NearMatch a, final NearMatch b) {
        final List<NearMatch> both = new ArrayList<>(2);
        if (a != null) {
            both.add(a);
        }
        if (b != null) {
            both.add(b);
        }
        return NearMatch.original(both).orElse(null);
    }
}
