package io.newsstream.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an article was judged a duplicate of an earlier one. */
public enum DuplicateRule {
    /** Same canonical URL as an article seen within the retention. */
    SAME_URL("same_url"),
    /** Same normalized text (same content hash) as an article seen within the retention. */
    SAME_CONTENT("same_content"),
    /** Text similar above the configured threshold to an article seen within the retention. */
    NEAR_CONTENT("near_content");

    private final String wireName;

    DuplicateRule(final String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
