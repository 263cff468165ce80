package io.newsstream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private ServiceMetrics metrics;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        metrics = ServiceMetrics.create();
        metrics.registry().counter("newsstream.articles.in").increment(3);
        server = HttpServer.start("127.0.0.1", 0, metrics, state::get);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    private HttpResponse<String> get(final String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bindsAnEphemeralPortWhenAskedForZero() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUri()).hasToString("http://127.0.0.1:" + server.port());
    }

    @Test
    void servesPrometheusTextWithTheApplicationTagAndJvmMetrics() throws Exception {
        final HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(HttpServer.PROMETHEUS_CONTENT_TYPE);
        assertThat(response.body())
                .contains("newsstream_articles_in_total{application=\"newsstream\"} 3.0")
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads{application=\"newsstream\"}")
                .contains("process_uptime_seconds{application=\"newsstream\"}");
    }

    @Test
    void isLiveRegardlessOfStreamsState() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void isReadyOnlyWhileStreamsIsRunning() throws Exception {
        assertThat(get("/health/ready")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("NOT_STARTED");
        });
        state.set(KafkaStreams.State.REBALANCING);
        assertThat(get("/health/ready")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("REBALANCING");
        });
        state.set(KafkaStreams.State.RUNNING);
        assertThat(get("/health/ready")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("RUNNING");
        });
        state.set(KafkaStreams.State.ERROR);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @Test
    void answersUnknownPathsWith404AndWritesWith405() throws Exception {
        assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);
        assertThat(get("/").statusCode()).isEqualTo(404);
        final HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
