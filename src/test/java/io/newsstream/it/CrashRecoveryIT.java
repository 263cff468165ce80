package io.newsstream.it;

import static io.newsstream.testing.KafkaTestSupport.READ_COMMITTED;
import static io.newsstream.testing.KafkaTestSupport.READ_UNCOMMITTED;
import static io.newsstream.testing.KafkaTestSupport.keyOf;
import static io.newsstream.testing.KafkaTestSupport.valueAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.it.CrashRecoveryCorpus.Input;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.EnrichedArticle;
import io.newsstream.model.LeaderTag;
import io.newsstream.testing.BrokerFixture;
import io.newsstream.testing.KafkaTestSupport;

/**
 * Exactly-once across crashes: {@code newsstream process} runs in a JVM of its own against a real broker
 * (in this JVM) and is killed with SIGKILL twice while articles are between stages, then restarted. Black
 * box: the test sees only the public topics and the command, not the processor's internal topics or
 * stores.
 *
 * <p>Input ({@link CrashRecoveryCorpus}): 340 records in three phases: stories with exact and near
 * copies in six languages, copies on other partitions than their originals, and malformed records. Phase
 * A is processed by a healthy processor; phase B is sent and the processor killed once some of it
 * is committed; phase C is sent while it is down, and the restarted processor is killed again as soon as
 * it has committed something; a third one finishes. Read with {@code read_committed}, the outputs must be
 * what one crash-free run gives: every valid article once on {@code news.enriched} or
 * {@code news.duplicates}, one enriched article per story and the copies pointing into their story, every
 * malformed record once on {@code news.dlq}, and mention counts equal to the sums over the enriched
 * articles.
 */
class CrashRecoveryIT {
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
    // generous: on a loaded machine one processor start alone has taken over a minute; never a timing check
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String HOURLY = "PT1H";
    private static final String DAILY = "P1D";

    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    private static Topics topics;
    private static String applicationId;
    private static Path runDir;

    // four days ago: recent enough for the topics' time-based retention, old enough that no story reaches the future
    private final CrashRecoveryCorpus corpus =
            CrashRecoveryCorpus.build(Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(4)));
    private ProcessorJvm processor;
    private int sent;

    @BeforeAll
    static void createTopicsAndRunDirectory() throws IOException {
        final NewsstreamConfig config = KAFKA.application("crash-recovery");
        applicationId = config.get("kafka.application.id");
        topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        runDir = Files.createDirectories(Path.of("target", "crash-recovery-it", applicationId).toAbsolutePath());
    }

    @AfterEach
    void stopProcessor() throws InterruptedException {
        if (processor != null) {
            processor.stop();
        }
    }

    @Test
    void everyArticleIsEnrichedOrDroppedExactlyOnceThoughTheProcessorIsKilledTwiceMidFlight() throws Exception {
        // phase A, processed in peace: its stories are the originals the near copies of B and C match
        send(corpus.phase(0));
        processor = startProcessor(1);
        awaitOutputsFor(corpus.phase(0));
        final int beforeB = read(READ_COMMITTED).articleOutputs();
        LOG.info("phase A: {} records sent, {} outputs committed", sent, beforeB);

        // phase B: kill -9 once some of it is committed, in full flow: most of it is then between stages
        // (in repartition topics) or unread; one commit can carry dozens of outputs, so the line is low
        send(corpus.phase(1));
        awaitMoreOutputsThan(beforeB + 10);
        processor.killHard();
        final int atFirstKill = read(READ_COMMITTED).articleOutputs();
        LOG.info("first kill: {} records sent, {} outputs committed", sent, atFirstKill);
        assertThat(atFirstKill).as("outputs committed when the first processor died, of %d sent", sent)
                .isGreaterThan(beforeB).isLessThan(sent);

        // phase C arrives while no processor runs; the next one is killed right after its first commit
        send(corpus.phase(2));
        processor = startProcessor(2);
        awaitMoreOutputsThan(atFirstKill);
        processor.killHard();
        final int atSecondKill = read(READ_COMMITTED).articleOutputs();
        LOG.info("second kill: {} records sent, {} outputs committed", sent, atSecondKill);
        assertThat(atSecondKill).as("outputs committed when the second processor died, of %d sent", sent)
                .isGreaterThan(atFirstKill).isLessThan(sent);

        processor = startProcessor(3);
        // on a timeout the assertions below still run and name what is missing or wrong
        awaitQuietly("an output for every input", () -> awaitOutputsFor(corpus.all()));
        // the counts are written a repartition after news.enriched, so they may trail it a little
        awaitQuietly("counts agreeing with news.enriched", this::awaitCountsAgreeing);
        processor.stop();

        final Outputs committed = read(READ_COMMITTED);
        final Outputs uncommitted = read(READ_UNCOMMITTED);
        committed.writeTo(runDir.resolve("outputs-read-committed.jsonl"));
        uncommitted.writeTo(runDir.resolve("outputs-read-uncommitted.jsonl"));
        reportAbortedRecords(committed, uncommitted);
        assertEveryValidArticleOnceAsEnrichedOrDuplicate(committed);
        assertOneEnrichedArticlePerStory(committed);
        assertEveryMalformedRecordDeadLetteredOnce(committed);
        assertCountsAgreeWithEnrichedArticles(committed);
    }

    private void assertEveryValidArticleOnceAsEnrichedOrDuplicate(final Outputs outputs) {
        final Map<String, Long> enriched = countByKey(outputs.enriched());
        final Map<String, Long> duplicates = countByKey(outputs.duplicates());
        final Set<String> valid = corpus.all().stream().filter(input -> !input.malformed()).map(Input::key)
                .collect(Collectors.toSet());
        final Map<String, String> wrong = new TreeMap<>();
        for (final String id : valid) {
            final long asEnriched = enriched.getOrDefault(id, 0L);
            final long asDuplicate = duplicates.getOrDefault(id, 0L);
            if (asEnriched + asDuplicate != 1) {
                wrong.put(id, String.format(Locale.ROOT, "enriched %d times, duplicate %d times", asEnriched, asDuplicate));
            }
        }
        final Set<String> unknown = new HashSet<>(enriched.keySet());
        unknown.addAll(duplicates.keySet());
        unknown.removeAll(valid);
        assertThat(valid).as("valid articles sent").hasSizeGreaterThan(300);
        assertThat(wrong).as("valid articles not seen exactly once on %s and %s", topics.enriched(), topics.duplicates())
                .isEmpty();
        assertThat(unknown).as("keys on %s or %s that were never sent", topics.enriched(), topics.duplicates()).isEmpty();
    }

    private void assertOneEnrichedArticlePerStory(final Outputs outputs) {
        final Set<String> enriched = countByKey(outputs.enriched()).keySet();
        final Map<String, DuplicateEvent> duplicates = new HashMap<>();
        outputs.duplicates().forEach(record -> duplicates.put(keyOf(record), valueAs(record, DuplicateEvent.class)));
        final Map<String, String> wrong = new TreeMap<>();
        int copies = 0;
        for (final Map.Entry<String, List<String>> story : corpus.stories().entrySet()) {
            final List<String> members = story.getValue();
            final List<String> enrichedMembers = members.stream().filter(enriched::contains).toList();
            if (enrichedMembers.size() != 1) {
                wrong.put(story.getKey(), "enriched: " + enrichedMembers + " of " + members);
            }
            for (final String member : members) {
                final DuplicateEvent event = duplicates.get(member);
                if (event == null) {
                    continue;
                }
                copies++;
                if (!members.contains(event.duplicateOf()) || event.duplicateOf().equals(member)) {
                    wrong.put(member, "a " + event.rule() + " copy of " + event.duplicateOf() + ", not of its story "
                            + members);
                }
            }
        }
        assertThat(corpus.stories()).as("stories").hasSizeGreaterThan(150);
        assertThat(copies).as("copies dropped").isGreaterThan(100);
        assertThat(wrong).as("stories without exactly one enriched article, or copies pointing outside their story")
                .isEmpty();
    }

    private void assertEveryMalformedRecordDeadLetteredOnce(final Outputs outputs) {
        final List<Input> malformed = corpus.all().stream().filter(Input::malformed).toList();
        assertThat(outputs.dlq()).extracting(KafkaTestSupport::keyOf)
                .as("keys on %s", topics.dlq())
                .containsExactlyInAnyOrderElementsOf(malformed.stream().map(Input::key).toList());
        final Map<String, byte[]> sentValues = malformed.stream().collect(Collectors.toMap(Input::key, Input::value));
        for (final ConsumerRecord<byte[], byte[]> dead : outputs.dlq()) {
            assertThat(dead.value()).as("dead letter %s keeps its bytes", keyOf(dead)).isEqualTo(sentValues.get(keyOf(dead)));
            assertThat(dead.headers().lastHeader("newsstream.error.reason")).as("reason of %s", keyOf(dead)).isNotNull();
        }
    }

    /**
     * The latest count of every window (the count topics are tables) equals what the enriched articles add
     * up to: per country or leader, hourly and daily windows of the article's event time (published_at,
     * else ingested_at; the record timestamp is the ingestion time), the number of articles and the sum of
     * their mentions. Keys on either side only are
     * mismatches too.
     */
    private static void assertCountsAgreeWithEnrichedArticles(final Outputs outputs) {
        final Map<String, String> expectedCountries = new TreeMap<>();
        final Map<String, String> expectedLeaders = new TreeMap<>();
        final Set<String> seen = new HashSet<>();
        for (final ConsumerRecord<byte[], byte[]> record : outputs.enriched()) {
            if (!seen.add(keyOf(record))) {
                continue; // a second copy is reported by the exactly-once check, not counted twice here
            }
            final EnrichedArticle article = valueAs(record, EnrichedArticle.class);
            final Instant time = eventTime(article);
            for (final CountryTag country : article.countries()) {
                addTally(expectedCountries, country.code(), time, country.mentions());
            }
            for (final LeaderTag leader : article.leaders()) {
                addTally(expectedLeaders, leader.id(), time, leader.mentions());
            }
        }
        assertThat(expectedCountries).as("country counts the enriched articles make").hasSizeGreaterThan(20);
        assertThat(differences(expectedCountries, latestTallies(outputs.countryMentions())))
                .as("windows of %s whose latest count differs from the enriched articles (expected <> actual)",
                        topics.countryMentions())
                .isEmpty();
        assertThat(differences(expectedLeaders, latestTallies(outputs.leaderMentions())))
                .as("windows of %s whose latest count differs from the enriched articles (expected <> actual)",
                        topics.leaderMentions())
                .isEmpty();
    }

    /** The time the topology counts an article at: when published, else when ingested. */
    private static Instant eventTime(final EnrichedArticle article) {
        return article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
    }

    private static Map<String, String> differences(final Map<String, String> expected, final Map<String, String> actual) {
        final Map<String, String> differences = new TreeMap<>();
        final Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (final String key : keys) {
            final String want = expected.getOrDefault(key, "nothing");
            final String got = actual.getOrDefault(key, "nothing");
            if (!want.equals(got)) {
                differences.put(key, want + " <> " + got);
            }
        }
        return differences;
    }

    private static void addTally(final Map<String, String> tallies, final String thing, final Instant time,
                                 final int mentions) {
        for (final String size : List.of(HOURLY, DAILY)) {
            final Instant start = time.truncatedTo(size.equals(HOURLY) ? ChronoUnit.HOURS : ChronoUnit.DAYS);
            tallies.merge(thing + "|" + size + "|" + start, tally(1, mentions), CrashRecoveryIT::plus);
        }
    }

    private static Map<String, String> latestTallies(final List<ConsumerRecord<byte[], byte[]>> counts) {
        final Map<String, String> latest = new TreeMap<>();
        for (final ConsumerRecord<byte[], byte[]> record : counts) {
            final JsonNode count = valueAs(record, JsonNode.class);
            latest.put(keyOf(record), tally(count.get("articles").asLong(), count.get("mentions").asLong()));
        }
        return latest;
    }

    private static String tally(final long articles, final long mentions) {
        return articles + " articles, " + mentions + " mentions";
    }

    private static String plus(final String a, final String b) {
        final String[] x = a.split(" articles, | mentions");
        final String[] y = b.split(" articles, | mentions");
        return tally(Long.parseLong(x[0]) + Long.parseLong(y[0]), Long.parseLong(x[1]) + Long.parseLong(y[1]));
    }

    /** Records the consumer saw only without read_committed: output of transactions the kills aborted. */
    private static void reportAbortedRecords(final Outputs committed, final Outputs uncommitted) {
        LOG.info("aborted records visible to read_uncommitted (all transactions finished): {} {}, {} {}, {} {}, {} {}, {} {}",
                topics.enriched(), uncommitted.enriched().size() - committed.enriched().size(),
                topics.duplicates(), uncommitted.duplicates().size() - committed.duplicates().size(),
                topics.dlq(), uncommitted.dlq().size() - committed.dlq().size(),
                topics.countryMentions(), uncommitted.countryMentions().size() - committed.countryMentions().size(),
                topics.leaderMentions(), uncommitted.leaderMentions().size() - committed.leaderMentions().size());
    }

    private ProcessorJvm startProcessor(final int number) {
        final Map<String, String> settings = new TreeMap<>();
        settings.put("kafka.application.id", applicationId);
        settings.put("kafka.state.dir", runDir.resolve("state").toString());
        // the killed member leaves the group when its session expires: 6 s (the broker's minimum), not 45 s
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "1500");
        final Path log = runDir.resolve("processor-" + number + ".log");
        final ProcessorJvm started = ProcessorJvm.start(KAFKA.bootstrapServers(), settings, runDir, log);
        LOG.info("processor {} started, pid {}, log {}", number, started.pid(), log);
        return started;
    }

    private void send(final List<Input> inputs) {
        KafkaTestSupport.sendAll(KAFKA.bootstrapServers(), inputs.stream()
                .map(input -> new ProducerRecord<>(topics.raw(), input.partition(), KafkaTestSupport.utf8(input.key()),
                        input.value()))
                .toList());
        sent += inputs.size();
    }

    /** Waits until every input has an output (committed) on news.enriched, news.duplicates or news.dlq. */
    private void awaitOutputsFor(final List<Input> inputs) {
        final Set<String> keys = inputs.stream().map(Input::key).collect(Collectors.toSet());
        awaitWhileRunning(Duration.ofMillis(500), () -> read(READ_COMMITTED).articleOutputKeys().containsAll(keys));
    }

    /** Waits until the latest counts agree with the enriched articles. */
    private void awaitCountsAgreeing() {
        awaitWhileRunning(Duration.ofMillis(500), () -> {
            try {
                assertCountsAgreeWithEnrichedArticles(read(READ_COMMITTED));
                return true;
            } catch (final AssertionError e) {
                return false;
            }
        }, Duration.ofSeconds(60));
    }

    private static void awaitQuietly(final String what, final Runnable await) {
        try {
            await.run();
        } catch (final ConditionTimeoutException e) {
            LOG.warn("gave up waiting for {}: {}", what, e.getMessage());
        }
    }

    /**
     * Follows the article topics with one consumer that stays subscribed, so the kill that follows comes
     * within a poll of the commit that crossed the line, while the rest of what was sent is in flight.
     */
    private void awaitMoreOutputsThan(final int outputs) {
        // answer as soon as a commit makes records visible, not after the default 500 ms wait for more
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestSupport.readerFromBeginning(KAFKA.bootstrapServers(),
                READ_COMMITTED, List.of(topics.enriched(), topics.duplicates(), topics.dlq()),
                Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20))) {
            final int[] seen = {0};
            awaitWhileRunning(Duration.ZERO, () -> {
                seen[0] += consumer.poll(Duration.ofMillis(20)).count();
                return seen[0] > outputs;
            });
        }
    }

    private void awaitWhileRunning(final Duration pollInterval, final Callable<Boolean> condition) {
        awaitWhileRunning(pollInterval, condition, TIMEOUT);
    }

    private void awaitWhileRunning(final Duration pollInterval, final Callable<Boolean> condition, final Duration timeout) {
        final ProcessorJvm running = processor;
        try {
            await().atMost(timeout).pollInterval(pollInterval).pollInSameThread()
                    .failFast("the processor exited", () -> !running.isAlive())
                    .until(condition);
        } catch (final TerminalFailureException e) {
            throw new AssertionError("the processor exited; the end of its log:\n" + running.logTail(), e);
        }
    }

    /** The output topics as one consumer with this isolation level sees them now, from the beginning to the end. */
    private record Outputs(List<ConsumerRecord<byte[], byte[]>> enriched, List<ConsumerRecord<byte[], byte[]>> duplicates,
                           List<ConsumerRecord<byte[], byte[]>> dlq, List<ConsumerRecord<byte[], byte[]>> countryMentions,
                           List<ConsumerRecord<byte[], byte[]>> leaderMentions) {
        /** Records on the three topics that take one record per input. */
        int articleOutputs() {
            return enriched.size() + duplicates.size() + dlq.size();
        }

        /** One JSON line per record (topic, partition, offset, timestamp, key, value as text), for diagnosis. */
        void writeTo(final Path file) throws IOException {
            final List<String> lines = new ArrayList<>();
            for (final List<ConsumerRecord<byte[], byte[]>> records
                    : List.of(enriched, duplicates, dlq, countryMentions, leaderMentions)) {
                for (final ConsumerRecord<byte[], byte[]> record : records) {
                    final Map<String, Object> line = new LinkedHashMap<>();
                    line.put("topic", record.topic());
                    line.put("partition", record.partition());
                    line.put("offset", record.offset());
                    line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
                    line.put("key", keyOf(record));
                    line.put("value", record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
                    lines.add(Json.mapper().writeValueAsString(line));
                }
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        }

        Set<String> articleOutputKeys() {
            final Set<String> keys = new HashSet<>();
            for (final List<ConsumerRecord<byte[], byte[]>> records : List.of(enriched, duplicates, dlq)) {
                records.forEach(record -> keys.add(keyOf(record)));
            }
            return keys;
        }
    }

    private static Outputs read(final String isolationLevel) {
        final Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = KafkaTestSupport.readToEnd(
                KAFKA.bootstrapServers(), isolationLevel, List.of(topics.enriched(), topics.duplicates(), topics.dlq(),
                        topics.countryMentions(), topics.leaderMentions()));
        return new Outputs(byTopic.get(topics.enriched()), byTopic.get(topics.duplicates()), byTopic.get(topics.dlq()),
                byTopic.get(topics.countryMentions()), byTopic.get(topics.leaderMentions()));
    }

    private static Map<String, Long> countByKey(final List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(KafkaTestSupport::keyOf, Collectors.counting()));
    }
}
