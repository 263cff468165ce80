package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.config.NewsstreamConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {

    private static final OpenNlpLanguageDetector DETECTOR = OpenNlpLanguageDetector.fromConfig(NewsstreamConfig.defaults());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

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
        final List<LanguageSamples.Sample> samples = LanguageSamples.load();
        final List<String> wrong = new ArrayList<>();
        for (final LanguageSamples.Sample sample : samples) {
            final String detected = DETECTOR.detect(sample.text());
            if (!detected.equals(sample.language())) {
                wrong.add(sample.language() + " read as " + detected + ": " + sample.text());
            }
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(54);
        assertThat(samples.stream().map(LanguageSamples.Sample::language).distinct()).hasSize(9);
        assertThat(1.0 - (double) wrong.size() / samples.size()).as("accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void detectsTheSeedArticleAsRussian() throws IOException {
        assertThat(DETECTOR.detect(NormalizerTest.seedText())).isEqualTo("ru");
    }

    @Test
    void readsCyrillicWithUkrainianLettersAsUkrainian() {
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("ru", "Київ і Харків: є загиблі")).isEqualTo("uk");
        // a Russian quote inside Ukrainian text does not flip it
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("ru",
                "Він сказав «мы победим», але Київ і Харків відповіли")).isEqualTo("uk");
    }

    @Test
    void readsCyrillicWithRussianLettersAsRussian() {
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("uk", "Съезд партии прошёл в пятницу")).isEqualTo("ru");
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("uk", "Это был объявленный визит")).isEqualTo("ru");
    }

    @Test
    void keepsTheModelsAnswerWhenLettersDoNotDecide() {
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("uk", "Путин подписал указ")).isEqualTo("uk");
        assertThat(OpenNlpLanguageDetector.russianOrUkrainianByLetters("ru", "Путин подписал указ")).isEqualTo("ru");
    }

    @Test
    void decidesUnsureShortCyrillicOnlyByUnambiguousLetters() {
        assertThat(OpenNlpLanguageDetector.byDistinctiveLettersOnly("Київ і Харків")).isEqualTo("uk");
        assertThat(OpenNlpLanguageDetector.byDistinctiveLettersOnly("Съезд прошёл")).isEqualTo("ru");
        // ъ alone is Bulgarian as much as Russian; ў is Belarusian
        assertThat(OpenNlpLanguageDetector.byDistinctiveLettersOnly("Правителството обяви")).isEqualTo("und");
        assertThat(OpenNlpLanguageDetector.byDistinctiveLettersOnly("Урад зацвердзіў бюджэт")).isEqualTo("und");
    }

    @Test
    void answersUndForBulgarianAndBelarusian() {
        assertThat(DETECTOR.detect("Правителството одобри новия бюджет за следващата година.")).isEqualTo("und");
        assertThat(DETECTOR.detect("Урад зацвердзіў новы бюджэт на наступны год.")).isEqualTo("und");
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
        assertThat(DETECTOR.detect("El govern català aprova els pressupostos per al proper any.")).isEqualTo("und");
        assertThat(DETECTOR.detect("Hükümet gelecek yıl için yeni bütçeyi onayladı.")).isEqualTo("und");
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
        final List<LanguageSamples.Sample> samples = LanguageSamples.load();
        final List<Future<String>> answers = new ArrayList<>();
        for (final LanguageSamples.Sample sample : samples) {
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
