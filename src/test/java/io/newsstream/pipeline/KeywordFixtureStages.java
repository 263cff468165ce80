package io.newsstream.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * TEST FIXTURE, not the real stages: a tiny stand-in for parser, normalizer and tagger so the
 * pipeline plumbing can be tested before the real ones exist. Keyword tagging of a handful of
 * names, no language detection beyond "Cyrillic or not".
 */
public final class KeywordFixtureStages implements ArticleStages {
    private final long maxTextBytes;

    public KeywordFixtureStages(final long maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    @Override
    public RawArticle parse(final byte[] value) throws InvalidArticleException {
        final String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (final CharacterCodingException e) {
            throw new InvalidArticleException(RejectReason.INVALID_UTF8, "not UTF-8", e);
        }
        final JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (final IOException e) {
            throw new InvalidArticleException(RejectReason.INVALID_JSON, "not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidArticleException(RejectReason.INVALID_JSON, "not a JSON object");
        }
        final JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "no text");
        }
        if (!text.isTextual()) {
            throw new InvalidArticleException(RejectReason.WRONG_FIELD_TYPE, "text must be a string");
        }
        if (text.asText().getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
            throw new InvalidArticleException(RejectReason.TEXT_TOO_LARGE, "text too large");
        }
        return new RawArticle(str(root, "id"), str(root, "url"), str(root, "source"), str(root, "title"),
                text.asText(), null, root.hasNonNull("published_at") ? Instant.parse(root.get("published_at").asText()) : null,
                null);
    }

    @Override
    public NormalizedArticle normalize(final RawArticle raw) {
        final String text = raw.text().strip();
        final String hash = sha256(text);
        final String url = raw.url() == null ? null : raw.url().strip().toLowerCase(Locale.ROOT);
        final String id = raw.id() != null ? raw.id() : url != null ? sha256(url).substring(0, 16) : hash.substring(0, 16);
        final String language = text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                ? "ru" : "en";
        return new NormalizedArticle(id, url, raw.source(), raw.title(), text, language, raw.publishedAt(), hash);
    }

    @Override
    public Tags tag(final NormalizedArticle article) {
        final List<CountryTag> countries = new ArrayList<>();
        final List<LeaderTag> leaders = new ArrayList<>();
        country(article.text(), "RU", "Russia", countries, "Росси", "РФ", "Russia");
        country(article.text(), "US", "United States", countries, "США", "United States");
        country(article.text(), "UA", "Ukraine", countries, "Украин", "Ukraine");
        final List<Span> putin = find(article.text(), "Путин", "Putin");
        if (!putin.isEmpty()) {
            leaders.add(new LeaderTag("vladimir-putin", "Vladimir Putin", "RU", "president", putin.size(), putin));
        }
        return new Tags(countries, leaders);
    }

    private static void country(final String text, final String code, final String name, final List<CountryTag> out,
                                final String... forms) {
        final List<Span> spans = find(text, forms);
        if (!spans.isEmpty()) {
            out.add(new CountryTag(code, name, spans.size(), spans));
        }
    }

    private static List<Span> find(final String text, final String... forms) {
        final List<Span> spans = new ArrayList<>();
        for (final String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                spans.add(new Span(at, at + form.length()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    private static String str(final JsonNode root, final String field) {
        return root.hasNonNull(field) ? root.get(field).asText() : null;
    }

    private static String sha256(final String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
