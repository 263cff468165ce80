package io.newsstream.it;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import io.newsstream.testing.BrokerFixture;

/**
 * The seed article end to end on a containerized Apache Kafka broker, for a second opinion from a
 * broker outside this JVM. Skipped, not failed, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class SeedArticleContainerIT {
    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka-native:4.1.0");

    @TempDir
    static Path stateDir;

    @Test
    void enrichesTheSeedArticleOnAContainerizedBroker() throws IOException {
        SeedArticleScenario.publishSeedAndCheckEnrichment(
                BrokerFixture.application(KAFKA.getBootstrapServers(), "seed-article-it", stateDir));
    }
}
