package io.newsstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardStagesTest {
    private final StandardStages stages = new StandardStages(NewsstreamConfig.defaults().with("input.max.text.bytes", "64"));

    private NormalizedArticle undated(final String text) throws InvalidArticleException {
        return stages.normalize(stages.parse(("{\"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void undatedArticleIsTaggedWithRolesAsOfItsEventTime() throws InvalidArticleException {
        final NormalizedArticle article = undated("Donald Trump spoke to reporters on Monday.");
        assertThat(stages.tag(article, Instant.parse("2025-08-13T12:00:00Z")).leaders())
                .extracting(LeaderTag::id, LeaderTag::role).containsExactly(tuple("donald-trump", "president"));
        final List<LeaderTag> betweenTerms = stages.tag(article, Instant.parse("2022-06-01T12:00:00Z")).leaders();
        assertThat(betweenTerms).extracting(LeaderTag::id).containsExactly("donald-trump");
        assertThat(betweenTerms.get(0).role()).isNotEqualTo("president");
    }

    @Test
    void textOverTheConfiguredLimitIsRejected() {
        assertThatThrownBy(() -> undated("x".repeat(65)))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.TEXT_TOO_LARGE));
    }
}
