package io.newsstream.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsstream.json.Json;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Parses and validates one {@code news.raw} value: strict UTF-8, one JSON object with the snake_case fields
 * {@code id, url, source, title, text, html, published_at, language} (unknown fields ignored), at least one
 * non-blank body ({@code text} or {@code html}) no larger than the configured number of UTF-8 bytes.
 * Each rejection carries a {@link RejectReason} and a message that names the field and the problem.
 * Immutable and thread-safe.
 */
public final class ArticleParser {
    /**
     * Worst legal case: both bodies at the limit with every byte written as a 6-byte {@code \\uXXXX} escape,
     * plus room for the small fields. A value larger than this cannot be valid, so it is rejected unparsed.
     */
    private static final long ESCAPE_FACTOR = 12;
    private static final long SMALL_FIELDS_ALLOWANCE = 64 * 1024;

    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final long maxTextBytes;
    private final long maxValueBytes;

    /** @param maxTextBytes the largest {@code text} or {@code html}, in UTF-8 bytes (setting {@code input.max.text.bytes}) */
    public ArticleParser(final long maxTextBytes) {
        if (maxTextBytes <= 0) {
            throw new IllegalArgumentException("maxTextBytes must be positive, got " + maxTextBytes);
        }
        this.maxTextBytes = maxTextBytes;
        this.maxValueBytes = maxTextBytes > (Long.MAX_VALUE - SMALL_FIELDS_ALLOWANCE) / ESCAPE_FACTOR
                ? Long.MAX_VALUE
                : maxTextBytes * ESCAPE_FACTOR + SMALL_FIELDS_ALLOWANCE;
    }

    public RawArticle parse(final byte[] value) throws InvalidArticleException {
        if (value == null) {
            throw new InvalidArticleException(RejectReason.INVALID_JSON, "the record has no value (null)");
        }
        if (value.length > maxValueBytes) {
            throw new InvalidArticleException(RejectReason.TEXT_TOO_LARGE, "the value is " + value.length
                    + " bytes, far more than an article with a text of at most " + maxTextBytes
                    + " bytes can take; not parsed");
        }
        final JsonNode root = readJson(decodeUtf8(value));
        if (!root.isObject()) {
            throw new InvalidArticleException(RejectReason.INVALID_JSON,
                    "the value must be a JSON object, got " + describe(root));
        }
        final String id = optionalString(root, "id");
        final String url = optionalString(root, "url");
        final String source = optionalString(root, "source");
        final String title = optionalString(root, "title");
        final String text = optionalString(root, "text");
        final String html = optionalString(root, "html");
        final Instant publishedAt = optionalInstant(root, "published_at");
        final String language = optionalString(root, "language");

        checkSize("text", text);
        checkSize("html", html);
        final boolean hasText = text != null && !text.isBlank();
        final boolean hasHtml = html != null && !html.isBlank();
        if (!hasText && !hasHtml) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT,
                    "the article has no body: fields 'text' and 'html' are both missing, null or blank");
        }
        return new RawArticle(id, url, source, title, hasText ? text : null, hasHtml ? html : null,
                publishedAt, language);
    }

    private static String decodeUtf8(final byte[] value) throws InvalidArticleException {
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer in = ByteBuffer.wrap(value);
        // UTF-8 never needs more chars than bytes
        final CharBuffer out = CharBuffer.allocate(value.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidArticleException(RejectReason.INVALID_UTF8, "the value is not valid UTF-8: "
                    + (result.isMalformed() ? "malformed" : "unmappable") + " byte sequence at byte offset "
                    + in.position() + " of " + value.length);
        }
        out.flip();
        // a byte order mark is legal UTF-8 but not legal JSON; tolerate it
        if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    private static JsonNode readJson(final String json) throws InvalidArticleException {
        if (json.isBlank()) {
            throw new InvalidArticleException(RejectReason.INVALID_JSON, "the value is empty, expected a JSON object");
        }
        try {
            return READER.readTree(json);
        } catch (final JsonProcessingException e) {
            final String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidArticleException(RejectReason.INVALID_JSON,
                    "the value is not valid JSON: " + e.getOriginalMessage() + where, e);
        }
    }

    private static String optionalString(final JsonNode root, final String field) throws InvalidArticleException {
        final JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidArticleException(RejectReason.WRONG_FIELD_TYPE,
                    "field '" + field + "' must be a string, got " + describe(node));
        }
        return node.textValue();
    }

    private static Instant optionalInstant(final JsonNode root, final String field) throws InvalidArticleException {
        final String value = optionalString(root, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        final Instant instant = parseInstant(value.trim());
        if (instant == null) {
            throw new InvalidArticleException(RejectReason.WRONG_FIELD_TYPE, "field '" + field
                    + "' must be an ISO-8601 date or date-time such as 2025-08-13 or 2025-08-13T09:30:00Z, got '"
                    + abbreviate(value) + "'");
        }
        return instant;
    }

    /**
     * An instant ({@code ...Z}), an offset date-time ({@code ...+03:00}), a local date-time (taken as UTC) or a
     * plain date (midnight UTC); null when the text is none of these.
     */
    static Instant parseInstant(final String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            final TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? Instant.from(parsed)
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (final DateTimeException e) {
            return null;
        }
    }

    private void checkSize(final String field, final String value) throws InvalidArticleException {
        if (value == null || value.length() <= maxTextBytes / 3) {
            // at most 3 UTF-8 bytes per char (4 per surrogate pair): short strings need no counting
            return;
        }
        final long bytes = utf8Length(value);
        if (bytes > maxTextBytes) {
            throw new InvalidArticleException(RejectReason.TEXT_TOO_LARGE, "field '" + field + "' is " + bytes
                    + " bytes in UTF-8, more than the limit of " + maxTextBytes + " (input.max.text.bytes)");
        }
    }

    static long utf8Length(final CharSequence s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String describe(final JsonNode node) {
        switch (node.getNodeType()) {
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            case STRING: return "a string";
            case NULL: return "null";
            default: return node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    private static String abbreviate(final String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
