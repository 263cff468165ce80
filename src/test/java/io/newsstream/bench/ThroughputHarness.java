package io.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.cli.Main;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.json.Json;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.metrics.PipelineMetrics;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.testing.KeywordStages;
import io.newsstream.topology.NewsTopology;

/**
 * End-to-end throughput on one embedded broker, same run, same settings (exactly-once, topic
 * partitions from the defaults): (a) the full news topology, (a') the same with
 * {@code dedup.near.enabled=false}, (b) a pass-through topology that copies
 * {@code raw} to another topic, as the floor set by Kafka itself. For each: wait until the Streams
 * client is RUNNING, publish N generated values at once ({@link ArticleGenerator}: ~3 KB, nine
 * languages, 5 % republished and 5 % near copies) and time until N outputs are committed (enriched +
 * duplicates + dead-lettered for (a), copies for (b)). Each run reports the rate over all N (which
 * includes the last articles' latency, e.g. {@code dedup.near.hold}), the steady rate (between the
 * 10 % and 90 % marks of the outputs: the throughput while there is a backlog), the process's and
 * the stream threads' CPU time per article (the broker runs in this JVM too; CPU time moves little
 * when other processes share the cores), and the outputs per topic and duplicate rule.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.args="N [standard|keyword] [exactly_once_v2|at_least_once]"};
 * {@code -Dnewsstream.<key>=<value>} reaches every run's config. {@code -Dharness.rounds=R} (R > 1)
 * repeats (a') and (a) R times, alternating which goes first, after a discarded warm-up run of the
 * full topology on up to 5,000 of the values, and prints the medians; with one round, (a') goes first
 * and pays the JIT warm-up, which flatters (a). {@code -Dharness.reword=x} sets the load's
 * {@link ArticleGenerator} reword share (how much unrelated articles overlap);
 * {@code -Dharness.threads=true} adds CPU per article by thread group. {@code keyword}
 * swaps the production stages for the small {@link KeywordStages} fixture, to see the Kafka-side cost alone.
 */
public final class ThroughputHarness {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private ThroughputHarness() {
    }

    public static void main(final String[] args) throws Exception {
        final int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        final String stagesName = args.length > 1 ? args[1] : "standard";
        final String guarantee = args.length > 2 ? args[2] : NewsstreamConfig.defaults().get("kafka.processing.guarantee");
        final Function<NewsstreamConfig, ArticleStages> stages =
                stagesName.equals("keyword") ? KeywordStages::new : Main::standardStages;
        final double reword = Double.parseDouble(System.getProperty("harness.reword", String.valueOf(ArticleGenerator.REWORD)));
        final ArticleGenerator generator = new ArticleGenerator(42, 0.05, 0.05, reword);
        final List<byte[]> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(generator.next());
        }
        final double averageBytes = articles.stream().mapToInt(a -> a.length).average().orElse(0);
        final Path stateDir = Files.createTempDirectory("newsstream-bench-state-");

        final int rounds = Integer.getInteger("harness.rounds", 1);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final RunResult passThrough = run(broker, stateDir, "pass", guarantee, articles,
                    (config, registry) -> passThroughTopology(Topics.from(config)));
            // the full topology with the near-duplicate stage switched off and on, to price it; rounds
            // alternate which goes first, so JIT warm-up and drift in the machine's load favour neither
            final TopologyFactory off = (config, registry) -> NewsTopology.build(config.with("dedup.near.enabled", "false"),
                    stages.apply(config), new PipelineMetrics(registry));
            final TopologyFactory on = (config, registry) -> NewsTopology.build(config, stages.apply(config),
                    new PipelineMetrics(registry));
            if (rounds > 1) {
                // the first full-topology run of the JVM pays for JIT compilation; let a discarded one pay it
                System.out.printf(Locale.ROOT, "warm-up (discarded): %s%n", run(broker, stateDir, "warmup", guarantee,
                        articles.subList(0, Math.min(articles.size(), 5000)), on));
            }
            final List<RunResult> withoutNear = new ArrayList<>();
            final List<RunResult> withNear = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                if (round % 2 == 1) {
                    withoutNear.add(run(broker, stateDir, "exact" + round, guarantee, articles, off));
                    withNear.add(run(broker, stateDir, "full" + round, guarantee, articles, on));
                } else {
                    withNear.add(run(broker, stateDir, "full" + round, guarantee, articles, on));
                    withoutNear.add(run(broker, stateDir, "exact" + round, guarantee, articles, off));
                }
                System.out.printf(Locale.ROOT, "round %d: near-dup off %s%n", round, withoutNear.get(round - 1));
                System.out.printf(Locale.ROOT, "round %d: near-dup on  %s%n", round, withNear.get(round - 1));
            }
            System.out.printf(Locale.ROOT, "articles: %d (%s, reword %.2f), average value %.0f bytes, stages: %s,"
                            + " guarantee: %s, cores: %d%n", count, generator.summary(), reword, averageBytes, stagesName, guarantee,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "pass-through topology: %s%n", passThrough);
            for (int round = 0; round < rounds; round++) {
                final RunResult without = withoutNear.get(round);
                final RunResult with = withNear.get(round);
                System.out.printf(Locale.ROOT, "round %d: near-dup costs %3.0f%% of the steady rate, %3.0f%% of the rate over"
                                + " all N; adds %3.0f%% to process CPU per article, %3.0f%% to stream-thread CPU%n", round + 1,
                        100 * (1 - with.steadyRate() / without.steadyRate()), 100 * (1 - with.rate() / without.rate()),
                        100 * (with.processCpuMsPerArticle() / without.processCpuMsPerArticle() - 1),
                        100 * (with.streamCpuMsPerArticle() / without.streamCpuMsPerArticle() - 1));
            }
            if (rounds > 1) {
                System.out.printf(Locale.ROOT, "median of %d rounds: near-dup costs %.0f%% of the steady rate, %.0f%% of the"
                                + " rate over all N; adds %.0f%% to process CPU per article%n", rounds,
                        100 * (1 - median(withNear, RunResult::steadyRate) / median(withoutNear, RunResult::steadyRate)),
                        100 * (1 - median(withNear, RunResult::rate) / median(withoutNear, RunResult::rate)),
                        100 * (median(withNear, RunResult::processCpuMsPerArticle)
                                / median(withoutNear, RunResult::processCpuMsPerArticle) - 1));
            }
        }
    }

    private static double median(final List<RunResult> runs, final ToDoubleFunction<RunResult> measure) {
        final double[] values = runs.stream().mapToDouble(measure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    @FunctionalInterface
    private interface TopologyFactory {
        Topology build(NewsstreamConfig config, MeterRegistry registry);
    }

    /**
     * One run: articles per wall-clock second over all N (from the first send to the last committed
     * output, so it includes the last articles' latency) and steady (outputs from the 10 % to the
     * 90 % mark over the time between them: the rate the topology keeps up while it has a backlog,
     * free of start-up and of the tail), and CPU milliseconds per article of the whole
     * process (broker, clients and Streams share this JVM) and of the stream threads alone, from
     * the first send to the last committed output. The CPU figures hardly move when other
     * processes compete for the cores, unlike the rate.
     */
    private record RunResult(double rate, double steadyRate, double processCpuMsPerArticle, double streamCpuMsPerArticle,
                             Map<String, Integer> outputs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%7.1f articles/s over all N, %7.1f steady, CPU %.2f ms/article (stream"
                            + " thread %.2f), outputs %s", rate, steadyRate, processCpuMsPerArticle, streamCpuMsPerArticle,
                    outputs);
        }
    }

    private static RunResult run(final EmbeddedKafkaBroker broker, final Path stateDir, final String name,
                              final String guarantee, final List<byte[]> articles, final TopologyFactory topology)
            throws Exception {
        final int count = articles.size();
        // -Dnewsstream.<key>=<value> reaches every run, e.g. -Dnewsstream.kafka.commit.interval.ms=1000
        NewsstreamConfig config = NewsstreamConfig.load(Optional.empty(), Map.of(), System.getProperties())
                .with("kafka.processing.guarantee", guarantee)
                .with("kafka.bootstrap.servers", broker.bootstrapServers())
                .with("kafka.application.id", "bench-" + name)
                .with("kafka.state.dir", stateDir.resolve(name).toString());
        for (final String key : List.of("topic.raw", "topic.enriched", "topic.duplicates", "topic.country.mentions",
                "topic.leader.mentions", "topic.dlq", "topic.gazetteer")) {
            config = config.with(key, "bench-" + name + "." + config.get(key));
        }
        final Topics topics = Topics.from(config);
        TopicAdmin.createTopics(config);
        final List<String> outputs = name.equals("pass")
                ? List.of(topics.enriched())
                : List.of(topics.enriched(), topics.duplicates(), topics.dlq());

        try (NewsstreamService service = new NewsstreamService(ServiceMetrics.create());
             KafkaConsumer<byte[], byte[]> consumer = committedReader(broker, outputs)) {
            service.startProcessor(topology.build(config, service.metrics().registry()),
                    NewsTopology.streamsProperties(config));
            final long waitUntil = System.nanoTime() + TIMEOUT.toNanos();
            while (service.streamsState() != KafkaStreams.State.RUNNING) {
                if (System.nanoTime() > waitUntil) {
                    throw new IllegalStateException(name + ": Streams not RUNNING within " + TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(100));
            }
            final long start = System.nanoTime();
            final long processCpuStart = processCpuNanos();
            final long streamCpuStart = streamThreadCpuNanos();
            final Map<String, Long> threadCpuStart = threadCpuByGroup();
            publish(broker, topics.raw(), articles);
            long seen = 0;
            final long tenPercent = Math.max(1, count / 10);
            final long ninetyPercent = Math.max(tenPercent + 1, count * 9L / 10);
            long tenPercentAt = 0;
            long ninetyPercentAt = 0; // no steady rate when both marks fall in one poll (tiny N)
            final Map<String, Integer> perTopic = new java.util.TreeMap<>();
            while (seen < count) {
                if (System.nanoTime() > start + TIMEOUT.toNanos()) {
                    throw new IllegalStateException(name + ": only " + seen + " of " + count + " outputs within " + TIMEOUT);
                }
                for (final var record : consumer.poll(Duration.ofMillis(100))) {
                    perTopic.merge(outputName(record.topic().substring(("bench-" + name + ".").length()), record.value()),
                            1, Integer::sum);
                    seen++;
                    if (seen == tenPercent) {
                        tenPercentAt = System.nanoTime();
                    }
                    if (seen == ninetyPercent) {
                        ninetyPercentAt = System.nanoTime();
                    }
                }
            }
            final double seconds = (System.nanoTime() - start) / 1e9;
            if (Boolean.getBoolean("harness.threads")) {
                printThreadCpu(name, threadCpuStart, count);
            }
            final double processCpuMs = (processCpuNanos() - processCpuStart) / 1e6;
            final double streamCpuMs = (streamThreadCpuNanos() - streamCpuStart) / 1e6;
            final double steadyRate = ninetyPercentAt > tenPercentAt
                    ? (ninetyPercent - tenPercent) / ((ninetyPercentAt - tenPercentAt) / 1e9) : Double.NaN;
            return new RunResult(count / seconds, steadyRate, processCpuMs / count, streamCpuMs / count, perTopic);
        }
    }

    /** The topic's short name; for a duplicate event, with its rule: {@code news.duplicates[near_content]}. */
    private static String outputName(final String topic, final byte[] value) throws java.io.IOException {
        if (!topic.endsWith("duplicates")) {
            return topic;
        }
        return topic + "[" + Json.mapper().readTree(value).path("rule").asText("?") + "]";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the live Kafka Streams stream threads (named {@code <client id>-StreamThread-<n>}). */
    private static long streamThreadCpuNanos() {
        return threadCpuByGroup().entrySet().stream().filter(group -> group.getKey().contains("-StreamThread-"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** CPU time of the live threads, summed by name with ids and numbers masked ({@code bench-full--StreamThread-#}). */
    private static Map<String, Long> threadCpuByGroup() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<String, Long> byGroup = new java.util.TreeMap<>();
        for (final ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                final String group = info.getThreadName().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "")
                        .replaceAll("[0-9]+", "#");
                byGroup.merge(group, Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
            }
        }
        return byGroup;
    }

    private static void printThreadCpu(final String name, final Map<String, Long> before, final int count) {
        final Map<String, Long> after = threadCpuByGroup();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %s %-60s %7.3f ms/article%n", name, e.getKey(),
                        e.getValue() / 1e6 / count));
    }

    private static Topology passThroughTopology(final Topics topics) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw"))
                .to(topics.enriched(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-copy"));
        return builder.build();
    }

    private static void publish(final EmbeddedKafkaBroker broker, final String topic, final List<byte[]> articles) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            final List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent =
                    new ArrayList<>(articles.size());
            for (final byte[] article : articles) {
                sent.add(producer.send(new ProducerRecord<>(topic, article)));
            }
            producer.flush();
            // a lost send would otherwise show up only as a run that never completes
            for (final var result : sent) {
                try {
                    result.get();
                } catch (final InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("publishing to " + topic + " failed", e);
                }
            }
        }
    }

    private static KafkaConsumer<byte[], byte[]> committedReader(final EmbeddedKafkaBroker broker,
                                                                 final List<String> topics) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        final KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final String topic : topics) {
            for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
