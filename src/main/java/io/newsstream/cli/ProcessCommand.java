package io.newsstream.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import io.newsstream.pipeline.ArticleStages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import static io.newsstream.cli.Processor.maybeCreateTopics;
import static io.newsstream.cli.Processor.startProcessor;
import static io.newsstream.cli.Processor.startWebServer;

/** {@code newsstream process}: the stream processor against an existing Kafka cluster. */
@Command(name = "process", mixinStandardHelpOptions = true,
        header = "Run the stream processor against an existing Kafka cluster.",
        description = {"Run the stream processor against an existing Kafka cluster until SIGTERM or Ctrl-C:",
            "news.raw in; news.enriched, news.duplicates, mention counts and news.dlq out.",
            "Serves /metrics and /health/live, /health/ready on http.host:http.port."})
public final class ProcessCommand implements Callable<Integer> {
    private final Function<NewsstreamConfig, ArticleStages> stages;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    HttpOptions http;

    public ProcessCommand(final Function<NewsstreamConfig, ArticleStages> stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    @Override
    public Integer call() throws InterruptedException {
        final NewsstreamConfig config = http.applyTo(common.load());
        CommonOptions.requireBootstrapServers(config);
        TopicAdmin.checkReachable(config.kafkaProperties(), Processor.REACHABLE_TIMEOUT);
        final ArticleStages articleStages = stages.apply(config);

        final NewsstreamService service = new NewsstreamService(ServiceMetrics.create()).closeOnShutdown();
        maybeCreateTopics(config);
        startProcessor(service, config, articleStages);
        final URI web = startWebServer(service, config);

        final PrintWriter out = spec.commandLine().getOut();
        out.println("Processing " + config.get("topic.raw") + " on " + CommonOptions.requireBootstrapServers(config)
                + "; Ctrl-C to stop.");
        out.println(Processor.describeEndpoints(web));
        out.flush();
        if (!service.awaitStopped()) {
            service.close();
            throw new IllegalStateException("stream processing failed; see the log above");
        }
        return 0;
    }
}
