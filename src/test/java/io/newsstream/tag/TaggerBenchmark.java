package io.newsstream.tag;

import io.newsstream.model.Tags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagging throughput on one core, in articles per second, for the seed article (Russian, ~1,900
 * chars), an English text of similar length and a ~10 KB English news report. Run after {@code ./mvnw -o -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main TaggerBenchmark}
 * with the test classpath in {@code cp.txt} ({@code ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaggerBenchmark {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 13);

    private Tagger tagger;
    private String russian;
    private String english;
    private String longEnglish;

    @Setup
    public void setUp() throws IOException {
        tagger = new Tagger(Gazetteer.loadDefault());
        russian = SeedArticleTaggingTest.normalizedSeedText();
        english = ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday. "
                + "Xi praised Russia's stance, while the White House said the U.S. would respond. "
                + "Former US President Donald Trump criticised Biden. Officials in Kyiv and Brussels "
                + "discussed sanctions, energy prices and the reconstruction of Ukrainian cities. ").repeat(5);
        try (InputStream in = TaggerBenchmark.class.getResourceAsStream("/bench/long-article-en.txt")) {
            longEnglish = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Tags seedArticleRussian() {
        return tagger.tag(russian, "ru", DAY);
    }

    @Benchmark
    public Tags articleEnglish() {
        return tagger.tag(english, "en", DAY);
    }

    /** A ~10 KB English news report ({@code src/test/resources/bench/long-article-en.txt}). */
    @Benchmark
    public Tags longArticleEnglish() {
        return tagger.tag(longEnglish, "en", DAY);
    }
}
