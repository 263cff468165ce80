package io.newsstream.pipeline;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static io.newsstream.testing.GazetteerFixtures.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.tag.GazetteerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazetteer.overrides}: files read after the bundled gazetteer by {@link StandardStages}. */
class StandardStagesOverridesTest {
    @TempDir
    Path dir;

    private static NormalizedArticle article(final StandardStages stages, final String text) throws InvalidArticleException {
        final ObjectNode node = Json.mapper().createObjectNode()
                .put("text", text).put("published_at", PUBLISHED.toString());
        return stages.normalize(stages.parse(node.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void overridesFilesFromConfigAddANewPrimeMinister() throws IOException, InvalidArticleException {
        final Path leader = Files.writeString(dir.resolve("leader.tsv"), NEW_PM_LINES, StandardCharsets.UTF_8);
        final Path extraName = Files.writeString(dir.resolve("names.tsv"),
                "lname\t" + NEW_PM_ID + "\ten\tfull\tSandra Whitcombe\t-\n", StandardCharsets.UTF_8);
        final StandardStages stages = new StandardStages(NewsstreamConfig.defaults()
                .with(StandardStages.GAZETTEER_OVERRIDES, leader + " , " + extraName));

        assertThat(stages.tag(article(stages, ARTICLE_TEXT)).leaders())
                .extracting(LeaderTag::id, LeaderTag::name, LeaderTag::country, LeaderTag::role, LeaderTag::mentions)
                .containsExactly(tuple(NEW_PM_ID, "Alexandra Whitcombe", "GB", "prime-minister", 2));
        assertThat(stages.tag(article(stages, "Sandra Whitcombe, the prime minister, flew to Paris on Sunday evening."))
                .leaders()).extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
    }

    @Test
    void withoutOverridesTheNewPrimeMinisterIsUnknown() throws InvalidArticleException {
        final StandardStages stages = new StandardStages(NewsstreamConfig.defaults());
        assertThat(stages.tag(article(stages, ARTICLE_TEXT)).leaders()).isEmpty();
    }

    @Test
    void badOverridesFileStopsTheStartNamingFileAndLine() throws IOException {
        final Path file = Files.writeString(dir.resolve("bad.tsv"),
                NEW_PM_LINES + "role\t" + NEW_PM_ID + "\tprime-minister\t2026-13-01\t-\n", StandardCharsets.UTF_8);
        final NewsstreamConfig config = NewsstreamConfig.defaults().with(StandardStages.GAZETTEER_OVERRIDES, file.toString());
        assertThatThrownBy(() -> new StandardStages(config))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(file + ":7:").hasMessageContaining("bad term");
    }

    @Test
    void missingOverridesFileStopsTheStartNamingIt() {
        final NewsstreamConfig config = NewsstreamConfig.defaults()
                .with(StandardStages.GAZETTEER_OVERRIDES, dir.resolve("missing.tsv").toString());
        assertThatThrownBy(() -> new StandardStages(config))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(dir.resolve("missing.tsv").toString());
    }
}
