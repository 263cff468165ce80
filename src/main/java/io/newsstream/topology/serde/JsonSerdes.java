package io.newsstream.topology.serde;

import io.newsstream.dedup.FirstSeen;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.topology.CountryMentionCount;
import io.newsstream.topology.LeaderMentionCount;
import io.newsstream.topology.MentionTally;
import io.newsstream.topology.PendingArticle;

/** The one JSON serde of each value type the topology writes or stores (the near-dup stage's internal values: {@link NearSerdes}). */
public final class JsonSerdes {
    public static final JsonSerde<PendingArticle> PENDING_ARTICLE = new JsonSerde<>(PendingArticle.class);
    public static final JsonSerde<FirstSeen> FIRST_SEEN = new JsonSerde<>(FirstSeen.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED_ARTICLE = new JsonSerde<>(EnrichedArticle.class);
    public static final JsonSerde<DuplicateEvent> DUPLICATE_EVENT = new JsonSerde<>(DuplicateEvent.class);
    public static final JsonSerde<MentionTally> MENTION_TALLY = new JsonSerde<>(MentionTally.class);
    public static final JsonSerde<CountryMentionCount> COUNTRY_MENTION_COUNT = new JsonSerde<>(CountryMentionCount.class);
    public static final JsonSerde<LeaderMentionCount> LEADER_MENTION_COUNT = new JsonSerde<>(LeaderMentionCount.class);

    private JsonSerdes() {
    }
}
