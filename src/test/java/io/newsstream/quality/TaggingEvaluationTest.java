package io.newsstream.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.quality.TaggingEvaluation.Score;
import io.newsstream.tag.Gazetteer;
import io.newsstream.tag.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring rule of the evaluation set's README, on hand-made one-article sets. */
class TaggingEvaluationTest {

    private static final Tagger TAGGER = new Tagger(Gazetteer.loadDefault());

    private static Score overall(Path dir, String goldJson, String text, Set<String> leadersInScope) throws IOException {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, "{\"id\":\"en-001\",\"language\":\"en\",\"published_at\":\"2024-03-01T10:00:00Z\","
                + "\"text\":\"" + text + "\",\"gold\":" + goldJson + "}\n", StandardCharsets.UTF_8);
        return TaggingEvaluation.run(TAGGER, set, leadersInScope).scores().get(TaggingEvaluation.OVERALL);
    }

    @Test
    void countsAreComparedPerEntityAsMinimumAndExcess(@TempDir Path dir) throws IOException {
        Score s = overall(dir, "{\"countries\":{\"RU\":[\"Russia\"],\"FR\":[\"France\"]},\"leaders\":{}}",
                "Russia and Russia again; Germany too.", Set.of());
        // RU: gold 1, predicted 2 -> tp 1, fp 1; FR: gold 1, predicted 0 -> fn 1; DE: predicted 1 -> fp 1
        assertThat(s.countries().tp()).isEqualTo(1);
        assertThat(s.countries().fp()).isEqualTo(2);
        assertThat(s.countries().fn()).isEqualTo(1);
        assertThat(s.countries().precision()).isEqualTo(1.0 / 3);
        assertThat(s.countries().recall()).isEqualTo(0.5);
    }

    @Test
    void leadersOutsideTheAnnotatedListAreIgnoredAndRolesScoredApart(@TempDir Path dir) throws IOException {
        Score s = overall(dir, "{\"countries\":{},\"leaders\":{\"joe-biden\":{\"role\":\"former-president\","
                + "\"mentions\":[\"Joe Biden\"]}}}", "Joe Biden met Kamala Harris.", Set.of("joe-biden"));
        assertThat(s.leaders().tp()).isEqualTo(1);
        assertThat(s.leaders().fp()).isZero();
        // on 2024-03-01 Biden was president: a wrong role is not a missed mention
        assertThat(s.roleAccuracy()).isZero();
    }

    @Test
    void readsTheLeaderListFromTheAnnotationRules() {
        assertThat(TaggingEvaluation.leadersInScope(TaggingEvaluation.DEFAULT_RULES))
                .hasSize(25).contains("vladimir-putin", "karol-nawrocki", "luiz-inacio-lula-da-silva");
    }
}
