package io.newsstream.topology;

/**
 * What the verdict step gathers for one intake record: the article itself ({@link NearArticle},
 * from {@code near-articles-by-id}), its probes' answers ({@link NearAnswer}) and news of an
 * original that arrived after it ({@link NearLateOriginal}), both from {@code near-answers-by-id}.
 * All are keyed by the article id.
 */
public sealed interface NearVerdictInput permits NearArticle, NearAnswer, NearLateOriginal {

    /** The article's id. */
    String id();

    /** The intake record the article came from. */
    IntakeRef ref();
}
