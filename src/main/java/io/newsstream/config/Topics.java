package io.newsstream.config;

import java.util.List;

/**
 * The names of every topic newsstream reads or writes. Immutable; built from config so a
 * deployment can rename them.
 */
public record Topics(String raw, String enriched, String duplicates, String countryMentions,
                     String leaderMentions, String dlq, String gazetteer) {

    public static Topics from(final NewsstreamConfig config) {
        return new Topics(
                config.get("topic.raw"),
                config.get("topic.enriched"),
                config.get("topic.duplicates"),
                config.get("topic.country.mentions"),
                config.get("topic.leader.mentions"),
                config.get("topic.dlq"),
                config.get("topic.gazetteer"));
    }

    public static Topics defaults() {
        return from(NewsstreamConfig.defaults());
    }

    public List<String> all() {
        return List.of(raw, enriched, duplicates, countryMentions, leaderMentions, dlq, gazetteer);
    }

    /** Topics that hold the latest value per key and are created with {@code cleanup.policy=compact}. */
    public List<String> compacted() {
        return List.of(countryMentions, leaderMentions, gazetteer);
    }
}
