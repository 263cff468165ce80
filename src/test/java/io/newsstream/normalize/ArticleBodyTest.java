package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    private static RawArticle text(final String text) {
        return new RawArticle(null, null, null, null, text, null, null, null);
    }

    private static RawArticle html(final String html) {
        return new RawArticle(null, null, null, null, null, html, null, null);
    }

    @Test
    void turnsDateMarkerIntoMarkerDate() throws InvalidArticleException {
        final ArticleBody body = ArticleBody.of(text(" date 2025-08-13 Перед переговорами.\n\nВторой абзац."));
        assertThat(body.markerDate()).contains(LocalDate.of(2025, 8, 13));
        assertThat(body.text()).isEqualTo("Перед переговорами.\n\nВторой абзац.");
    }

    @Test
    void acceptsDateMarkerOnItsOwnLine() throws InvalidArticleException {
        final ArticleBody body = ArticleBody.of(text("\n  Date: 2025-08-13\n\nText."));
        assertThat(body.markerDate()).contains(LocalDate.of(2025, 8, 13));
        assertThat(body.text()).isEqualTo("Text.");
    }

    @Test
    void keepsDateWordsThatAreNotALeadingMarker() throws InvalidArticleException {
        assertThat(ArticleBody.of(text("The date 2025-08-13 was set.")).markerDate()).isEmpty();
        final ArticleBody later = ArticleBody.of(text("Text.\ndate 2025-08-13 more"));
        assertThat(later.markerDate()).isEmpty();
        assertThat(later.text()).isEqualTo("Text.\ndate 2025-08-13 more");
        assertThat(ArticleBody.of(text("date 2025-13-45 Text.")).text()).isEqualTo("date 2025-13-45 Text.");
        assertThat(ArticleBody.of(text("date 2025-08-130 Text.")).markerDate()).isEmpty();
    }

    @Test
    void removesPhotoCreditLine() throws InvalidArticleException {
        assertThat(ArticleBody.of(text("Первый абзац.\n\nФото: из открытых источников\n\nВторой абзац.")).text())
                .isEqualTo("Первый абзац.\n\nВторой абзац.");
    }

    @Test
    void neverRemovesTextInsideAParagraph() throws InvalidArticleException {
        final String text = "Путин поблагодарил Кима. Фото: из открытых источников. Стороны договорились.";
        assertThat(ArticleBody.of(text(text)).text()).isEqualTo(text);
    }

    @Test
    void usesHtmlWhenThereIsNoText() throws InvalidArticleException {
        assertThat(ArticleBody.of(html("<p>date 2025-08-13 One.</p><p>Photo: Reuters</p><p>Two.</p>")))
                .isEqualTo(new ArticleBody("One.\n\nTwo.", java.util.Optional.of(LocalDate.of(2025, 8, 13))));
    }

    @Test
    void rejectsBodyWithNothingLeftAfterCleanup() {
        assertThatThrownBy(() -> ArticleBody.of(html("<script>x()</script><p>Фото: Reuters</p>")))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_TEXT));
        assertThatThrownBy(() -> ArticleBody.of(text("\u200B\u00AD")))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_TEXT));
    }
}
