package io.newsstream.topology;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_KEY;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static io.newsstream.testing.GazetteerFixtures.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.pipeline.StandardStages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gazetteer entries on {@code news.gazetteer} change the tagging of the articles that follow, without a restart. */
class GazetteerUpdatesTopologyTest {
    private static final Instant START = Instant.parse("2026-10-05T12:00:00Z");

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private NewsstreamConfig config;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestInputTopic<String, String> gazetteer;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private int articles;

    @BeforeEach
    void start() {
        config = DriverConfig.of(stateDir)
                // the same article text is sent again on purpose, to see its tags change: not a near-duplicate here
                .with("dedup.near.enabled", "false")
                // Dutch is detected but has no gazetteer names: the unsupported-language case
                .with("languages", "en,ru,uk,de,fr,es,it,pl,pt,nl");
        driver = NewsTopologyDriver.start(config, new StandardStages(config), registry, START);
        raw = NewsTopologyDriver.raw(driver, START);
        gazetteer = driver.createInputTopic("news.gazetteer", new StringSerializer(), new StringSerializer(),
                START, Duration.ZERO);
        enriched = NewsTopologyDriver.enriched(driver);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    /** Sends {@code text} as a new article (its own id and URL, and a distinct last sentence) and returns it enriched. */
    private EnrichedArticle enrich(final String text) {
        articles++;
        final ObjectNode node = Json.mapper().createObjectNode()
                .put("id", "article-" + articles)
                .put("url", "https://news.example/" + articles)
                .put("text", text + " " + articles)
                .put("published_at", PUBLISHED.toString());
        raw.pipeInput(node.toString().getBytes(StandardCharsets.UTF_8));
        return enriched.readValue();
    }

    private double counter(final String name) {
        final Counter counter = registry.find(name).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void newPrimeMinisterIsTaggedAfterHerEntryArrivesAndForgottenAfterItsTombstone() {
        assertThat(enrich(ARTICLE_TEXT).leaders()).isEmpty();

        gazetteer.pipeInput(NEW_PM_KEY, NEW_PM_LINES);
        assertThat(enrich(ARTICLE_TEXT).leaders())
                .extracting(LeaderTag::id, LeaderTag::country, LeaderTag::role, LeaderTag::mentions)
                .containsExactly(tuple(NEW_PM_ID, "GB", "prime-minister", 2));

        gazetteer.pipeInput(NEW_PM_KEY, (String) null);
        assertThat(enrich(ARTICLE_TEXT).leaders()).isEmpty();
        final KeyValueStore<String, String> store = driver.getKeyValueStore(NewsTopology.GAZETTEER_STORE);
        assertThat(store.get(NEW_PM_KEY)).isNull();
        assertThat(counter(PipelineMetrics.GAZETTEER_REJECTED)).isZero();
    }

    @Test
    void aReplacedEntryReplacesTheNames() {
        gazetteer.pipeInput(NEW_PM_KEY, NEW_PM_LINES);
        gazetteer.pipeInput(NEW_PM_KEY, NEW_PM_LINES.replace("Alexandra Whitcombe\t-", "Alexandra Whitcomb-Hale\t-"));
        assertThat(enrich(ARTICLE_TEXT).leaders()).as("the old full name is gone").isEmpty();
        assertThat(enrich("Prime Minister Alexandra Whitcomb-Hale met union leaders in London on Monday.").leaders())
                .extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
    }

    @Test
    void badEntriesAreCountedAndSkippedAndTheGoodOnesStillApply() {
        gazetteer.pipeInput("name:en:nobody", "lname\tnobody-at-all\ten\tfull\tNobody At All\t-");
        gazetteer.pipeInput("garbage", "this is not a gazetteer line");
        gazetteer.pipeInput(null, NEW_PM_LINES);
        assertThat(counter(PipelineMetrics.GAZETTEER_REJECTED)).isEqualTo(3);

        gazetteer.pipeInput(NEW_PM_KEY, NEW_PM_LINES);
        assertThat(counter(PipelineMetrics.GAZETTEER_REJECTED)).as("earlier bad entries are not counted again").isEqualTo(3);
        assertThat(enrich(ARTICLE_TEXT).leaders()).extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
        assertThat(enrich("Putin and Trump spoke by phone on Friday about a ceasefire.").leaders())
                .extracting(LeaderTag::id).containsExactlyInAnyOrder("vladimir-putin", "donald-trump");
    }

    @Test
    void articleInALanguageWithoutNamesIsEnrichedWithoutTagsAndCounted() {
        final EnrichedArticle dutch = enrich("De Russische president Vladimir Poetin heeft gisteren in Moskou de"
                + " Amerikaanse president Donald Trump ontmoet om over de oorlog in Oekraïne te praten.");
        assertThat(dutch.language()).isEqualTo("nl");
        assertThat(dutch.countries()).isEmpty();
        assertThat(dutch.leaders()).isEmpty();

        final EnrichedArticle undetermined = enrich("2026 — 10:45 / 12:30 / 18:00");
        assertThat(undetermined.language()).isEqualTo("und");
        assertThat(undetermined.leaders()).isEmpty();

        final EnrichedArticle english = enrich("Russian President Vladimir Putin met Donald Trump in Alaska.");
        assertThat(english.leaders()).isNotEmpty();

        assertThat(registry.find(PipelineMetrics.ARTICLES_UNSUPPORTED_LANGUAGE).tag("language", "nl").counter().count())
                .isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.ARTICLES_UNSUPPORTED_LANGUAGE).tag("language", "und").counter().count())
                .isEqualTo(1);
        assertThat(registry.find(PipelineMetrics.ARTICLES_UNSUPPORTED_LANGUAGE).tag("language", "en").counter()).isNull();
        assertThat(registry.find(PipelineMetrics.ARTICLES_ENRICHED).tag("language", "nl").counter().count()).isEqualTo(1);
    }

    @Test
    void gazetteerIsANamedGlobalStoreReadFromTheGazetteerTopic() {
        final TopologyDescription description = NewsTopology.build(config, new StandardStages(config),
                new PipelineMetrics(new SimpleMeterRegistry())).describe();
        assertThat(description.globalStores()).singleElement().satisfies(global -> {
            assertThat(global.source().topicSet()).containsExactly("news.gazetteer");
            assertThat(global.source().name()).isEqualTo("gazetteer-updates-source");
            assertThat(global.processor().name()).isEqualTo("gazetteer-updates");
            assertThat(global.processor().stores()).containsExactly(NewsTopology.GAZETTEER_STORE);
        });
    }
}
