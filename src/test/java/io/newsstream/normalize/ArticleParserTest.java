package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(1_000);

    private RawArticle parse(final String json) throws InvalidArticleException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKnownFieldAndIgnoresUnknownOnes() throws InvalidArticleException {
        final RawArticle raw = parse("{\"id\":\"a1\",\"url\":\"https://x.org/a\",\"source\":\"x.org\",\"title\":\"T\","
                + "\"text\":\"Body\",\"published_at\":\"2025-08-13T09:30:00Z\",\"language\":\"en\",\"extra\":[1,2]}");
        assertThat(raw).isEqualTo(new RawArticle("a1", "https://x.org/a", "x.org", "T", "Body", null,
                Instant.parse("2025-08-13T09:30:00Z"), "en"));
    }

    @Test
    void acceptsHtmlInsteadOfText() throws InvalidArticleException {
        final RawArticle raw = parse("{\"html\":\"<p>Hi</p>\",\"text\":\"  \"}");
        assertThat(raw.html()).isEqualTo("<p>Hi</p>");
        assertThat(raw.text()).isNull();
    }

    @Test
    void treatsJsonNullAsAbsent() throws InvalidArticleException {
        final RawArticle raw = parse("{\"text\":\"Body\",\"title\":null,\"published_at\":null}");
        assertThat(raw.title()).isNull();
        assertThat(raw.publishedAt()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-08-13T09:30:00Z, 2025-08-13T09:30:00Z",
        "2025-08-13T09:30:00.250Z, 2025-08-13T09:30:00.250Z",
        "2025-08-13T12:30:00+03:00, 2025-08-13T09:30:00Z",
        "2025-08-13T09:30:00, 2025-08-13T09:30:00Z",
        "2025-08-13, 2025-08-13T00:00:00Z",
        "2025-08-13T11:30:00+02:00[Europe/Berlin], 2025-08-13T09:30:00Z",
    })
    void acceptsInstantOffsetLocalDateTimeAndPlainDate(final String given, final String expected)
            throws InvalidArticleException {
        assertThat(parse("{\"text\":\"x\",\"published_at\":\"" + given + "\"}").publishedAt())
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void rejectsInvalidUtf8WithByteOffset() {
        final byte[] value = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> parser.parse(value))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_UTF8))
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("byte offset 9");
    }

    @Test
    void rejectsOverlongUtf8Encoding() {
        // 0xC0 0xAF is an overlong '/', which lenient decoders let through
        final byte[] value = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThatThrownBy(() -> parser.parse(value)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_UTF8));
    }

    @Test
    void toleratesByteOrderMark() throws InvalidArticleException {
        assertThat(parse("\uFEFF{\"text\":\"Body\"}").text()).isEqualTo("Body");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | not valid JSON",
        "{\"text\": \"unterminated | not valid JSON",
        "{\"text\":\"a\"} {\"text\":\"b\"} | not valid JSON",
        "{\"text\":\"a\",\"text\":\"b\"} | Duplicate field 'text'",
        "[{\"text\":\"a\"}] | must be a JSON object, got an array",
        "\"just a string\" | must be a JSON object, got a string",
        "42 | must be a JSON object, got a number",
    })
    void rejectsValuesThatAreNotOneJsonObject(final String value, final String message) {
        assertThatThrownBy(() -> parse(value)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_JSON)).hasMessageContaining(message);
    }

    @Test
    void rejectsEmptyAndNullValues() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_JSON)).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": 12} | field 'text' must be a string, got a number",
        "{\"text\": [\"a\"]} | field 'text' must be a string, got an array",
        "{\"text\": \"x\", \"title\": {\"en\": \"t\"}} | field 'title' must be a string, got an object",
        "{\"text\": \"x\", \"id\": 7} | field 'id' must be a string, got a number",
        "{\"text\": \"x\", \"language\": true} | field 'language' must be a string, got a boolean",
        "{\"text\": \"x\", \"published_at\": 1755043200} | field 'published_at' must be a string, got a number",
    })
    void rejectsTextOfWrongType(final String value, final String message) {
        assertThatThrownBy(() -> parse(value)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.WRONG_FIELD_TYPE)).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2025-13-45", "13.08.2025", "2025-08-13T25:00:00Z"})
    void rejectsUnparsablePublishedAt(final String date) {
        assertThatThrownBy(() -> parse("{\"text\":\"x\",\"published_at\":\"" + date + "\"}"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.WRONG_FIELD_TYPE))
                .hasMessageContaining("field 'published_at' must be an ISO-8601 date").hasMessageContaining(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{}", "{\"title\":\"Only a title\"}", "{\"text\":\"  \\n \"}",
        "{\"text\":null,\"html\":\"\"}"})
    void rejectsArticleWithoutBody(final String value) {
        assertThatThrownBy(() -> parse(value)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_TEXT))
                .hasMessageContaining("'text' and 'html'");
    }

    @Test
    void acceptsTextExactlyAtTheLimitCountedInUtf8Bytes() throws InvalidArticleException {
        // 500 two-byte letters = 1000 bytes
        assertThat(parse("{\"text\":\"" + "я".repeat(500) + "\"}").text()).hasSize(500);
    }

    @Test
    void rejectsTextOverTheLimitCountedInUtf8Bytes() {
        // 334 chars but 1002 bytes
        assertThatThrownBy(() -> parse("{\"text\":\"" + "я".repeat(501) + "\"}"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.TEXT_TOO_LARGE))
                .hasMessageContaining("field 'text' is 1002 bytes");
    }

    @Test
    void rejectsHtmlOverTheLimit() {
        assertThatThrownBy(() -> parse("{\"html\":\"" + "a".repeat(1001) + "\"}"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.TEXT_TOO_LARGE))
                .hasMessageContaining("field 'html'");
    }

    @Test
    void rejectsWildlyLargeValueWithoutParsingIt() {
        // not even JSON: the size check must come first
        final byte[] huge = new byte[200_000];
        assertThatThrownBy(() -> parser.parse(huge)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.TEXT_TOO_LARGE)).hasMessageContaining("not parsed");
    }

    @Test
    void countsSurrogatePairsAsFourBytes() {
        assertThat(ArticleParser.utf8Length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
        assertThat(ArticleParser.utf8Length("a\u00e9\u20ac\uD83D\uDE00"))
                .isEqualTo(utf8("a\u00e9\u20ac\uD83D\uDE00").length);
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThatThrownBy(() -> new ArticleParser(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
