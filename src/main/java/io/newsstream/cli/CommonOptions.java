package io.newsstream.cli;

import java.nio.file.Path;
import java.util.Optional;

import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import picocli.CommandLine.Option;

/** Options every command takes: where the settings come from and which Kafka cluster to use. */
public final class CommonOptions {
    static final String BOOTSTRAP_KEY = "kafka.bootstrap.servers";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file layered over the built-in defaults (default: config/newsstream.properties when present).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use; overrides kafka.bootstrap.servers and NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS.")
    String bootstrapServers;

    /** Every configuration layer with the command-line options on top. */
    public NewsstreamConfig load() {
        NewsstreamConfig config = NewsstreamConfig.load(Optional.ofNullable(configFile));
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            config = config.with(BOOTSTRAP_KEY, bootstrapServers.trim());
        }
        return config;
    }

    /** The configured cluster, if any. */
    public static Optional<String> bootstrapServers(final NewsstreamConfig config) {
        return config.find(BOOTSTRAP_KEY);
    }

    /** The configured cluster, or a one-line error telling the user how to name one. */
    public static String requireBootstrapServers(final NewsstreamConfig config) {
        return bootstrapServers(config).orElseThrow(() -> new ConfigException(
                "no Kafka cluster configured: pass --bootstrap-servers HOST:PORT, set NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS, "
                        + "or set kafka.bootstrap.servers in the config file"));
    }
}
