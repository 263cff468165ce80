package io.newsstream.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.infra.NewsstreamService;
import io.newsstream.infra.ServiceMetrics;
import io.newsstream.infra.TopicAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsstream broker}: a single-node Kafka cluster in this process, for local work. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run an embedded single-node Kafka broker (KRaft) on 127.0.0.1 until Ctrl-C,",
            "with every newsstream topic created. Point other commands at it with --bootstrap-servers."})
public final class BrokerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file layered over the built-in defaults (topic names and partitions).")
    Path configFile;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
            description = "Client port on 127.0.0.1, 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here across runs (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        final NewsstreamConfig loaded = NewsstreamConfig.load(Optional.ofNullable(configFile));
        final NewsstreamService service = new NewsstreamService(ServiceMetrics.create()).closeOnShutdown();
        final EmbeddedKafkaBroker broker = service.startBroker(port, Optional.ofNullable(dataDir));
        final NewsstreamConfig config = loaded.with(CommonOptions.BOOTSTRAP_KEY, broker.bootstrapServers());
        TopicAdmin.createTopics(config);
        spec.commandLine().getOut().printf("Kafka broker running at %s (data in %s); Ctrl-C to stop.%n",
                broker.bootstrapServers(), broker.dataDir());
        spec.commandLine().getOut().flush();
        service.awaitStopped();
        return 0;
    }
}
