package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.config.NewsstreamConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {
    static final String SENTENCES = "/normalize/language-sentences.tsv";

    private static final OpenNlpLanguageDetector DETECTOR = OpenNlpLanguageDetector.fromConfig(NewsstreamConfig.defaults());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    /** One labelled sentence of the test set. */
    record Sample(String language, String text) {
    }

    static List<Sample> sentences() throws IOException {
        try (InputStream in = OpenNlpLanguageDetectorTest.class.getResourceAsStream(SENTENCES)) {
            final List<Sample> samples = new ArrayList<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    final String[] parts = line.split("\t", 2);
                    samples.add(new Sample(parts[0], parts[1]));
                }
            }
            return samples;
        }
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void usesTheConfiguredLanguages() {
        assertThat(DETECTOR.languages()).containsExactlyInAnyOrder("en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt");
    }

    @Test
    void detectsAtLeast95PercentOfShortNewsSentences() throws IOException {
        final List<Sample> samples = sentences();
        final List<String> wrong = new ArrayList<>();
        for (final Sample sample : samples) {
            final String detected = DETECTOR.detect(sample.text());
            if (!detected.equals(sample.language())) {
                wrong.add(sample.language() + " read as " + detected + ": " + sample.text());
            }
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(54);
        assertThat(samples.stream().map(Sample::language).distinct()).hasSize(9);
        assertThat(1.0 - (double) wrong.size() / samples.size()).as("accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void detectsTheSeedArticleAsRussian() throws IOException {
        assertThat(DETECTOR.detect(NormalizerTest.seedText())).isEqualTo("ru");
    }

    @Test
    void readsCyrillicWithUkrainianLettersAsUkrainian() {
        // short enough that the model alone is unsure between Russian, Ukrainian and Bulgarian
        assertThat(DETECTOR.detect("Київ і Харків")).isEqualTo("uk");
        assertThat(DETECTOR.detect("Президент підписав закон")).isEqualTo("uk");
    }

    @Test
    void readsCyrillicWithRussianLettersAsRussian() {
        assertThat(DETECTOR.detect("Акции резко упали после снижения прогноза продаж")).isEqualTo("ru");
        assertThat(DETECTOR.detect("Съезд партии прошёл в пятницу")).isEqualTo("ru");
    }

    @Test
    void answersUndForTextWithoutLetters() {
        assertThat(DETECTOR.detect("12345 !!! 2025-08-13")).isEqualTo("und");
        assertThat(DETECTOR.detect("")).isEqualTo("und");
    }

    @Test
    void answersUndForLanguagesOutsideTheSet() {
        assertThat(DETECTOR.detect("Nederlandse regering kondigt nieuwe maatregelen aan voor de woningmarkt.")).isEqualTo("und");
        assertThat(DETECTOR.detect("这是一个关于中国经济的新闻报道，政府公布了新的数据。")).isEqualTo("und");
        assertThat(DETECTOR.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας.")).isEqualTo("und");
    }

    @Test
    void answersOnlyWithAllowedLanguages() {
        final OpenNlpLanguageDetector englishAndGerman = new OpenNlpLanguageDetector(Set.of("en", "de"));
        assertThat(englishAndGerman.detect("Das Parlament hat den neuen Haushalt verabschiedet.")).isEqualTo("de");
        assertThat(englishAndGerman.detect("Парламент утвердил новый бюджет во вторник вечером.")).isEqualTo("und");
    }

    @Test
    void looksOnlyAtTheStartOfLongTexts() {
        final String text = "The central bank left interest rates unchanged. ".repeat(80)
                + "Der Präsident trifft nächste Woche europäische Regierungschefs. ".repeat(200);
        assertThat(DETECTOR.detect(text)).isEqualTo("en");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        final List<Sample> samples = sentences();
        final List<Future<String>> answers = new ArrayList<>();
        for (final Sample sample : samples) {
            answers.add(POOL.submit(() -> DETECTOR.detect(sample.text())));
        }
        for (int i = 0; i < samples.size(); i++) {
            assertThat(answers.get(i).get()).isEqualTo(DETECTOR.detect(samples.get(i).text()));
        }
    }

    @Test
    void refusesLanguagesTheModelDoesNotKnow() {
        assertThatThrownBy(() -> new OpenNlpLanguageDetector(Set.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
        assertThatThrownBy(() -> new OpenNlpLanguageDetector(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
