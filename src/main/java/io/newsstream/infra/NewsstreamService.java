package io.newsstream.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running parts of one newsstream process, started one by one and stopped together, in order, by
 * {@link #close()}: the HTTP server, then {@code KafkaStreams.close(timeout)}, then the meter registry,
 * then the embedded broker if this process runs one. One JVM shutdown hook ({@link #closeOnShutdown()})
 * calls the same {@code close()}, so Ctrl-C and SIGTERM stop the process the same way.
 */
public final class NewsstreamService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsstreamService.class);
    private static final Duration STREAMS_CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final ServiceMetrics metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedKafkaBroker broker;
    private KafkaStreams streams;
    private HttpServer http;
    private Thread shutdownHook;
    private volatile boolean failed;
    private boolean closed;

    public NewsstreamService(final ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    /** Registers the one shutdown hook: SIGTERM and Ctrl-C run {@link #close()}. */
    public synchronized NewsstreamService closeOnShutdown() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::close, "newsstream-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    /** Starts an embedded broker owned by this service (stopped last on close). */
    public synchronized EmbeddedKafkaBroker startBroker(final int port, final Optional<Path> dataDir) {
        if (broker != null) {
            throw new IllegalStateException("the embedded broker is already running");
        }
        broker = EmbeddedKafkaBroker.start(port, dataDir);
        LOG.info("Embedded Kafka broker listening on {} (data in {})", broker.bootstrapServers(), broker.dataDir());
        return broker;
    }

    /**
     * Starts Kafka Streams on {@code topology} and binds its client metrics. A fatal processing error
     * shuts the client down, which makes {@code /health/ready} fail and {@link #awaitStopped()} return
     * {@code false}: a broken processor should be restarted, not left half-alive.
     */
    public synchronized KafkaStreams startProcessor(final Topology topology, final Properties streamsProperties) {
        if (streams != null) {
            throw new IllegalStateException("the processor is already running");
        }
        final KafkaStreams client = new KafkaStreams(topology, streamsProperties);
        client.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream processing failed; shutting the processor down: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        client.setStateListener((newState, oldState) -> {
            LOG.info("Kafka Streams {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.ERROR) {
                failed = true;
                stopped.countDown();
            }
        });
        metrics.bindStreams(client);
        client.start();
        streams = client;
        return client;
    }

    /** Serves {@code /metrics} and {@code /health/*} on {@code host:port} (0 = ephemeral). */
    public synchronized URI startWebServer(final String host, final int port) {
        if (http != null) {
            throw new IllegalStateException("the HTTP server is already running");
        }
        try {
            http = HttpServer.start(host, port, metrics, this::streamsState);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        LOG.info("HTTP endpoints at {}", http.baseUri());
        return http.baseUri();
    }

    public ServiceMetrics metrics() {
        return metrics;
    }

    /** The processor's state, or null before {@link #startProcessor} ran. */
    public synchronized KafkaStreams.State streamsState() {
        return streams == null ? null : streams.state();
    }

    /**
     * Blocks until {@link #close()} ran (signal or caller) or the processor failed.
     *
     * @return false when the processor failed
     */
    public boolean awaitStopped() throws InterruptedException {
        stopped.await();
        return !failed;
    }

    /** Stops everything that was started, in order; safe to call more than once and from the shutdown hook. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (http != null) {
                http.close();
            }
            if (streams != null) {
                if (!streams.close(STREAMS_CLOSE_TIMEOUT)) {
                    LOG.warn("Kafka Streams did not stop within {}", STREAMS_CLOSE_TIMEOUT);
                }
            }
            metrics.close();
            if (broker != null) {
                broker.close();
            }
            stopped.countDown();
        }
        removeShutdownHook();
    }

    private synchronized void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (final IllegalStateException e) {
                // the JVM is already shutting down and runs the hook, which finds us closed
            }
        }
    }
}
