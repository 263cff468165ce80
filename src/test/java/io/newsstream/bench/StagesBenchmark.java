package io.newsstream.bench;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.model.Tags;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
import io.newsstream.normalize.OpenNlpLanguageDetector;
import io.newsstream.pipeline.StandardStages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The article stages on one core, in articles per second: the whole of normalize + detect language
 * + tag ({@link #normalizeDetectTag}), and each part alone to show where that time goes:
 * {@link #cleanOnly} (normalize with a fixed-answer detector: HTML/Unicode clean-up, boilerplate,
 * ids, hashes), {@link #detectOnly} (OpenNLP over the normalized text) and {@link #tagOnly} (the
 * tag stage as the pipeline calls it). Articles: the seed (Russian, ~2 KB) and
 * {@code bench/long-article-en.txt} (English, ~10 KB). Tagging alone on the seed is also in
 * {@code io.newsstream.tag.TaggerBenchmark}. How to run: {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StagesBenchmark {
    private static final Instant EVENT_TIME = Instant.parse("2025-08-13T12:00:00Z");

    @Param({"seed-ru", "long-en"})
    public String article;

    private StandardStages stages;
    private Normalizer cleanOnlyNormalizer;
    private LanguageDetector detector;
    private RawArticle raw;
    private NormalizedArticle normalized;

    @Setup
    public void setUp() throws InvalidArticleException {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        stages = new StandardStages(config);
        detector = OpenNlpLanguageDetector.fromConfig(config);
        final String resource = article.equals("seed-ru") ? "/samples/corpus/seed-article-ru.txt" : "/bench/long-article-en.txt";
        raw = stages.parse(json(read(resource)));
        normalized = stages.normalize(raw);
        final String language = normalized.language();
        cleanOnlyNormalizer = new Normalizer(text -> language);
        if (!language.equals(article.substring(article.indexOf('-') + 1))) {
            throw new IllegalStateException(article + " detected as " + language);
        }
    }

    @Benchmark
    public Tags normalizeDetectTag() throws InvalidArticleException {
        return stages.tag(stages.normalize(raw), EVENT_TIME);
    }

    @Benchmark
    public NormalizedArticle cleanOnly() throws InvalidArticleException {
        return cleanOnlyNormalizer.normalize(raw);
    }

    @Benchmark
    public String detectOnly() {
        return detector.detect(normalized.text());
    }

    @Benchmark
    public Tags tagOnly() {
        return stages.tag(normalized, EVENT_TIME);
    }

    static String read(final String resource) {
        try (InputStream in = StagesBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(final String text) {
        try {
            return Json.mapper().writeValueAsBytes(Map.of("text", text));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
