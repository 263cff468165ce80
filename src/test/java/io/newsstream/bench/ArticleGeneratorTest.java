package io.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.cli.Main;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.model.DuplicateRule;
import io.newsstream.pipeline.BatchEnricher;
import io.newsstream.pipeline.BatchResult;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load the throughput harness prices near-dup on must look like a feed, not like one story told 2000 times. */
class ArticleGeneratorTest {
    @Test
    void onlyTheCopiesItMadeAreDuplicatesAndEachUnderTheRuleMeantForIt() {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        final BatchEnricher batch = BatchEnricher.fromConfig(config, Main.standardStages(config), true);
        final ArticleGenerator generator = new ArticleGenerator(7, 0.05, 0.05);
        final Map<DuplicateRule, Integer> duplicates = new EnumMap<>(DuplicateRule.class);
        int enriched = 0;
        for (int i = 0; i < 600; i++) {
            final BatchResult result = batch.enrich("generated:" + i, generator.next());
            if (result instanceof BatchResult.Duplicate duplicate) {
                duplicates.merge(duplicate.rule(), 1, Integer::sum);
            } else {
                assertThat(result).isInstanceOf(BatchResult.Enriched.class);
                enriched++;
            }
        }

        assertThat(generator.copies()).isGreaterThan(10);
        assertThat(generator.nearCopies()).isGreaterThan(10);
        assertThat(duplicates.getOrDefault(DuplicateRule.SAME_URL, 0)).isEqualTo(generator.copies());
        assertThat(duplicates.getOrDefault(DuplicateRule.NEAR_CONTENT, 0)).isEqualTo(generator.nearCopies());
        assertThat(enriched).isEqualTo(600 - generator.copies() - generator.nearCopies());
    }

    /**
     * Unrelated new articles must share at least as much text as unrelated real texts do (a load that
     * overlaps less would flatter the near-dup stage's candidate cost), and stay far from the old
     * load, where every article of a language was a near copy of every other (mean Jaccard 0.14 with
     * no rewording, measured by {@link NearCandidateGrowth}).
     */
    @Test
    void unrelatedNewArticlesOverlapAtLeastLikeTheHandWrittenOnesButFarBelowCopies() {
        final ShingleOverlap handWritten = ShingleOverlap.of(ArticleGenerator.handWrittenArticles());
        final ShingleOverlap generated = ShingleOverlap.of(ArticleGenerator.newArticles(7, ArticleGenerator.REWORD, 270));

        assertThat(handWritten.pairs()).isGreaterThan(500);
        assertThat(generated.pairs()).isGreaterThan(3000);
        assertThat(generated.meanJaccard()).isGreaterThanOrEqualTo(handWritten.meanJaccard());
        assertThat(generated.bandShare()).isGreaterThanOrEqualTo(handWritten.bandShare());
        assertThat(generated.meanJaccard()).isLessThan(0.01);
        assertThat(generated.maxJaccard()).isLessThan(0.1);
    }
}
