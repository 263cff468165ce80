package io.newsstream.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.input.InputItem;
import io.newsstream.input.InputReader;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.produce.ArticlePublisher;
import io.newsstream.produce.IntakeInspector;
import io.newsstream.produce.PublishListener;
import io.newsstream.produce.PublishResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import static io.newsstream.cli.Processor.startProcessor;
import static io.newsstream.cli.Processor.startWebServer;

/** {@code newsstream demo}: everything in one process, fed the bundled sample corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the whole pipeline on an embedded broker with the sample corpus and print a summary.",
        description = {"Start an embedded Kafka broker (unless --bootstrap-servers or kafka.bootstrap.servers names one),",
            "create the topics, run the processor and the HTTP endpoints, publish the bundled sample corpus,",
            "wait until it has been processed and print a summary. Keeps serving until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    /** The corpus index on the classpath: one file per line, relative to its folder. */
    static final String CORPUS_INDEX = "samples/corpus/index.txt";
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(3);
    private static final int TOP = 10;

    private final Function<NewsstreamConfig, ArticleStages> stages;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the embedded broker's data here across runs (default: a temporary directory).")
    Path dataDir;

    @Mixin
    HttpOptions http;

    @Option(names = "--exit-when-done", description = "Exit after printing the summary instead of serving until Ctrl-C.")
    boolean exitWhenDone;

    public DemoCommand(final Function<NewsstreamConfig, ArticleStages> stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    @Override
    public Integer call() throws InterruptedException {
        NewsstreamConfig config = http.applyTo(common.load());
        final PrintWriter out = spec.commandLine().getOut();
        final NewsstreamService service = new NewsstreamService(ServiceMetrics.create()).closeOnShutdown();
        config = startBrokerUnlessConfigured(service, config, out);
        final ArticleStages articleStages = stages.apply(config);

        TopicAdmin.createTopics(config);
        startProcessor(service, config, articleStages);
        final URI web = startWebServer(service, config);

        try (OutputTally tally = OutputTally.fromNow(config)) {
            final PublishResult published = publishCorpus(config, articleStages);
            out.println("Published the sample corpus: " + published.describe(config.get("topic.raw")));
            out.flush();
            final boolean complete = tally.awaitOutputs(published.sent(), PROCESSING_TIMEOUT);
            printSummary(out, published, tally, complete);
        }
        out.println();
        out.println(Processor.describeEndpoints(web));
        out.flush();
        if (exitWhenDone) {
            service.close();
            return 0;
        }
        out.println("Serving until Ctrl-C.");
        out.flush();
        return service.awaitStopped() ? 0 : 1;
    }

    private NewsstreamConfig startBrokerUnlessConfigured(final NewsstreamService service, final NewsstreamConfig config,
                                                         final PrintWriter out) {
        if (CommonOptions.bootstrapServers(config).isPresent()) {
            TopicAdmin.checkReachable(config.kafkaProperties(), Processor.REACHABLE_TIMEOUT);
            return config;
        }
        final EmbeddedKafkaBroker broker = service.startBroker(0, Optional.ofNullable(dataDir));
        out.println("Started an embedded Kafka broker at " + broker.bootstrapServers());
        out.flush();
        return Processor.withStateDirUnder(config.with(CommonOptions.BOOTSTRAP_KEY, broker.bootstrapServers()),
                broker.dataDir());
    }

    private static PublishResult publishCorpus(final NewsstreamConfig config, final ArticleStages stages) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ArticlePublisher.producerProperties(config),
                new ByteArraySerializer(), new ByteArraySerializer());
             Stream<InputItem> corpus = new InputReader().readClasspath(CORPUS_INDEX)) {
            // validate=false: invalid samples are sent on purpose, to show the dead-letter topic at work
            return new ArticlePublisher(producer, config.get("topic.raw"), new IntakeInspector(stages), false,
                    new PublishListener() { }).publish(corpus);
        }
    }

    private static void printSummary(final PrintWriter out, final PublishResult published, final OutputTally tally,
                                     final boolean complete) {
        out.println();
        out.println(complete ? "Summary" : "Summary (incomplete: not every article was processed within "
                + PROCESSING_TIMEOUT.toMinutes() + " min)");
        out.printf("  articles in:    %d%n", published.sent());
        out.printf("  enriched:       %d  %s%n", tally.enriched(), inline(tally.languages()));
        out.printf("  duplicates:     %d  %s%n", sum(tally.duplicatesByRule()), inline(tally.duplicatesByRule()));
        out.printf("  dead-lettered:  %d  %s%n", sum(tally.deadLetteredByReason()), inline(tally.deadLetteredByReason()));
        printTop(out, "Top countries", tally.topCountries(TOP));
        printTop(out, "Top leaders", tally.topLeaders(TOP));
    }

    private static void printTop(final PrintWriter out, final String title, final List<Map.Entry<String, long[]>> top) {
        out.println("  " + title + " (mentions in articles):");
        if (top.isEmpty()) {
            out.println("    none");
        }
        for (final Map.Entry<String, long[]> entry : top) {
            out.printf("    %-24s %5d in %d %s%n", entry.getKey(), entry.getValue()[1], entry.getValue()[0],
                    entry.getValue()[0] == 1 ? "article" : "articles");
        }
    }

    private static String inline(final Map<String, Long> counts) {
        return counts.isEmpty() ? "" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", "(", ")"));
    }

    private static long sum(final Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
