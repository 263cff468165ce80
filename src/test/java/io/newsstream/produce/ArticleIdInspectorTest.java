package io.newsstream.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
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
