package io.newsstream.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an input could not be processed; the value of the dead-letter reason header and metric tag. */
public enum RejectReason {
    INVALID_UTF8("invalid_utf8"),
    INVALID_JSON("invalid_json"),
    WRONG_FIELD_TYPE("wrong_field_type"),
    MISSING_TEXT("missing_text"),
    TEXT_TOO_LARGE("text_too_large"),
    PROCESSING_ERROR("processing_error");

    private final String wireName;

    RejectReason(final String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
