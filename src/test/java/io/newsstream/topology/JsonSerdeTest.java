package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.topology.serde.JsonSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void duplicateEventIsSnakeCaseWithWireRuleName() {
        final byte[] json = JsonSerdes.DUPLICATE_EVENT.serializer()
                .serialize("news.duplicates", new DuplicateEvent("b", "a", DuplicateRule.SAME_URL, null));
        assertThat(new String(json, StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"b\",\"duplicate_of\":\"a\",\"rule\":\"same_url\"}");
        assertThat(JsonSerdes.DUPLICATE_EVENT.deserializer().deserialize("news.duplicates", json))
                .isEqualTo(new DuplicateEvent("b", "a", DuplicateRule.SAME_URL, null));
    }

    @Test
    void countNamesItsKeyFieldCountry() {
        final byte[] json = JsonSerdes.COUNTRY_MENTION_COUNT.serializer().serialize("t", new CountryMentionCount("RU",
                Instant.parse("2025-08-13T10:00:00Z"), Instant.parse("2025-08-13T11:00:00Z"), 2, 3));
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"country\":\"RU\","
                + "\"window_start\":\"2025-08-13T10:00:00Z\",\"window_end\":\"2025-08-13T11:00:00Z\","
                + "\"articles\":2,\"mentions\":3}");
    }

    @Test
    void unreadableBytesThrowSerializationExceptionNamingTheType() {
        assertThatThrownBy(() -> JsonSerdes.PENDING_ARTICLE.deserializer()
                .deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("PendingArticle");
        assertThat(JsonSerdes.PENDING_ARTICLE.deserializer().deserialize("t", null)).isNull();
    }
}
