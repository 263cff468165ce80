package io.newsstream.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.infra.EmbeddedKafkaBroker;
import io.newsstream.pipeline.ArticleStages;

/**
 * One embedded Kafka broker for one integration test class, registered as
 * {@code @RegisterExtension static final BrokerFixture kafka = new BrokerFixture();}. The broker starts
 * before the class's {@code @BeforeAll} methods; after its {@code @AfterAll} methods, the pipelines started
 * through the fixture stop (newest first), then the broker, which deletes its data directory and with it
 * the pipelines' state.
 *
 * <p>Isolation when failsafe runs every IT in one JVM: each class has a broker (and so topics) of its own,
 * and each {@linkplain #application application} gets an application id with a random suffix and a state
 * directory of its own, so no two share a consumer group, a transactional id or local state.
 */
public final class BrokerFixture implements BeforeAllCallback, AfterAllCallback {
    private final Deque<RunningPipeline> pipelines = new ArrayDeque<>();
    private EmbeddedKafkaBroker broker;

    @Override
    public void beforeAll(final ExtensionContext context) {
        broker = EmbeddedKafkaBroker.start();
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        try {
            while (!pipelines.isEmpty()) {
                pipelines.pop().close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /**
     * The settings of a new application on this broker: built-in defaults, this broker, an application id
     * {@code name-<random>} and a state directory for it under the broker's (temporary) data directory.
     */
    public NewsstreamConfig application(final String name) {
        return application(bootstrapServers(), name, broker.dataDir().resolve("streams-state"));
    }

    /**
     * The settings of a new application on any cluster: built-in defaults, {@code bootstrapServers}, an
     * application id {@code name-<random>} and the state directory {@code stateRoot/<application id>}.
     */
    public static NewsstreamConfig application(final String bootstrapServers, final String name,
                                               final Path stateRoot) {
        final String applicationId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return NewsstreamConfig.defaults()
                .with("kafka.bootstrap.servers", bootstrapServers)
                .with("kafka.application.id", applicationId)
                .with("kafka.state.dir", stateRoot.resolve(applicationId).toString());
    }

    /**
     * {@link RunningPipeline#start Starts} a pipeline that this fixture stops after all tests (also when it
     * does not reach RUNNING).
     */
    public RunningPipeline startPipeline(final NewsstreamConfig config, final ArticleStages stages,
                                         final Duration timeout) {
        return launchPipeline(config, stages, timeout).awaitRunning();
    }

    /** {@link RunningPipeline#launch Launches} a pipeline that this fixture stops after all tests. */
    public RunningPipeline launchPipeline(final NewsstreamConfig config, final ArticleStages stages,
                                          final Duration timeout) {
        return stopAfterAll(RunningPipeline.launch(config, stages, timeout));
    }

    private RunningPipeline stopAfterAll(final RunningPipeline pipeline) {
        pipelines.push(pipeline);
        return pipeline;
    }
}
