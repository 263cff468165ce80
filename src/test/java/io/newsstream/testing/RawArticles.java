package io.newsstream.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.json.Json;
import java.nio.charset.StandardCharsets;

/** Raw articles as a producer publishes them to {@code news.raw}: the tests' one JSON builder. */
public final class RawArticles {
    private RawArticles() {
    }

    /**
     * {@code {"id", "url", "text", "language", "published_at"}} as UTF-8 JSON; a {@code null}
     * argument leaves its field out ({@code published_at} as on the wire, e.g. {@code Instant.toString()}).
     */
    public static byte[] json(final String id, final String url, final String text, final String language,
                              final String publishedAt) {
        final ObjectNode node = Json.mapper().createObjectNode();
        putUnlessNull(node, "id", id);
        putUnlessNull(node, "url", url);
        putUnlessNull(node, "text", text);
        putUnlessNull(node, "language", language);
        putUnlessNull(node, "published_at", publishedAt);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void putUnlessNull(final ObjectNode node, final String field, final String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
