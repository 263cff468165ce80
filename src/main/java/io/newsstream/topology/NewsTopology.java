package io.newsstream.topology;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.dedup.near.NearDupRule;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.pipeline.ArticleIntake;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.topology.serde.JsonSerdes;
import io.newsstream.topology.serde.NearSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The newsstream topology, built in one place from config, the article stages and the metrics.
 * Topics (names from {@code topic.*}), keys and values (JSON is snake_case, instants ISO-8601 UTC):
 * <ul>
 *   <li>{@code news.raw} (in): key the producer's article id as UTF-8 or none (not used: articles
 *       are re-keyed by fingerprint); value the raw article bytes, a UTF-8 JSON object.</li>
 *   <li>{@code news.enriched}: key the article id (string); value {@link EnrichedArticle} JSON;
 *       record timestamp the ingestion time (the raw record's timestamp, = {@code ingested_at}), not
 *       the event time, so the broker's time-based retention never deletes a backfilled article as
 *       soon as it is written ({@link IngestionTime}). Inside, records run on event time
 *       (published_at, else the raw timestamp): dedup retention and count windows.</li>
 *   <li>{@code news.duplicates}: key the dropped copy's id; value {@link DuplicateEvent} JSON
 *       ({@code id, duplicate_of, rule}); record timestamp the copy's ingestion time.</li>
 *   <li>{@code news.country-mentions}, {@code news.leader-mentions} (compacted): key
 *       {@code <code or leader id>|<window size>|<window start>}, e.g. {@code RU|PT1H|2025-08-13T10:00:00Z}
 *       or {@code vladimir-putin|P1D|2025-08-13T00:00:00Z}, so the latest count of each window
 *       survives compaction; value {@link CountryMentionCount} / {@link LeaderMentionCount} JSON
 *       ({@code country|leader, window_start, window_end, articles, mentions}).</li>
 *   <li>{@code news.gazetteer} (in, compacted): key a stable entry key such as {@code leader:jane-doe}
 *       (UTF-8); value gazetteer data lines in the bundled format (UTF-8 text), or null to remove
 *       the key's entry. Read into the global store {@value #GAZETTEER_STORE}; every change rebuilds
 *       the tag stage's gazetteer ({@code docs/gazetteer-updates.md}).</li>
 *   <li>{@code news.dlq}: key and value the raw record's bytes unchanged, original headers kept,
 *       plus {@link DeadLetterHeaders} ({@code newsstream.error.reason}, {@code .message},
 *       {@code newsstream.source.topic/partition/offset}); record timestamp the raw record's; see
 *       {@link #streamsProperties} for what else lands there.</li>
 * </ul>
 * Internal resources (prefixed with the application id by Kafka Streams): repartition topics
 * {@value #BY_URL}, {@value #BY_CONTENT} (exactly {@code topic.partitions} partitions: the near-dup
 * verdicts are resolved there), {@value #NEAR_BY_BAND} (key an article id, value a binary
 * {@link NearProbe}: the article's fingerprint and those of its LSH band keys that hash to the
 * partition; exactly {@code topic.partitions} partitions, each probe sent to the partition it names),
 * {@value #NEAR_BY_ID} (key an article id, value a binary {@link NearAnswer} or {@link NearLateOriginal};
 * exactly {@code topic.partitions} partitions, each sent to the {@value #BY_CONTENT} partition the
 * article was read from), {@value #COUNTRY_MENTIONS_BY_COUNTRY}, {@value #LEADER_MENTIONS_BY_LEADER}; window stores
 * {@value #SAME_URL_STORE}, {@value #SAME_CONTENT_STORE}, {@value #NEAR_BAND_STORE} (band key → 64-bit
 * article reference) and {@value #NEAR_SIGNATURE_STORE} (reference → id, event time, fingerprint)
 * (dedup, kept for {@code dedup.retention} + {@code dedup.grace} behind the store's stream time, so an
 * article arriving up to the grace late is still compared with everything within the retention of its
 * own event time; the dedup changelogs, exact and near, are stamped with the broker's
 * append time, {@link IngestionTime#WINDOW_CHANGELOG_CONFIG}), key-value stores {@value #NEAR_VERDICT_STORE} (the
 * verdict state of articles whose probes are still answering or whose unique verdict is held for
 * {@code dedup.near.hold}), {@code dedup-near-verdicts-articles} (those articles) and
 * {@code dedup-near-verdicts-releases} (held articles by release time) and {@code country-mentions-hourly}, {@code -daily},
 * {@code leader-mentions-hourly}, {@code -daily} (counts, grace {@code counts.grace}), each with its
 * changelog. Changing {@code topic.partitions} after these topics exist stops the service at
 * start-up (Kafka Streams refuses an internal topic with another partition count) until the
 * application is reset; see {@code newsstream-defaults.properties}.
 */
public final class NewsTopology {
    static final String BY_URL = "articles-by-url";
    static final String BY_CONTENT = "articles-by-content";
    static final String SAME_URL_STORE = "dedup-same-url";
    static final String SAME_CONTENT_STORE = "dedup-same-content";
    static final String NEAR_BY_BAND = "near-probes-by-band";
    static final String NEAR_BY_ID = "near-answers-by-id";
    static final String NEAR_BAND_STORE = "dedup-near-bands";
    static final String NEAR_SIGNATURE_STORE = "dedup-near-signatures";
    static final String NEAR_VERDICT_STORE = "dedup-near-verdicts";
    static final String COUNTRY_MENTIONS_BY_COUNTRY = "country-mentions-by-country";
    static final String LEADER_MENTIONS_BY_LEADER = "leader-mentions-by-leader";
    static final String GAZETTEER_STORE = "gazetteer-entries";
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    private NewsTopology() {
    }

    /**
     * The Streams settings: every {@code kafka.*} setting, then these defaults where unset.
     *
     * <p>ERROR POLICY.
     * <ul>
     *   <li>Dead-lettered, logged, processing continues: every {@code news.raw} record the intake
     *       step rejects (invalid UTF-8, invalid JSON, a field of the wrong type, no text, text over
     *       {@code input.max.text.bytes}) and any unexpected exception while parsing or normalizing
     *       one record ({@code processing_error}). It goes to the dead-letter topic with its key,
     *       value and headers unchanged plus {@code newsstream.error.reason} (a RejectReason wire
     *       name), {@code newsstream.error.message}, {@code newsstream.source.topic},
     *       {@code .partition}, {@code .offset}, and counts in
     *       {@code newsstream.articles.dead.lettered{reason}}. Why: one bad input must not stop the
     *       stream, and its bytes must survive for a fix and replay.</li>
     *   <li>Safety net, same topic: an unexpected exception in any later processor (dedup, tag,
     *       counts) is handled by {@link DeadLetteringProcessingExceptionHandler} and an
     *       unreadable record on an internal topic by {@link LogAndContinueExceptionHandler}; with
     *       {@code errors.dead.letter.queue.topic.name} set, both write the record as the failing
     *       task read it (for later sub-topologies that is the repartition record, not the raw
     *       one) with Kafka's {@code __streams.errors.*} headers (exception, message, stack trace,
     *       topic, partition, offset), log a warning and continue; the processing handler also
     *       adds {@code newsstream.error.reason=processing_error} and the other newsstream headers.
     *       These are not counted in the dead-lettered metric (the handler is built by Kafka
     *       Streams, outside the topology's reach); the warning log and Kafka's
     *       {@code dropped-records} metric show them. Why: a bug hit by one article should cost
     *       that article, not the pipeline; the DLQ keeps it for diagnosis and replay.</li>
     *   <li>Stops the service: failures to write output (the default production handler fails,
     *       e.g. a record over the broker's size limit, lost authorization) and broker, state
     *       store or transaction errors. They end the stream thread and go to the uncaught
     *       exception handler set where KafkaStreams is started. Why: continuing would drop
     *       output silently or break exactly-once; it is better to stop, alert and restart.</li>
     * </ul>
     * Exactly-once ({@code exactly_once_v2}) makes the dedup stores, counts and outputs commit
     * together, so a restart neither double-counts nor loses a first-seen fingerprint.
     */
    public static Properties streamsProperties(final NewsstreamConfig config) {
        final Properties props = config.kafkaProperties();
        props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "newsstream");
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putIfAbsent(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        props.putIfAbsent(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
        props.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetteringProcessingExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.from(config).dlq());
        // An enriched record carries the whole text plus tags: let records up to topic.max.message.bytes
        // through the producer and the internal topics, or a valid article near the text limit stops the service.
        final String maxMessageBytes = String.valueOf(config.getInt("topic.max.message.bytes"));
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxMessageBytes);
        props.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), maxMessageBytes);
        // near-dup's band lookups are almost all misses: a prefix bloom filter lets RocksDB skip them cheaply
        if (config.getBoolean("dedup.near.enabled")) {
            NearBandStoreOptions.addTo(props, NearDupSettings.fromConfig(config));
        }
        return props;
    }

    /** The topology; see the class comment for topics, keys and values. */
    public static Topology build(final NewsstreamConfig config, final ArticleStages stages,
                                 final PipelineMetrics metrics) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(metrics, "metrics");
        final Topics topics = Topics.from(config);
        final DedupRetention retention = DedupRetention.fromConfig(config);
        final Duration grace = config.getDuration("counts.grace");
        final StreamsBuilder builder = new StreamsBuilder(
                new TopologyConfig(new StreamsConfig(withBootstrapPlaceholder(streamsProperties(config)))));

        // every instance reads all gazetteer entries (a global store), so each tags with the same,
        // newest gazetteer; the source is "gazetteer-updates-source", the processor "gazetteer-updates"
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(GAZETTEER_STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                topics.gazetteer(),
                Consumed.with(Serdes.String(), Serdes.String()).withName("gazetteer-updates"),
                () -> new GazetteerUpdateProcessor(GAZETTEER_STORE, stages.liveGazetteer(), metrics));

        // parse and normalize; from here on the record timestamp is the article's event time (the
        // ingestion time travels in a header until the sinks)
        final Map<String, KStream<byte[], IntakeOutcome>> intake = builder
                .stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw"))
                .processValues(() -> new IntakeProcessor(new ArticleIntake(stages), metrics), Named.as("intake"))
                .split(Named.as("intake-"))
                .branch((key, outcome) -> outcome.isRejected(), Branched.as("rejected"))
                .defaultBranch(Branched.as("accepted"));
        // rejected inputs leave with their original key, bytes and headers, plus the reason headers
        intake.get("intake-rejected")
                .mapValues(IntakeOutcome::rejectedValue, Named.as("rejected-raw-bytes"))
                .to(topics.dlq(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-dlq"));

        // re-key by canonical URL (id when there is none) so every copy of a URL meets the first one
        final KStream<String, PendingArticle> byUrl = intake.get("intake-accepted")
                .mapValues(IntakeOutcome::article, Named.as("accepted-article"))
                .selectKey((rawKey, pending) -> urlKey(pending), Named.as("key-by-url"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.PENDING_ARTICLE).withName(BY_URL));
        final KStream<String, PendingArticle> uniqueByUrl =
                dropDuplicates(byUrl, DuplicateRule.SAME_URL, SAME_URL_STORE, retention, topics, metrics);

        // re-key by content hash so copies under different URLs meet on one partition; the near-dup
        // verdicts are resolved on these partitions too, so their answers need the count fixed
        final int partitions = config.getInt("topic.partitions");
        final KStream<String, PendingArticle> byContent = uniqueByUrl
                .selectKey((url, pending) -> pending.article().contentHash(), Named.as("key-by-content"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.PENDING_ARTICLE).withName(BY_CONTENT)
                        .withNumberOfPartitions(partitions));
        final KStream<String, PendingArticle> unique =
                dropDuplicates(byContent, DuplicateRule.SAME_CONTENT, SAME_CONTENT_STORE, retention, topics, metrics);

        final KStream<String, PendingArticle> distinct = config.getBoolean("dedup.near.enabled")
                ? dropNearDuplicates(unique, new NearDupRule(new NearDupFingerprinter(NearDupSettings.fromConfig(config)),
                        retention), config.getDuration("dedup.near.hold"), partitions, topics, metrics)
                : unique;

        final KStream<String, EnrichedArticle> enriched = distinct
                .selectKey((contentHash, pending) -> pending.article().id(), Named.as("key-by-id"))
                .processValues(() -> new TagProcessor(stages, metrics), Named.as("tag"));
        // outputs carry the ingestion time, not the event time: see IngestionTime
        enriched.processValues(IngestionTime.stampFromValue(EnrichedArticle::ingestedAt),
                        Named.as("enriched-ingestion-time"))
                .to(topics.enriched(), Produced.with(Serdes.String(), JsonSerdes.ENRICHED_ARTICLE).withName("write-enriched"));

        // counts come from unique articles only, so copies never inflate them; one repartition per
        // kind feeds both window sizes
        final KStream<String, MentionTally> byCountry = enriched
                .flatMap((id, article) -> countryTallies(article), Named.as("country-mentions"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.MENTION_TALLY)
                        .withName(COUNTRY_MENTIONS_BY_COUNTRY));
        final KStream<String, MentionTally> byLeader = enriched
                .flatMap((id, article) -> leaderTallies(article), Named.as("leader-mentions"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.MENTION_TALLY)
                        .withName(LEADER_MENTIONS_BY_LEADER));
        for (final Duration size : List.of(HOUR, DAY)) {
            countInWindows(byCountry, "country-mentions", size, grace)
                    .map((window, tally) -> KeyValue.pair(countKey(window, size), new CountryMentionCount(window.key(),
                            window.window().startTime(), window.window().endTime(), tally.articles(), tally.mentions())),
                            Named.as("country-mentions-" + label(size) + "-record"))
                    .to(topics.countryMentions(), Produced.with(Serdes.String(), JsonSerdes.COUNTRY_MENTION_COUNT)
                            .withName("write-country-mentions-" + label(size)));
            countInWindows(byLeader, "leader-mentions", size, grace)
                    .map((window, tally) -> KeyValue.pair(countKey(window, size), new LeaderMentionCount(window.key(),
                            window.window().startTime(), window.window().endTime(), tally.articles(), tally.mentions())),
                            Named.as("leader-mentions-" + label(size) + "-record"))
                    .to(topics.leaderMentions(), Produced.with(Serdes.String(), JsonSerdes.LEADER_MENTION_COUNT)
                            .withName("write-leader-mentions-" + label(size)));
        }
        return builder.build();
    }

    /**
     * Drops copies under one rule: duplicates go only to {@code news.duplicates}, keyed by the
     * copy's id; unique articles are returned.
     */
    private static KStream<String, PendingArticle> dropDuplicates(
            final KStream<String, PendingArticle> keyedByFingerprint, final DuplicateRule rule, final String storeName,
            final DedupRetention retention, final Topics topics, final PipelineMetrics metrics) {
        final String step = storeName; // the processor is named after its store
        final Map<String, KStream<String, DedupOutcome>> outcomes = keyedByFingerprint
                .processValues(DedupProcessor.supplier(rule, retention, storeName, metrics), Named.as(step))
                .split(Named.as(step + "-"))
                .branch((key, outcome) -> outcome.isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        outcomes.get(step + "-duplicate")
                .map((key, outcome) -> KeyValue.pair(outcome.duplicate().id(), outcome.duplicate()),
                        Named.as(step + "-duplicate-event"))
                .processValues(IngestionTime.stampFromHeader(), Named.as(step + "-duplicate-ingestion-time"))
                .to(topics.duplicates(), Produced.with(Serdes.String(), JsonSerdes.DUPLICATE_EVENT)
                        .withName("write-duplicates-" + rule.wireName().replace('_', '-')));
        return outcomes.get(step + "-unique").mapValues(DedupOutcome::unique, Named.as(step + "-unique-article"));
    }

    /**
     * Drops near copies ({@code near_content}): each article's LSH band keys are grouped by the
     * partition of {@code near-probes-by-band} that owns them (one probe per partition); there the
     * band stores answer with the earliest earlier article the newcomer copies and remember it, and
     * tell remembered later copies of the newcomer that their original has come (a late original).
     * Answers go back to the partition of {@code articles-by-content} the article was read from
     * (both topics have {@code partitions} partitions), where the article waits for them in the
     * verdict step's stores: the article itself never travels. A unique verdict waits {@code hold} more for
     * late originals. Duplicates go only to {@code news.duplicates}; texts too short to fingerprint
     * send no probe. Unique articles are returned, keyed by id.
     */
    private static KStream<String, PendingArticle> dropNearDuplicates(
            final KStream<String, PendingArticle> unique, final NearDupRule rule, final Duration hold,
            final int partitions, final Topics topics, final PipelineMetrics metrics) {
        final NearDupFingerprinter fingerprinter = rule.fingerprinter();
        final KStream<String, NearFingerprinted> fingerprinted = unique.processValues(
                () -> new NearFingerprintProcessor(fingerprinter, partitions), Named.as("near-fingerprint"));

        // one probe per partition that owns any of the article's band keys, so earlier similar
        // articles meet the newcomer there; the partition count is fixed so band keys stay put
        final KStream<String, NearVerdictInput> answers = fingerprinted
                .flatMap((key, article) -> article.probes().stream()
                        .map(probe -> KeyValue.pair(probe.id(), probe)).toList(), Named.as("near-probes"))
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.NEAR_PROBE)
                        .withName(NEAR_BY_BAND)
                        .withNumberOfPartitions(partitions)
                        .withStreamPartitioner(NearProbe.PARTITIONER))
                .process(NearBandProcessor.supplier(rule, NEAR_BAND_STORE, NEAR_SIGNATURE_STORE),
                        Named.as(NEAR_BAND_STORE))
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.NEAR_REPLY)
                        .withName(NEAR_BY_ID)
                        .withNumberOfPartitions(partitions)
                        .withStreamPartitioner(NearVerdictInput.TO_ARTICLE_PARTITION));

        // the article itself stays in this task and waits here for the answers
        final KStream<String, NearVerdictInput> articles = fingerprinted
                .mapValues(article -> (NearVerdictInput) article.article(), Named.as("near-article"));

        final Map<String, KStream<String, DedupOutcome>> outcomes = articles
                .merge(answers, Named.as("near-verdict-inputs"))
                .process(NearVerdictProcessor.supplier(NEAR_VERDICT_STORE, hold, metrics), Named.as(NEAR_VERDICT_STORE))
                .split(Named.as(NEAR_VERDICT_STORE + "-"))
                .branch((key, outcome) -> outcome.isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        outcomes.get(NEAR_VERDICT_STORE + "-duplicate")
                .mapValues(DedupOutcome::duplicate, Named.as("near-duplicate-event"))
                .processValues(IngestionTime.stampFromHeader(), Named.as("near-duplicate-ingestion-time"))
                .to(topics.duplicates(), Produced.with(Serdes.String(), JsonSerdes.DUPLICATE_EVENT)
                        .withName("write-duplicates-near-content"));
        return outcomes.get(NEAR_VERDICT_STORE + "-unique")
                .mapValues(DedupOutcome::unique, Named.as("near-unique-article"));
    }

    /** Sums one article's tallies per key in tumbling event-time windows of {@code size}. */
    private static KStream<Windowed<String>, MentionTally> countInWindows(
            final KStream<String, MentionTally> byKey, final String name, final Duration size, final Duration grace) {
        final String windowName = name + "-" + label(size);
        return byKey
                .groupByKey(Grouped.with(windowName + "-grouped", Serdes.String(), JsonSerdes.MENTION_TALLY))
                .windowedBy(TimeWindows.ofSizeAndGrace(size, grace))
                .reduce(MentionTally::plus, Named.as(windowName + "-sum"),
                        Materialized.<String, MentionTally, WindowStore<Bytes, byte[]>>as(windowName)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(JsonSerdes.MENTION_TALLY))
                .toStream(Named.as(windowName + "-updates"));
    }

    private static String urlKey(final PendingArticle pending) {
        return pending.article().url() != null ? pending.article().url() : pending.article().id();
    }

    private static List<KeyValue<String, MentionTally>> countryTallies(final EnrichedArticle article) {
        return article.countries().stream()
                .map((CountryTag country) -> KeyValue.pair(country.code(), MentionTally.oneArticle(country.mentions())))
                .toList();
    }

    private static List<KeyValue<String, MentionTally>> leaderTallies(final EnrichedArticle article) {
        return article.leaders().stream()
                .map((LeaderTag leader) -> KeyValue.pair(leader.id(), MentionTally.oneArticle(leader.mentions())))
                .toList();
    }

    /** {@code RU|PT1H|2025-08-13T10:00:00Z}: one key per counted thing, window size and window start. */
    static String countKey(final Windowed<String> window, final Duration size) {
        return window.key() + "|" + isoSize(size) + "|" + Instant.ofEpochMilli(window.window().start());
    }

    private static String isoSize(final Duration size) {
        return size.toSeconds() % DAY.toSeconds() == 0 ? "P" + size.toDays() + "D" : size.toString();
    }

    private static String label(final Duration size) {
        return size.equals(HOUR) ? "hourly" : size.equals(DAY) ? "daily" : isoSize(size).toLowerCase(Locale.ROOT);
    }

    /** TopologyConfig only reads topology settings, but StreamsConfig insists on a bootstrap server. */
    private static Properties withBootstrapPlaceholder(final Properties props) {
        props.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return props;
    }
}
