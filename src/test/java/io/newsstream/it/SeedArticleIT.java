package io.newsstream.it;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsstream.testing.BrokerFixture;

/** The seed article end to end through the production stages on the embedded broker. */
class SeedArticleIT {
    @RegisterExtension
    static final BrokerFixture KAFKA = new BrokerFixture();

    @Test
    void enrichesTheSeedArticleWithItsCountriesLeadersLanguageAndDate() throws IOException {
        SeedArticleScenario.publishSeedAndCheckEnrichment(KAFKA.application("seed-article-it"));
    }
}
