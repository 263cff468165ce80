package io.newsstream.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The service's HTTP endpoints, on the JDK's built-in server:
 * <ul>
 *   <li>{@code GET /metrics}: every meter in Prometheus text format;</li>
 *   <li>{@code GET /health/live}: 200 while the process runs;</li>
 *   <li>{@code GET /health/ready}: 200 only when the Kafka Streams client is {@code RUNNING}, else 503;
 *       the body is the state's name either way.</li>
 * </ul>
 */
public final class HttpServer implements AutoCloseable {
    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final com.sun.net.httpserver.HttpServer server;
    private final ExecutorService executor;
    private boolean closed;

    private HttpServer(final com.sun.net.httpserver.HttpServer server, final ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts serving.
     *
     * @param host         interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
     * @param port         port, or 0 for an ephemeral one (see {@link #baseUri()})
     * @param metrics      what {@code /metrics} shows
     * @param streamsState the Streams client's current state, or null before a client exists
     */
    public static HttpServer start(final String host, final int port, final ServiceMetrics metrics,
                                   final Supplier<KafkaStreams.State> streamsState) throws IOException {
        final com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(host, port), 0);
        final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            final Thread thread = new Thread(runnable, "newsstream-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/metrics", getOnly(exchange ->
                respond(exchange, 200, PROMETHEUS_CONTENT_TYPE, metrics.scrape())));
        server.createContext("/health/live", getOnly(exchange -> respond(exchange, 200, TEXT, "UP")));
        server.createContext("/health/ready", getOnly(exchange -> {
            final KafkaStreams.State state = streamsState.get();
            final boolean ready = state == KafkaStreams.State.RUNNING;
            respond(exchange, ready ? 200 : 503, TEXT, state == null ? "NOT_STARTED" : state.name());
        }));
        server.start();
        return new HttpServer(server, executor);
    }

    /** Where the server listens, with the actual port, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUri() {
        final InetSocketAddress address = server.getAddress();
        final String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + host + ":" + address.getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests, lets running ones finish for up to a second. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(1);
        executor.shutdownNow();
    }

    private static HttpHandler getOnly(final HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                final String method = exchange.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    respond(exchange, 405, TEXT, "method not allowed");
                } else if (!isExactPath(exchange)) {
                    respond(exchange, 404, TEXT, "not found");
                } else {
                    handler.handle(exchange);
                }
            }
        };
    }

    // Contexts match by prefix; only the path itself is served.
    private static boolean isExactPath(final HttpExchange exchange) {
        return exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath());
    }

    private static void respond(final HttpExchange exchange, final int status, final String contentType,
                                final String body) throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        final boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public String toString() {
        return "HttpServer[" + baseUri() + "]";
    }
}
