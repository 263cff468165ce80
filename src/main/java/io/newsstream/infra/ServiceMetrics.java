package io.newsstream.infra;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The service's meter registry and what is bound to it: Prometheus format, {@code application=newsstream}
 * on every meter, JVM metrics, and (once bound) the Kafka Streams client's metrics ({@code kafka_stream_*}).
 * Closing releases the binders and the registry.
 */
public final class ServiceMetrics implements AutoCloseable {
    public static final String APPLICATION = "newsstream";

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gcMetrics;
    private KafkaStreamsMetrics streamsMetrics;

    private ServiceMetrics(final PrometheusMeterRegistry registry, final JvmGcMetrics gcMetrics) {
        this.registry = registry;
        this.gcMetrics = gcMetrics;
    }

    public static ServiceMetrics create() {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", APPLICATION);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        final JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new ServiceMetrics(registry, gc);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Publishes the Streams client's own metrics; call once, before or after {@code start()}. */
    public synchronized void bindStreams(final KafkaStreams streams) {
        if (streamsMetrics != null) {
            throw new IllegalStateException("a Kafka Streams client is already bound");
        }
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        gcMetrics.close();
        registry.close();
    }
}
