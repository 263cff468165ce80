package io.newsstream.dedup.near;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The near-duplicate labelled set, {@code src/test/resources/neardup/labelled-set.jsonl}, made by
 * {@code src/test/python/generate_neardup_set.py} from the hand-written sources next to it.
 */
public final class LabelledSet {
    public static final String RESOURCE = "/neardup/labelled-set.jsonl";

    /**
     * One article and its gold verdict.
     *
     * @param input        the news.raw value, UTF-8 JSON bytes
     * @param id           the article id
     * @param language     the language it was written in
     * @param duplicateOf  the original's id for a republished variant, else null
     * @param editKind     {@code original} or the edit that made the variant; null for a negative
     * @param negativeKind {@code same_event}, {@code follow_up}, {@code translation}, {@code live_update}; else null
     */
    public record Item(byte[] input, String id, String language, String duplicateOf, String editKind, String negativeKind) {
        /** The row of the per-kind table this item counts in. */
        public String kind() {
            return editKind != null ? editKind : "negative:" + negativeKind;
        }
    }

    private LabelledSet() {
    }

    public static List<Item> load() {
        final List<Item> items = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(LabelledSet.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                final JsonNode node = Json.mapper().readTree(line);
                final JsonNode gold = node.get("gold");
                items.add(new Item(Json.mapper().writeValueAsBytes(node.get("input")), node.get("input").get("id").asText(),
                        gold.get("language").asText(), text(gold, "duplicate_of"), text(gold, "edit_kind"),
                        text(gold, "negative_kind")));
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(items);
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
