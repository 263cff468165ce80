package io.newsstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import io.newsstream.model.Tags;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleIntakeTest {

    /** Parses every value to an article with id "known", then fails in normalize as told. */
    private static ArticleStages failingNormalize(final RuntimeException unexpected, final InvalidArticleException invalid) {
        return new ArticleStages() {
            @Override
            public RawArticle parse(final byte[] value) {
                return new RawArticle("known", null, null, null, "text", null, null, null);
            }

            @Override
            public NormalizedArticle normalize(final RawArticle raw) throws InvalidArticleException {
                if (unexpected != null) {
                    throw unexpected;
                }
                throw invalid;
            }

            @Override
            public Tags tag(final NormalizedArticle article) {
                return Tags.NONE;
            }
        };
    }

    private static final byte[] VALUE = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void unexpectedStageFailureBecomesProcessingErrorWithTheKnownId() {
        final ArticleIntake intake = new ArticleIntake(failingNormalize(new IllegalStateException("bug"), null));
        assertThatThrownBy(() -> intake.normalize(VALUE))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.PROCESSING_ERROR);
                    assertThat(e.knownId()).contains("known");
                    assertThat(e.getMessage()).contains("IllegalStateException", "bug");
                });
    }

    @Test
    void stageRejectionKeepsItsReason() {
        final ArticleIntake intake = new ArticleIntake(failingNormalize(null,
                new InvalidArticleException(RejectReason.MISSING_TEXT, "nothing left after clean-up")));
        assertThatThrownBy(() -> intake.normalize(VALUE))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.MISSING_TEXT);
                    assertThat(e.getMessage()).isEqualTo("nothing left after clean-up");
                });
    }

    @Test
    void emptyValueIsRejectedWithoutAnId() {
        final ArticleIntake intake = new ArticleIntake(new StandardStages(NewsstreamConfig.defaults()));
        assertThatThrownBy(() -> intake.normalize(new byte[0]))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.INVALID_JSON);
                    assertThat(e.knownId()).isEmpty();
                });
    }
}
