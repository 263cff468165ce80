package io.newsstream.testing;

import java.time.Instant;

/**
 * A fictional prime minister who is not in the bundled gazetteer, as gazetteer data lines, and an
 * article that mentions her: the fixture for overrides-file and live-update tests.
 */
public final class GazetteerFixtures {
    /** The new leader's id. */
    public static final String NEW_PM_ID = "alexandra-whitcombe";

    /** Topic key of {@link #NEW_PM_LINES}. */
    public static final String NEW_PM_KEY = "leader:" + NEW_PM_ID;

    /** A leader, her term and her names in English and Russian, in the bundled format. */
    public static final String NEW_PM_LINES = String.join("\n",
            "# fictional, for tests only",
            "leader\t" + NEW_PM_ID + "\tGB\tAlexandra Whitcombe\tsource=newsstream test fixture (fictional); snapshot=2026-09-01",
            "role\t" + NEW_PM_ID + "\tprime-minister\t2026-09-01\t-",
            "lname\t" + NEW_PM_ID + "\ten\tfull\tAlexandra Whitcombe\t-",
            "lname\t" + NEW_PM_ID + "\ten\tafter-full\tWhitcombe\t-",
            "lname\t" + NEW_PM_ID + "\tru\tfull\tАлександра Уиткомб\tru-a -",
            "");

    /** An English article that names her twice, published during her term. */
    public static final String ARTICLE_TEXT = "Prime Minister Alexandra Whitcombe met union leaders in London on"
            + " Monday to discuss the budget. Whitcombe said the government would publish its plans next week.";

    /** When {@link #ARTICLE_TEXT} was published. */
    public static final Instant PUBLISHED = Instant.parse("2026-10-05T09:00:00Z");

    private GazetteerFixtures() {
    }
}
