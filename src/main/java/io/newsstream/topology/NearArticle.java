package io.newsstream.topology;

import java.util.Objects;

/**
 * The article waiting for its band answers, handed from the fingerprint step to the verdict step
 * within one task (it never travels through a topic).
 *
 * @param ref     the intake record it came from
 * @param bands   how many bands it probed: the verdict waits until all have answered; 0 for a
 *                text too short to fingerprint, resolved as unique at once
 * @param pending the article
 */
public record NearArticle(IntakeRef ref, int bands, PendingArticle pending) implements NearVerdictInput {
    public NearArticle {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(pending, "pending");
        if (bands < 0) {
            throw new IllegalArgumentException("bands " + bands + " is negative");
        }
    }

    @Override
    public String id() {
        return pending.article().id();
    }
}
