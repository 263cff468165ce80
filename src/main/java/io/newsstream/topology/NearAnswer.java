package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.Objects;
import java.util.Optional;

/**
 * One probe's answer for one article (value of {@code near-answers-by-id}, key the article id).
 *
 * @param id       the article's id
 * @param ref      the intake record it came from
 * @param answered bit {@code i} set for each band {@code i} the probe carried
 * @param original the earliest earlier article (by event time, id) the article copies under
 *                 those bands, or null when none
 */
public record NearAnswer(String id, IntakeRef ref, long answered, NearMatch original) implements NearVerdictInput {
    public NearAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        if (answered == 0L) {
            throw new IllegalArgumentException("an answer covers at least one band");
        }
    }

    public Optional<NearMatch> originalMatch() {
        return Optional.ofNullable(original);
    }
}
