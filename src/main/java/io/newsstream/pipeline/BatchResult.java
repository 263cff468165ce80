package io.newsstream.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import java.util.Objects;

/**
 * What batch mode made of one input: one output line when serialized with
 * {@link io.newsstream.json.Json#mapper()}. Every line has {@code id} (null only when the input
 * could not be parsed far enough to know it) and {@code status}; enriched lines carry every
 * {@code news.enriched} field, duplicate lines {@code duplicate_of}, {@code rule} and (near duplicates) {@code similarity}, rejected
 * lines {@code error}.
 */
public sealed interface BatchResult permits BatchResult.Enriched, BatchResult.Duplicate, BatchResult.Rejected {

    String id();

    Status status();

    /** The value of the {@code status} field. */
    enum Status {
        ENRICHED("enriched"), DUPLICATE("duplicate"), REJECTED("rejected");

        private final String wireName;

        Status(final String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }

    /** A unique article, tagged: the same fields as a {@code news.enriched} value plus {@code status}. */
    @JsonPropertyOrder({"id", "status", "article"})
    record Enriched(@JsonUnwrapped @JsonIgnoreProperties("id") EnrichedArticle article) implements BatchResult {
        public Enriched {
            Objects.requireNonNull(article, "article");
        }

        @Override
        @JsonProperty("id")
        public String id() {
            return article.id();
        }

        @Override
        @JsonProperty("status")
        public Status status() {
            return Status.ENRICHED;
        }
    }

    /** A copy of an article earlier in the batch (or within the retention of it). */
    @JsonPropertyOrder({"id", "status", "duplicate_of", "rule", "similarity"})
    record Duplicate(String id, String duplicateOf, DuplicateRule rule, Double similarity) implements BatchResult {
        /** An exact duplicate: no similarity. */
        public Duplicate(final String id, final String duplicateOf, final DuplicateRule rule) {
            this(id, duplicateOf, rule, null);
        }

        public static Duplicate of(final DuplicateEvent event) {
            return new Duplicate(event.id(), event.duplicateOf(), event.rule(), event.similarity());
        }

        @Override
        @JsonProperty("status")
        public Status status() {
            return Status.DUPLICATE;
        }
    }

    /**
     * An input that could not become an article.
     *
     * @param id    the producer's id when the input got that far, else null
     * @param error the input's origin, the reason (a {@code RejectReason} wire name) and what is wrong
     */
    @JsonPropertyOrder({"id", "status", "error"})
    record Rejected(@JsonInclude(JsonInclude.Include.ALWAYS) String id, String error) implements BatchResult {
        @Override
        @JsonProperty("status")
        public Status status() {
            return Status.REJECTED;
        }
    }
}
