package io.newsstream.topology;

/**
 * Articles and mentions summed for one country or leader: the value of the mention repartition
 * topics (one article's contribution) and of the windowed count stores (the window's sum).
 */
public record MentionTally(long articles, long mentions) {

    public static MentionTally oneArticle(final int mentions) {
        return new MentionTally(1, mentions);
    }

    public MentionTally plus(final MentionTally other) {
        return new MentionTally(articles + other.articles, mentions + other.mentions);
    }
}
