package io.newsstream.cli;

import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.BrokerUnavailableException;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.input.InputItem;
import io.newsstream.input.InputReader;
import io.newsstream.normalize.ArticleParser;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.produce.ArticleIdInspector;
import io.newsstream.produce.ArticleInspector;
import io.newsstream.produce.ArticlePublisher;
import io.newsstream.produce.IntakeInspector;
import io.newsstream.produce.ProgressReporter;
import io.newsstream.produce.PublishResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsstream produce PATH...}: publish article inputs to the raw topic. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles to the raw topic (default news.raw): .txt files (one article each, the text",
            "becomes {\"text\": ...}), .json files (one article), .jsonl/.ndjson files and - for stdin (one article",
            "per line, bytes unchanged). Directories are read recursively in path order.",
            "Every readable input is sent as is, keyed by the article id the processor will derive; the processor",
            "dead-letters invalid ones, keeping the audit trail. --validate rejects those here instead."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read and sent",
            "1:nothing or not everything could be sent: bad configuration, broker unreachable, send failures",
            "2:bad options or arguments",
            "3:some inputs were rejected (unreadable, unsupported type, or invalid with --validate); all others were sent"})
public final class ProduceCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    /** Not 2: picocli uses 2 for usage errors, and a script should tell "rejected inputs" from "wrong options". */
    public static final int EXIT_REJECTED = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files, directories, - for stdin (JSON lines), or classpath:INDEX",
                "for a bundled corpus, e.g. classpath:samples/corpus/index.txt."})
    List<String> paths;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Topic to publish to (default: setting topic.raw).")
    String topic;

    @Option(names = "--validate",
            description = "Reject invalid inputs here, with their origin and reason, instead of sending them to be dead-lettered.")
    boolean validate;

    private final Function<NewsstreamConfig, ArticleInspector> inspector;
    private final InputStream stdin;

    /** Keys records with the processor's parser and normalizer; needs no tagger or language models. */
    public ProduceCommand() {
        this(ProduceCommand::parserInspector, System.in);
    }

    /** Keys (and with {@code --validate} checks) records with the processor's full stages, built by {@code stages}. */
    public ProduceCommand(final Function<NewsstreamConfig, ArticleStages> stages) {
        this(config -> new IntakeInspector(stages.apply(config)), System.in);
    }

    ProduceCommand(final Function<NewsstreamConfig, ArticleInspector> inspector, final InputStream stdin) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    static ArticleInspector parserInspector(final NewsstreamConfig config) {
        return new ArticleIdInspector(new ArticleParser(config.getLong("input.max.text.bytes")));
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final NewsstreamConfig config;
        final String target;
        final ProgressReporter progress;
        final ArticleInspector articles;
        try {
            final NewsstreamConfig loaded = common.load();
            CommonOptions.requireBootstrapServers(loaded);
            target = topic != null ? topic : loaded.get("topic.raw");
            config = loaded.with("topic.raw", target);
            progress = new ProgressReporter(err, System.console() != null,
                    config.getDuration("produce.progress.interval"), System::nanoTime);
            connect(config);
            articles = inspector.apply(config);
        } catch (final ConfigException | BrokerUnavailableException | IllegalStateException e) {
            err.println("produce: " + e.getMessage());
            return EXIT_FAILED;
        }

        final PublishResult result;
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(ArticlePublisher.producerProperties(config),
                     new ByteArraySerializer(), new ByteArraySerializer());
             Stream<InputItem> items = new InputReader(stdin).read(paths)) {
            result = new ArticlePublisher(producer, target, articles, validate, progress).publish(items);
        } catch (final UncheckedIOException | KafkaException e) {
            progress.finish();
            err.println("produce: stopped: " + e.getMessage());
            return EXIT_FAILED;
        }
        progress.finish();
        out.println(result.describe(target));
        out.flush();
        if (result.failed() > 0) {
            return EXIT_FAILED;
        }
        return result.rejected() > 0 ? EXIT_REJECTED : EXIT_OK;
    }

    /**
     * Fails fast with one line when the broker does not answer, instead of the producer's one-minute
     * metadata wait per record; creates the topic when {@code topic.create} is on.
     */
    private static void connect(final NewsstreamConfig config) {
        TopicAdmin.checkReachable(config.kafkaProperties(), config.getDuration("produce.connect.timeout"));
        if (config.getBoolean("topic.create")) {
            TopicAdmin.createTopics(config);
        }
    }
}
