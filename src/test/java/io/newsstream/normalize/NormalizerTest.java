package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    static final String SEED = "/samples/corpus/seed-article-ru.txt";

    private final Normalizer undetermined = new Normalizer(text -> LanguageDetector.UNDETERMINED);

    private static RawArticle raw(final String title, final String text, final Instant publishedAt, final String language) {
        return new RawArticle(null, "http://www.example.com/a?utm_source=x", " example.com ", title, text, null,
                publishedAt, language);
    }

    static String seedText() throws IOException {
        try (InputStream in = NormalizerTest.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void normalizesTheSeedArticle() throws Exception {
        final byte[] value = io.newsstream.json.Json.mapper().writeValueAsBytes(Map.of("text", seedText()));
        final RawArticle raw = new ArticleParser(1_048_576).parse(value);
        final NormalizedArticle article = new Normalizer(
                new OpenNlpLanguageDetector(Set.of("en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt"))).normalize(raw);

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.text()).startsWith("Перед запланированными переговорами")
                .doesNotContain("Фото: из открытых источников")
                .doesNotContain("\n\n\n")
                .contains("в центре обсуждения была война в Украине.\n\nВо время состоявшегося во вторник разговора")
                .endsWith("запланированным на пятницу.");
        assertThat(article.text().split("\n\n")).hasSize(7);
        assertThat(article.id()).isEqualTo("sha-" + article.contentHash().substring(0, 20));
        assertThat(article.url()).isNull();
    }

    @Test
    void turnsDateMarkerIntoPublishedAt() throws InvalidArticleException {
        assertThat(undetermined.normalize(raw(null, "date 2025-08-13 Text.", null, null)).publishedAt())
                .isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
    }

    @Test
    void keepsGivenPublishedAtOverDateMarker() throws InvalidArticleException {
        final NormalizedArticle article = undetermined.normalize(
                raw(null, "date 2025-08-13 Text.", Instant.parse("2025-08-12T18:00:00Z"), null));
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-08-12T18:00:00Z"));
        assertThat(article.text()).isEqualTo("Text.");
    }

    @Test
    void normalizesTitleSourceAndUrl() throws InvalidArticleException {
        final NormalizedArticle article = undetermined.normalize(raw(" Путин\u00A0и Ким\n поговорили ", "Text.", null, null));
        assertThat(article.title()).isEqualTo("Путин и Ким поговорили");
        assertThat(article.source()).isEqualTo("example.com");
        assertThat(article.url()).isEqualTo("https://example.com/a");
        assertThat(article.id()).isEqualTo(ArticleIds.derive(null, "https://example.com/a", null));
    }

    @Test
    void givesSameContentHashToCopiesDifferingInLayoutCaseOrTitle() throws InvalidArticleException {
        final NormalizedArticle a = undetermined.normalize(raw("Headline", "One paragraph.\n\nTwo.", null, null));
        final NormalizedArticle b = undetermined.normalize(raw("New headline", "ONE   paragraph.\r\ntwo.\u00AD", null, null));
        assertThat(b.contentHash()).isEqualTo(a.contentHash());
        assertThat(a.contentHash()).hasSize(64);
    }

    @Test
    void convertsHtmlBodyKeepingParagraphsAndDroppingCredits() throws InvalidArticleException {
        final RawArticle raw = new RawArticle("feed-7", "https://example.com/a", null, "<b>not markup</b>", null,
                "<article><h1>Head</h1><p>First&nbsp;para<br>graph.</p><figure><img src=x>"
                        + "<figcaption>Photo: Reuters</figcaption></figure><script>track()</script><p>Second.</p></article>",
                null, "en");
        final NormalizedArticle article = undetermined.normalize(raw);
        assertThat(article.text()).isEqualTo("Head\n\nFirst para\ngraph.\n\nSecond.");
        assertThat(article.id()).isEqualTo("feed-7");
        assertThat(article.language()).isEqualTo("en");
        // a title is plain text even when it looks like markup
        assertThat(article.title()).isEqualTo("<b>not markup</b>");
    }

    @Test
    void usesDetectedLanguageOverTheHint() throws InvalidArticleException {
        assertThat(new Normalizer(text -> "de").normalize(raw(null, "Text.", null, "en")).language()).isEqualTo("de");
    }

    @Test
    void usesValidHintWhenLanguageIsUndetermined() throws InvalidArticleException {
        assertThat(undetermined.normalize(raw(null, "Text.", null, "ZH-tw")).language()).isEqualTo("zh");
        assertThat(undetermined.normalize(raw(null, "Text.", null, "klingon")).language()).isEqualTo("und");
        assertThat(undetermined.normalize(raw(null, "Text.", null, null)).language()).isEqualTo("und");
    }

    @Test
    void rejectsArticleWithNothingLeftAfterCleanup() {
        assertThatThrownBy(() -> undetermined.normalize(raw("Title", "Фото: Reuters\n\u200B", null, null)))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_TEXT));
    }
}
