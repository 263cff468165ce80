package io.newsstream.cli;

import io.newsstream.config.NewsstreamConfig;
import picocli.CommandLine.Option;

/** The option of the commands that serve /metrics and /health. */
public final class HttpOptions {
    @Option(names = "--http-port", paramLabel = "PORT",
            description = "HTTP port for /metrics and /health (default: http.port, 8080; 0 = any free port).")
    Integer httpPort;

    /** {@code config} with {@code http.port} from the command line on top, when given. */
    NewsstreamConfig applyTo(final NewsstreamConfig config) {
        return httpPort == null ? config : config.with("http.port", httpPort.toString());
    }
}
