package io.newsstream.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Tags;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
import io.newsstream.pipeline.ArticleStages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdInspectorTest {
    private final ArticleParser parser = new ArticleParser(1_048_576);
    private final ArticleIdInspector inspector = new ArticleIdInspector(parser);

    private static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\" outlet-7 \",\"text\":\"Macron in Kyiv\"}",
        "{\"url\":\"https://www.Example.org/news/1?utm_source=feed#top\",\"text\":\"Duda in Rome\"}",
        "{\"text\":\" date 2025-08-13 Путин провел телефонный разговор.\"}",
        "{\"html\":\"<p>Scholz &amp; Tusk</p><p>Warsaw</p>\"}"})
    void keyIsTheIdTheProcessorsNormalizerGives(final String value) throws InvalidArticleException {
        final String processorId = new Normalizer(text -> LanguageDetector.UNDETERMINED)
                .normalize(parser.parse(utf8(value))).id();

        final ArticleInspector.Inspection inspection = inspector.inspect(utf8(value));

        assertThat(inspection.rejection()).isEmpty();
        assertThat(inspection.key()).contains(processorId);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"outlet-7\",\"text\":\"Macron in Kyiv\"}",
        "{\"url\":\"https://example.org/news/1?utm_source=feed\",\"text\":\"Duda in Rome\"}",
        "{\"html\":\"<p>Scholz &amp; Tusk</p>\"}",
        "{\"id\":\"x-1\",\"html\":\"<p> </p>\"}",
        "[\"not an object\"]"})
    void agreesWithTheIntakeOverTheProcessorsStages(final String value) {
        final ArticleStages stages = new ArticleStages() {
            private final Normalizer normalizer = new Normalizer(text -> LanguageDetector.UNDETERMINED);

            @Override
            public RawArticle parse(final byte[] bytes) throws InvalidArticleException {
                return parser.parse(bytes);
            }

            @Override
            public NormalizedArticle normalize(final RawArticle raw) throws InvalidArticleException {
                return normalizer.normalize(raw);
            }

            @Override
            public Tags tag(final NormalizedArticle article) {
                return Tags.NONE;
            }
        };

        assertThat(new IntakeInspector(stages).inspect(utf8(value))).isEqualTo(inspector.inspect(utf8(value)));
    }

    @Test
    void unparseableValueHasNoKeyAndSaysWhy() {
        final ArticleInspector.Inspection inspection = inspector.inspect(new byte[] {'{', (byte) 0xFF, '}'});

        assertThat(inspection.key()).isEmpty();
        assertThat(inspection.rejection()).hasValueSatisfying(problem -> assertThat(problem).startsWith("invalid_utf8: "));
    }

    @Test
    void parsedButTextlessValueKeepsTheProducersIdAsKey() {
        final ArticleInspector.Inspection inspection = inspector.inspect(utf8("{\"id\":\"x-1\",\"html\":\"<p> </p>\"}"));

        assertThat(inspection.key()).contains("x-1");
        assertThat(inspection.rejection()).hasValueSatisfying(problem -> assertThat(problem).startsWith("missing_text: "));
    }
}
