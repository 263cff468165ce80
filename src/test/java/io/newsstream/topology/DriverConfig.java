package io.newsstream.topology;

import io.newsstream.config.NewsstreamConfig;
import java.nio.file.Path;

/** The defaults, set up for a topology under {@code TopologyTestDriver}. */
final class DriverConfig {
    private DriverConfig() {
    }

    /**
     * The defaults with state in {@code stateDir}, a placeholder broker (the driver needs none) and
     * near-dup verdicts not held: the driver's wall clock moves only when a test moves it, and
     * holding is {@code NearVerdictTopologyTest}'s subject.
     */
    static NewsstreamConfig of(final Path stateDir) {
        return NewsstreamConfig.defaults()
                .with("kafka.state.dir", stateDir.toString())
                .with("kafka.bootstrap.servers", "unused:9092")
                .with("dedup.near.hold", "PT0S");
    }
}
