package io.newsstream.topology;

import io.newsstream.dedup.near.NearMatch;
import java.util.List;
import java.util.Objects;

/**
 * One band's answer for one article, sent to the partition of the article's id (value of
 * {@code near-answers-by-id}).
 *
 * @param id      the article's id
 * @param band    the band that answered
 * @param bands   how many bands the article has
 * @param matches earlier articles under this band the article copies (may be empty)
 * @param pending the article, in band 0's answer only; null otherwise
 */
public record NearAnswer(String id, int band, int bands, List<NearMatch> matches, PendingArticle pending) {
    public NearAnswer {
        Objects.requireNonNull(id, "id");
        matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    }
}
