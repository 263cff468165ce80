package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.dedup.FirstSeen;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.RejectReason;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.testing.RawArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewsTopologyTopologyTest {
    private static final Instant START = Instant.parse("2025-08-13T12:00:00Z");

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateEvent> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;
    private TestOutputTopic<String, CountryMentionCount> countryMentions;
    private TestOutputTopic<String, LeaderMentionCount> leaderMentions;

    private NewsstreamConfig config() {
        return DriverConfig.of(stateDir);
    }

    private static ArticleStages stages(final NewsstreamConfig config) {
        return new StandardStages(config);
    }

    private void start(final ArticleStages stages) {
        driver = NewsTopologyDriver.start(config(), stages, registry, START);
        raw = NewsTopologyDriver.raw(driver, START);
        enriched = NewsTopologyDriver.enriched(driver);
        duplicates = NewsTopologyDriver.duplicates(driver);
        dlq = NewsTopologyDriver.dlq(driver);
        countryMentions = NewsTopologyDriver.countryMentions(driver);
        leaderMentions = NewsTopologyDriver.leaderMentions(driver);
    }

    private void start() {
        start(stages(config()));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    // --- fixtures -------------------------------------------------------------------------

    private static String seedText() throws IOException {
        try (InputStream in = NewsTopologyTopologyTest.class.getResourceAsStream("/samples/corpus/seed-article-ru.txt")) {
            assertThat(in).as("seed article on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] article(final String id, final String url, final String text, final Instant publishedAt) {
        return RawArticles.json(id, url, text, null, publishedAt == null ? null : publishedAt.toString());
    }

    private void send(final String key, final byte[] value, final Instant timestamp) {
        raw.pipeInput(new TestRecord<>(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, timestamp));
    }

    private void send(final String key, final byte[] value) {
        send(key, value, START);
    }

    private double counter(final String name, final String tag, final String value) {
        final var counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(final TestRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // --- tests ----------------------------------------------------------------------------

    @Test
    void seedArticleComesOutEnrichedKeyedByIdAtItsArrivalTime() throws IOException {
        start();
        final ObjectNode value = Json.mapper().createObjectNode().put("text", seedText());
        send(null, value.toString().getBytes(StandardCharsets.UTF_8));

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        final EnrichedArticle article = out.value();
        assertThat(out.key()).isEqualTo(article.id()).isNotBlank();
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.ingestedAt()).isEqualTo(START);
        // the " date 2025-08-13 " marker becomes the publication time (the event time inside); the
        // output record carries the arrival time, so the broker's retention does not delete it at once
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
        assertThat(out.getRecordTime()).isEqualTo(START);
        assertThat(article.text()).doesNotStartWith(" date").contains("Путин");
        assertThat(article.contentHash()).isNotBlank();
        assertThat(article.countries()).extracting(CountryTag::code).contains("RU", "US", "UA", "KP");
        assertThat(article.leaders()).extracting(LeaderTag::id)
                .contains("vladimir-putin", "donald-trump", "kim-jong-un", "volodymyr-zelensky");
        for (final CountryTag country : article.countries()) {
            assertThat(country.spans()).hasSize(country.mentions());
            country.spans().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(article.text().length()));
        }
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();

        assertThat(counter(PipelineMetrics.ARTICLES_ENRICHED, "language", "ru")).isEqualTo(1);
        assertThat(counter(PipelineMetrics.ARTICLES_TAGGED, "language", "ru")).isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.ARTICLES_IN).counter().count()).isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.STAGE_NORMALIZE).timer().count()).isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.STAGE_TAG).timer().count()).isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.END_TO_END_LATENCY).timer().count()).isEqualTo(1);
        final int putinMentions = article.leaders().stream().filter(l -> l.id().equals("vladimir-putin"))
                .mapToInt(LeaderTag::mentions).sum();
        assertThat(counter(PipelineMetrics.MENTIONS_LEADER, "leader", "vladimir-putin")).isEqualTo(putinMentions);
        final int ruMentions = article.countries().stream().filter(c -> c.code().equals("RU"))
                .mapToInt(CountryTag::mentions).sum();
        assertThat(countryMentions.readKeyValuesToMap().get("RU|P1D|2025-08-13T00:00:00Z"))
                .isEqualTo(new CountryMentionCount("RU", Instant.parse("2025-08-13T00:00:00Z"),
                        Instant.parse("2025-08-14T00:00:00Z"), 1, ruMentions));
    }

    @Test
    void enrichedRecordCarriesIngestionTimeAsTimestampAndPublicationTimeInItsValue() {
        start();
        final Instant published = Instant.parse("2025-08-12T08:30:00Z");
        send("a", article("a-1", "https://example.com/a", "Путин в Москве.", published));
        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.getRecordTime()).isEqualTo(START);
        assertThat(out.value().publishedAt()).isEqualTo(published);
        assertThat(out.value().ingestedAt()).isEqualTo(START);
    }

    @Test
    void sameUrlUnderAnotherKeyGoesOnlyToDuplicates() {
        start();
        send("key-1", article("a-1", "https://example.com/news/1", "Россия и Украина: переговоры.", null));
        send("key-2", article("a-2", "https://example.com/news/1", "Россия и Украина: переговоры (обновлено).", null));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a-1");
        final List<KeyValue<String, DuplicateEvent>> dups = duplicates.readKeyValuesToList();
        assertThat(dups).containsExactly(KeyValue.pair("a-2", new DuplicateEvent("a-2", "a-1", DuplicateRule.SAME_URL, null)));
        assertThat(counter(PipelineMetrics.ARTICLES_DUPLICATES, "rule", "same_url")).isEqualTo(1);
        assertThat(counter(PipelineMetrics.ARTICLES_DUPLICATES, "rule", "same_content")).isZero();

        final WindowStore<String, FirstSeen> store = driver.getWindowStore(NewsTopology.SAME_URL_STORE);
        assertThat(fetchAll(store, "https://example.com/news/1")).containsExactly(new FirstSeen("a-1", START));
    }

    @Test
    void sameContentUnderAnotherUrlIsSameContentDuplicate() {
        start();
        send("k1", article("a-1", "https://one.example/story", "США и Россия договорились о встрече.", null));
        send("k2", article("b-7", "https://two.example/copy", "США и Россия договорились о встрече.", null));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a-1");
        assertThat(duplicates.readKeyValuesToList())
                .containsExactly(KeyValue.pair("b-7", new DuplicateEvent("b-7", "a-1", DuplicateRule.SAME_CONTENT, null)));
        assertThat(counter(PipelineMetrics.ARTICLES_DUPLICATES, "rule", "same_content")).isEqualTo(1);
    }

    @Test
    void articlesWithoutUrlAreDeduplicatedByContentOnly() {
        start();
        send(null, article("x-1", null, "Путин и Трамп.", null));
        send(null, article("x-2", null, "Другая новость про Украину.", null));
        send(null, article("x-3", null, "Путин и Трамп.", null));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("x-1", "x-2");
        assertThat(duplicates.readValuesToList())
                .containsExactly(new DuplicateEvent("x-3", "x-1", DuplicateRule.SAME_CONTENT, null));
    }

    static Stream<Arguments> malformedInputs() {
        return Stream.of(
                Arguments.of("bad UTF-8", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                        RejectReason.INVALID_UTF8),
                Arguments.of("no value (tombstone)", null, RejectReason.INVALID_JSON),
                Arguments.of("bad JSON", "{\"text\": \"unterminated".getBytes(StandardCharsets.UTF_8), RejectReason.INVALID_JSON),
                Arguments.of("missing text", "{\"title\": \"no body\"}".getBytes(StandardCharsets.UTF_8), RejectReason.MISSING_TEXT),
                Arguments.of("wrong type", "{\"text\": 42}".getBytes(StandardCharsets.UTF_8), RejectReason.WRONG_FIELD_TYPE),
                Arguments.of("too large", ("{\"text\": \"" + "a".repeat(1_048_577) + "\"}").getBytes(StandardCharsets.UTF_8),
                        RejectReason.TEXT_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedInputs")
    void malformedInputGoesToDeadLetterUnchangedAndTheNextArticleIsEnriched(final String label, final byte[] value,
                                                                         final RejectReason reason) {
        start();
        raw.pipeInput(new TestRecord<>("bad-key".getBytes(StandardCharsets.UTF_8), value, START));
        send("good", article("g-1", "https://example.com/good", "Украина и Россия.", null));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("bad-key".getBytes(StandardCharsets.UTF_8));
        assertThat(dead.value()).isEqualTo(value);
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo(reason.wireName());
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).isNotBlank();
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("news.raw");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(dlq.isEmpty()).isTrue();

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("g-1");
        assertThat(counter(PipelineMetrics.ARTICLES_DEAD_LETTERED, "reason", reason.wireName())).isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.ARTICLES_IN).counter().count()).isEqualTo(2);
    }

    @Test
    void deadLetterReplayedAfterAFixIsEnrichedWithoutItsOldErrorHeaders() {
        start();
        raw.pipeInput(new TestRecord<>(null, "{\"text\": 42}".getBytes(StandardCharsets.UTF_8), START));
        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        final TestRecord<byte[], byte[]> fixed = new TestRecord<>(dead.key(),
                article("fixed-1", "https://example.com/fixed", "Украина.", null), dead.headers(), START);
        raw.pipeInput(fixed);

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.value().id()).isEqualTo("fixed-1");
        assertThat(out.headers().lastHeader(DeadLetterHeaders.REASON)).isNull();
        assertThat(out.headers().lastHeader(DeadLetterHeaders.SOURCE_OFFSET)).isNull();
    }

    @Test
    void windowedCountsEqualTheSumOfTagsAndDuplicatesDoNotInflateThem() {
        start();
        final Instant tenFifteen = Instant.parse("2025-08-13T10:15:00Z");
        send("1", article("c-1", "https://example.com/1", "Россия. Путин. Россия.", tenFifteen));
        send("2", article("c-2", "https://example.com/2", "США и Россия.", tenFifteen.plus(Duration.ofMinutes(30))));
        send("3", article("c-3", "https://example.com/3", "Путин, Украина.", tenFifteen.plus(Duration.ofHours(1))));
        send("4", article("c-4", "https://example.com/1", "Россия. Путин. Россия. (copy)", tenFifteen)); // same_url
        send("5", article("c-5", "https://example.com/5", "США и Россия.", tenFifteen)); // same_content

        final List<EnrichedArticle> unique = enriched.readValuesToList();
        assertThat(unique).extracting(EnrichedArticle::id).containsExactly("c-1", "c-2", "c-3");
        assertThat(duplicates.readValuesToList()).hasSize(2);

        final Map<String, CountryMentionCount> countries = countryMentions.readKeyValuesToMap();
        final Map<String, LeaderMentionCount> leaders = leaderMentions.readKeyValuesToMap();
        final Map<String, long[]> expectedCountries = new HashMap<>();
        final Map<String, long[]> expectedLeaders = new HashMap<>();
        for (final EnrichedArticle article : unique) {
            for (final String size : List.of("PT1H", "P1D")) {
                final Instant start = article.publishedAt().truncatedTo(size.equals("PT1H") ? ChronoUnit.HOURS : ChronoUnit.DAYS);
                for (final CountryTag c : article.countries()) {
                    final long[] sum = expectedCountries.computeIfAbsent(c.code() + "|" + size + "|" + start, k -> new long[2]);
                    sum[0]++;
                    sum[1] += c.mentions();
                }
                for (final LeaderTag l : article.leaders()) {
                    final long[] sum = expectedLeaders.computeIfAbsent(l.id() + "|" + size + "|" + start, k -> new long[2]);
                    sum[0]++;
                    sum[1] += l.mentions();
                }
            }
        }
        assertThat(countries.keySet()).containsExactlyInAnyOrderElementsOf(expectedCountries.keySet());
        expectedCountries.forEach((key, sum) -> assertThat(countries.get(key))
                .as(key).extracting(CountryMentionCount::articles, CountryMentionCount::mentions).containsExactly(sum[0], sum[1]));
        assertThat(leaders.keySet()).containsExactlyInAnyOrderElementsOf(expectedLeaders.keySet());
        expectedLeaders.forEach((key, sum) -> assertThat(leaders.get(key))
                .as(key).extracting(LeaderMentionCount::articles, LeaderMentionCount::mentions).containsExactly(sum[0], sum[1]));

        final CountryMentionCount ruTen = countries.get("RU|PT1H|2025-08-13T10:00:00Z");
        assertThat(ruTen).isEqualTo(new CountryMentionCount("RU", Instant.parse("2025-08-13T10:00:00Z"),
                Instant.parse("2025-08-13T11:00:00Z"), 2, 3));
        assertThat(countries.get("RU|P1D|2025-08-13T00:00:00Z").windowEnd()).isEqualTo(Instant.parse("2025-08-14T00:00:00Z"));
        final WindowStore<String, MentionTally> hourly = driver.getWindowStore("country-mentions-hourly");
        assertThat(hourly.fetch("RU", Instant.parse("2025-08-13T10:00:00Z").toEpochMilli())).isEqualTo(new MentionTally(2, 3));
    }

    @Test
    void articleLaterThanTheGraceIsEnrichedButNotCounted() {
        start();
        final Instant now = Instant.parse("2025-08-13T10:15:00Z");
        send("1", article("n-1", "https://example.com/now", "Россия.", now));
        send("2", article("l-1", "https://example.com/late", "Россия, девять дней назад.", now.minus(Duration.ofDays(9))));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("n-1", "l-1");
        assertThat(countryMentions.readKeyValuesToMap()).containsOnlyKeys(
                "RU|PT1H|2025-08-13T10:00:00Z", "RU|P1D|2025-08-13T00:00:00Z");
    }

    @Test
    void copyArrivingAfterTheRetentionIsEnrichedAgain() {
        start();
        final Instant first = Instant.parse("2025-08-01T09:00:00Z");
        send("1", article("r-1", "https://example.com/r", "Россия.", first));
        send("2", article("r-2", "https://example.com/r", "Россия.", first.plus(Duration.ofDays(6))));
        send("3", article("r-3", "https://example.com/r", "Россия.", first.plus(Duration.ofDays(8))));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("r-1", "r-3");
        assertThat(duplicates.readValuesToList())
                .containsExactly(new DuplicateEvent("r-2", "r-1", DuplicateRule.SAME_URL, null));
    }

    @Test
    void unexpectedFailureInTaggingIsDeadLetteredBySafetyNetAndProcessingContinues() {
        start(TaggerBug.on("boom", stages(config())));
        send("1", article("t-1", "https://example.com/boom", "boom", null));
        send("2", article("t-2", "https://example.com/fine", "Россия.", null));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(header(dead, "__streams.errors.message")).contains("tagger bug");
        // tagging runs in the sub-topology of the near-duplicate verdicts, which reads articles-by-content;
        // a text too short to fingerprint sends no probe and is resolved there at once
        final String repartition = "newsstream-" + NewsTopology.BY_CONTENT + "-repartition";
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(repartition);
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("processing_error");
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).contains("tagger bug", "tag");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(repartition);
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("t-2");
    }

    @Test
    void everyProcessorTopicAndStoreIsNamedAndEachDedupStepReadsItsFingerprintRepartition() {
        final TopologyDescription description = NewsTopology.build(config(), stages(config()),
                new PipelineMetrics(new SimpleMeterRegistry())).describe();
        final StringBuilder names = new StringBuilder();
        for (final TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (final TopologyDescription.Node node : sub.nodes()) {
                names.append(node.name()).append('\n');
            }
        }
        assertThat(names.toString()).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        assertThat(description.toString()).contains(NewsTopology.SAME_URL_STORE, NewsTopology.SAME_CONTENT_STORE,
                "country-mentions-hourly", "country-mentions-daily", "leader-mentions-hourly", "leader-mentions-daily");
        final TopologyDescription.Subtopology urlDedup = description.subtopologies().stream()
                .filter(sub -> sub.nodes().stream().anyMatch(n -> n.name().equals(NewsTopology.SAME_URL_STORE)))
                .findFirst().orElseThrow();
        assertThat(urlDedup.nodes().stream().filter(n -> n instanceof TopologyDescription.Source)
                .map(n -> ((TopologyDescription.Source) n).topicSet()).toList())
                .containsExactly(Set.of(NewsTopology.BY_URL + "-repartition"));
        final TopologyDescription.Subtopology contentDedup = description.subtopologies().stream()
                .filter(sub -> sub.nodes().stream().anyMatch(n -> n.name().equals(NewsTopology.SAME_CONTENT_STORE)))
                .findFirst().orElseThrow();
        // the near-dup verdicts are resolved in the task that read the article, with the answers sent back to it
        assertThat(contentDedup.nodes().stream().filter(n -> n instanceof TopologyDescription.Source)
                .map(n -> ((TopologyDescription.Source) n).topicSet()).toList())
                .containsExactlyInAnyOrder(Set.of(NewsTopology.BY_CONTENT + "-repartition"),
                        Set.of(NewsTopology.NEAR_BY_ID + "-repartition"));
        assertThat(contentDedup.nodes()).extracting(TopologyDescription.Node::name)
                .contains("near-fingerprint", NewsTopology.NEAR_VERDICT_STORE, "tag");
    }

    private static List<FirstSeen> fetchAll(final WindowStore<String, FirstSeen> store, final String key) {
        final List<FirstSeen> all = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, FirstSeen> it = store.fetch(key, key, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }
}
