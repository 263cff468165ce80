package io.newsstream.it;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsstream.infra.EmbeddedKafkaBroker;

/** The seed article end to end through the production stages on the embedded broker. */
class SeedArticleIT {
    @TempDir
    static Path stateDir;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void enrichesTheSeedArticleWithItsCountriesLeadersLanguageAndDate() throws IOException {
        SeedArticleScenario.publishSeedAndCheckEnrichment(broker.bootstrapServers(), stateDir);
    }
}
