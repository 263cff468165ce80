package io.newsstream.topology;

/**
 * What the verdict step gathers for one intake record: the article itself ({@link NearArticle},
 * from {@code near-articles-by-id}) and its probes' answers ({@link NearAnswer}, from
 * {@code near-answers-by-id}). Both are keyed by the article id.
 */
public sealed interface NearVerdictInput permits NearArticle, NearAnswer {

    /** The article's id. */
    String id();

    /** The intake record the article came from. */
    IntakeRef ref();
}
