package io.newsstream.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.RejectReason;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pipeline's own meters, named once here (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #ARTICLES_IN} [newsstream_articles_in_total] — every record read from {@code news.raw}</li>
 *   <li>{@value #ARTICLES_ENRICHED}{language} — articles written to {@code news.enriched}</li>
 *   <li>{@value #ARTICLES_TAGGED}{language} — enriched articles with at least one country or leader</li>
 *   <li>{@value #ARTICLES_DUPLICATES}{rule} — articles dropped as duplicates</li>
 *   <li>{@value #ARTICLES_DEAD_LETTERED}{reason} — inputs sent to {@code news.dlq}</li>
 *   <li>{@value #MENTIONS_COUNTRY}{country}, {@value #MENTIONS_LEADER}{leader} — mentions in enriched articles</li>
 *   <li>{@value #ARTICLES_UNSUPPORTED_LANGUAGE}{language} — enriched articles whose language the gazetteer has
 *       no names for ({@code und} included): written without tags</li>
 *   <li>{@value #GAZETTEER_REJECTED} — gazetteer entries from {@code news.gazetteer} left out as invalid</li>
 *   <li>timers {@value #STAGE_NORMALIZE}, {@value #STAGE_TAG}, {@value #END_TO_END_LATENCY}</li>
 * </ul>
 * Counters are cached per tag value, so recording is a map lookup and an increment. Thread-safe.
 */
public final class PipelineMetrics {
    public static final String ARTICLES_IN = "newsstream.articles.in";
    public static final String ARTICLES_ENRICHED = "newsstream.articles.enriched";
    public static final String ARTICLES_TAGGED = "newsstream.articles.tagged";
    public static final String ARTICLES_DUPLICATES = "newsstream.articles.duplicates";
    public static final String ARTICLES_DEAD_LETTERED = "newsstream.articles.dead.lettered";
    public static final String MENTIONS_COUNTRY = "newsstream.mentions.country";
    public static final String MENTIONS_LEADER = "newsstream.mentions.leader";
    public static final String ARTICLES_UNSUPPORTED_LANGUAGE = "newsstream.articles.unsupported.language";
    public static final String GAZETTEER_REJECTED = "newsstream.gazetteer.rejected";
    public static final String STAGE_NORMALIZE = "newsstream.stage.normalize";
    public static final String STAGE_TAG = "newsstream.stage.tag";
    public static final String END_TO_END_LATENCY = "newsstream.end.to.end.latency";
    public static final String NEAR_LATE_ORIGINALS = "newsstream.near.late.originals";

    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter gazetteerRejected;
    private final Timer normalizeTimer;
    private final Timer tagTimer;
    private final Timer endToEndLatency;
    private final ConcurrentMap<String, Counter> enriched = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> tagged = new ConcurrentHashMap<>();
    private final ConcurrentMap<DuplicateRule, Counter> duplicates = new ConcurrentHashMap<>();
    private final ConcurrentMap<RejectReason, Counter> deadLettered = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> unsupportedLanguage = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> countryMentions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> leaderMentions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> lateOriginals = new ConcurrentHashMap<>();

    public PipelineMetrics(final MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.articlesIn = Counter.builder(ARTICLES_IN)
                .description("Records read from news.raw")
                .register(registry);
        this.gazetteerRejected = Counter.builder(GAZETTEER_REJECTED)
                .description("Gazetteer entries from the gazetteer topic left out as invalid")
                .register(registry);
        this.normalizeTimer = Timer.builder(STAGE_NORMALIZE)
                .description("Time to parse, validate and normalize one raw record")
                .register(registry);
        this.tagTimer = Timer.builder(STAGE_TAG)
                .description("Time to tag countries and leaders in one article")
                .register(registry);
        this.endToEndLatency = Timer.builder(END_TO_END_LATENCY)
                .description("Wall time from the raw record's timestamp to the enriched write")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** One record was read from {@code news.raw}, whatever becomes of it. */
    public void articleIn() {
        articlesIn.increment();
    }

    /**
     * One article was written to {@code news.enriched}: counts it per language, as tagged when it
     * mentions any country or leader, and adds its mentions per country and per leader.
     */
    public void enriched(final EnrichedArticle article) {
        final String language = article.language() == null ? "und" : article.language();
        counter(enriched, language, ARTICLES_ENRICHED, "language", "Articles written to news.enriched").increment();
        if (!article.countries().isEmpty() || !article.leaders().isEmpty()) {
            counter(tagged, language, ARTICLES_TAGGED, "language",
                    "Enriched articles with at least one country or leader tag").increment();
        }
        for (final CountryTag country : article.countries()) {
            counter(countryMentions, country.code(), MENTIONS_COUNTRY, "country", "Country mentions in enriched articles")
                    .increment(country.mentions());
        }
        for (final LeaderTag leader : article.leaders()) {
            counter(leaderMentions, leader.id(), MENTIONS_LEADER, "leader", "Leader mentions in enriched articles")
                    .increment(leader.mentions());
        }
    }

    /** One enriched article is in a language the gazetteer has no names for; null counts as {@code und}. */
    public void unsupportedLanguage(final String language) {
        counter(unsupportedLanguage, language == null ? "und" : language, ARTICLES_UNSUPPORTED_LANGUAGE, "language",
                "Enriched articles in a language without gazetteer names, written without tags").increment();
    }

    /** {@code entries} gazetteer entries from the gazetteer topic were found invalid and left out. */
    public void gazetteerRejected(final int entries) {
        gazetteerRejected.increment(entries);
    }

    /** One article was dropped as a duplicate under {@code rule}. */
    public void duplicate(final DuplicateRule rule) {
        counter(duplicates, rule, ARTICLES_DUPLICATES, "rule", "Articles dropped as duplicates").increment();
    }

    /**
     * An original reached the near-duplicate bands after a copy of it had: {@code inTime} when the
     * copy's verdict was still open, so the copy was dropped; otherwise the copy had already passed
     * and both were kept. Many {@code too_late} ones call for a longer {@code dedup.near.hold}.
     */
    public void lateOriginal(final boolean inTime) {
        counter(lateOriginals, inTime ? "in_time" : "too_late", NEAR_LATE_ORIGINALS, "outcome",
                "Originals that reached the near-duplicate bands after a copy of theirs").increment();
    }

    /** One input was sent to the dead-letter topic for {@code reason}. */
    public void deadLettered(final RejectReason reason) {
        counter(deadLettered, reason, ARTICLES_DEAD_LETTERED, "reason", "Inputs sent to news.dlq").increment();
    }

    public void recordNormalizeTime(final Duration elapsed) {
        normalizeTimer.record(elapsed);
    }

    public void recordTagTime(final Duration elapsed) {
        tagTimer.record(elapsed);
    }

    /** Wall time from the raw record's timestamp to the enriched write; negative values (clock skew) count as zero. */
    public void recordEndToEndLatency(final Duration latency) {
        endToEndLatency.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    private <K> Counter counter(final ConcurrentMap<K, Counter> cache, final K tagValue, final String name,
                                final String tagKey, final String description) {
        return cache.computeIfAbsent(tagValue, value -> Counter.builder(name)
                .description(description)
                .tag(tagKey, tagName(value))
                .register(registry));
    }

    private static String tagName(final Object value) {
        if (value instanceof DuplicateRule rule) {
            return rule.wireName();
        }
        if (value instanceof RejectReason reason) {
            return reason.wireName();
        }
        return String.valueOf(value);
    }
}
