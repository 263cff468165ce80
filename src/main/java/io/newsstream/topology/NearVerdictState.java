package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the verdict step knows about one intake record while its probes answer (value of the
 * {@code dedup-near-verdicts} store). The article itself waits in a store of its own, written once,
 * so the answers' updates rewrite only these few bytes.
 *
 * @param answered bit {@code i} set when band {@code i} has answered
 * @param bands    how many bands the article probed; -1 until the article has arrived
 * @param original the earliest confirmed match so far, or null
 * @param heldUntil for a complete article with no original: the wall-clock time (epoch
 *                  milliseconds) its unique verdict is held until, in case an original arrives
 *                  late; 0 when not held
 */
public record NearVerdictState(long answered, int bands, NearMatch original, long heldUntil) {

    static final NearVerdictState EMPTY = new NearVerdictState(0L, -1, null, 0L);

    /** This state with {@code input} added; an input arriving twice (a replay) changes nothing. */
    NearVerdictState with(final NearVerdictInput input) {
        if (input instanceof NearArticle article) {
            return new NearVerdictState(answered, article.bands(), original, heldUntil);
        }
        if (input instanceof NearAnswer answer) {
            return new NearVerdictState(answered | answer.answered(), bands, earliest(original, answer.original()),
                    heldUntil);
        }
        final NearLateOriginal late = (NearLateOriginal) input;
        return new NearVerdictState(answered, bands, earliest(original, late.original()), heldUntil);
    }

    /** This state, its unique verdict held until {@code untilMillis} (wall clock, epoch milliseconds). */
    NearVerdictState heldUntil(final long untilMillis) {
        return new NearVerdictState(answered, bands, original, untilMillis);
    }

    /** The article has arrived. */
    boolean arrived() {
        return bands >= 0;
    }

    /** The article is there and every band it probed has answered. */
    boolean complete() {
        return arrived() && Long.bitCount(answered) == bands;
    }

    boolean held() {
        return heldUntil != 0L;
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
