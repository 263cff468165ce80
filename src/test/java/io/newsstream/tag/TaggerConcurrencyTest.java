package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One Tagger shared by several threads gives every thread the single-threaded answer. */
class TaggerConcurrencyTest {

    @Test
    void sharedTaggerGivesTheSameTagsOnEveryThread() throws Exception {
        Tagger tagger = new Tagger(Gazetteer.loadDefault());
        String ru = SeedArticleTaggingTest.normalizedSeedText();
        String en = "Putin met Xi Jinping in Beijing; Xi and the White House disagreed about Ukraine.";
        LocalDate day = LocalDate.of(2025, 8, 13);
        Tags expectedRu = tagger.tag(ru, "ru", day);
        Tags expectedEn = tagger.tag(en, "en", day);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int j = 0; j < 8; j++) {
                jobs.add(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!tagger.tag(ru, "ru", day).equals(expectedRu) || !tagger.tag(en, "en", day).equals(expectedEn)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(expectedRu.countries()).hasSize(6);
        assertThat(expectedEn.leaders()).hasSize(2);
    }
}
