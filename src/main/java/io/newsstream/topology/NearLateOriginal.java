package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.Objects;

/**
 * An original that reached a band partition after its copy had (value of
 * {@code near-answers-by-id}, key the copy's id): the copy's probe found nothing earlier there, so
 * its answer said "no original"; this tells the copy's verdict it has one after all. It counts
 * only while that verdict is still open (answers missing, or a unique verdict held for
 * {@code dedup.near.hold}); once the verdict is out, nothing can take it back and it is ignored.
 *
 * @param id       the copy's id
 * @param ref      the intake record the copy came from
 * @param original the original, which precedes the copy by (event time, id)
 */
public record NearLateOriginal(String id, IntakeRef ref, NearMatch original) implements NearVerdictInput {
    public NearLateOriginal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(original, "original");
    }
}
