package io.newsstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.json.Json;
import io.newsstream.model.DuplicateRule;
import io.newsstream.testing.RawArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchEnricherTest {
    private static final Instant RUN_START = Instant.parse("2025-08-13T12:00:00Z");
    private static final DedupRetention RETENTION = new DedupRetention(Duration.ofDays(7), Duration.ofDays(1));

    private static ArticleStages stages() {
        return new StandardStages(NewsstreamConfig.defaults());
    }

    private static byte[] article(final String id, final String url, final String text) {
        return RawArticles.json(id, url, text, null, null);
    }

    private static JsonNode line(final BatchResult result) throws IOException {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(result));
    }

    @Test
    void enrichedLineHasStatusAndEveryEnrichedField() throws IOException {
        final BatchEnricher enricher = new BatchEnricher(stages(), RETENTION, true, RUN_START);
        final BatchResult result = enricher.enrich("in.jsonl:1", article("a-1", "https://x.example/1",
                "Президент России Владимир Путин провёл телефонный разговор с лидером Северной Кореи, сообщает агентство."));
        assertThat(result.status()).isEqualTo(BatchResult.Status.ENRICHED);
        final String text = Json.mapper().writeValueAsString(result);
        assertThat(text).startsWith("{\"id\":\"a-1\",\"status\":\"enriched\",");
        assertThat(text.split("\"id\":\"a-1\"", -1)).as("id written once").hasSize(2);
        final JsonNode json = line(result);
        assertThat(json.get("status").asText()).isEqualTo("enriched");
        assertThat(json.get("ingested_at").asText()).isEqualTo("2025-08-13T12:00:00Z");
        assertThat(json.get("content_hash").asText()).isNotBlank();
        assertThat(json.get("language").asText()).isEqualTo("ru");
        assertThat(json.get("countries").findValuesAsText("code")).containsExactlyInAnyOrder("RU", "KP");
        assertThat(json.get("leaders").findValuesAsText("id")).containsExactly("vladimir-putin");
        final List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 2)).containsExactly("id", "status");
        assertThat(names).contains("url", "text", "countries", "leaders").doesNotContain("article", "error");
    }

    @Test
    void copiesInTheBatchBecomeDuplicateLines() throws IOException {
        final BatchEnricher enricher = new BatchEnricher(stages(), RETENTION, true, RUN_START);
        enricher.enrich("in.jsonl:1", article("a-1", "https://x.example/1", "Россия."));
        final BatchResult sameUrl = enricher.enrich("in.jsonl:2", article("a-2", "https://x.example/1", "Другое."));
        final BatchResult sameContent = enricher.enrich("in.jsonl:3", article("a-3", "https://x.example/3", "Россия."));
        assertThat(line(sameUrl).toString())
                .isEqualTo("{\"id\":\"a-2\",\"status\":\"duplicate\",\"duplicate_of\":\"a-1\",\"rule\":\"same_url\"}");
        assertThat(sameContent).isEqualTo(new BatchResult.Duplicate("a-3", "a-1", DuplicateRule.SAME_CONTENT));
    }

    @Test
    void withoutDeduplicationEveryValidInputIsEnriched() {
        final BatchEnricher enricher = new BatchEnricher(stages(), RETENTION, false, RUN_START);
        assertThat(enricher.enrich("a", article("a-1", "https://x.example/1", "Россия.")).status())
                .isEqualTo(BatchResult.Status.ENRICHED);
        assertThat(enricher.enrich("b", article("a-2", "https://x.example/1", "Россия.")).status())
                .isEqualTo(BatchResult.Status.ENRICHED);
    }

    @Test
    void rejectedLineNamesOriginAndReasonWithNullIdWhenUnknowable() throws IOException {
        final BatchEnricher enricher = new BatchEnricher(stages(), RETENTION, true, RUN_START);
        final BatchResult result = enricher.enrich("articles.jsonl:12", "{\"text\": 42}".getBytes(StandardCharsets.UTF_8));
        final JsonNode json = line(result);
        assertThat(json.has("id")).isTrue();
        assertThat(json.get("id").isNull()).isTrue();
        assertThat(json.get("status").asText()).isEqualTo("rejected");
        assertThat(json.get("error").asText()).startsWith("articles.jsonl:12: wrong_field_type: ");
    }

    @Test
    void undatedArticlesShareTheRunStartAsEventTime() {
        final BatchEnricher enricher = new BatchEnricher(stages(), RETENTION, true, RUN_START);
        assertThat(enricher.runStartedAt()).isEqualTo(RUN_START);
        final BatchResult.Enriched result =
                (BatchResult.Enriched) enricher.enrich("x", article("a-1", null, "США."));
        assertThat(result.article().ingestedAt()).isEqualTo(RUN_START);
        assertThat(result.article().publishedAt()).isNull();
    }
}
