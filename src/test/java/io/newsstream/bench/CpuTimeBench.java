package io.newsstream.bench;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.model.RawArticle;
import io.newsstream.normalize.LanguageDetector;
import io.newsstream.normalize.Normalizer;
import io.newsstream.normalize.OpenNlpLanguageDetector;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.tag.Gazetteer;
import io.newsstream.tag.Tagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The {@link StagesBenchmark} and {@code TaggerBenchmark} cases timed by this thread's CPU time
 * instead of wall time: on a machine shared with other busy processes the wall-clock JMH score
 * measures the share of a core the benchmark got, while operations per CPU-second estimate what one
 * dedicated core does (it still includes cache and memory-bandwidth contention). Each case warms up
 * for {@code args[0]} CPU-seconds (default 3), then is measured for {@code args[1]} CPU-seconds
 * (default 3), in {@code args[2]} rounds (default 3). Run:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.newsstream.bench.CpuTimeBench 3 3 3}.
 */
public final class CpuTimeBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private CpuTimeBench() {
    }

    public static void main(final String[] args) throws Exception {
        final double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        final double measure = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        final int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        final StandardStages stages = new StandardStages(config);
        final LanguageDetector detector = OpenNlpLanguageDetector.fromConfig(config);
        final Tagger tagger = new Tagger(Gazetteer.loadDefault());
        final Instant eventTime = Instant.parse("2025-08-13T12:00:00Z");
        final LocalDate day = LocalDate.of(2025, 8, 13);

        final Map<String, Callable<Object>> cases = new LinkedHashMap<>();
        for (final String article : new String[] {"seed-ru", "long-en"}) {
            final String resource = article.equals("seed-ru") ? "/samples/corpus/seed-article-ru.txt" : "/bench/long-article-en.txt";
            final RawArticle raw = stages.parse(json(StagesBenchmark.read(resource)));
            final NormalizedArticle normalized = stages.normalize(raw);
            final String language = normalized.language();
            final Normalizer cleanOnly = new Normalizer(text -> language);
            cases.put("tagger.tag " + article, () -> tagger.tag(normalized.text(), language, day));
            cases.put("stages.tag " + article, () -> stages.tag(normalized, eventTime));
            cases.put("clean only " + article, () -> cleanOnly.normalize(raw));
            cases.put("detect only " + article, () -> detector.detect(normalized.text()));
            cases.put("normalize+detect+tag " + article, () -> stages.tag(stages.normalize(raw), eventTime));
        }
        System.out.printf("%-30s %14s   (rounds: ops per CPU-second)%n", "case", "median");
        for (final Map.Entry<String, Callable<Object>> c : cases.entrySet()) {
            run(c.getValue(), warmup);
            final double[] rates = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                rates[r] = run(c.getValue(), measure);
            }
            final double[] sorted = rates.clone();
            Arrays.sort(sorted);
            final StringBuilder all = new StringBuilder();
            for (final double rate : rates) {
                all.append(String.format(" %.0f", rate));
            }
            System.out.printf("%-30s %14.0f  %s%n", c.getKey(), sorted[rounds / 2], all);
        }
    }

    /** Calls {@code op} until {@code cpuSeconds} of this thread's CPU time are spent; returns calls per CPU-second. */
    private static double run(final Callable<Object> op, final double cpuSeconds) throws Exception {
        final long budget = (long) (cpuSeconds * 1e9);
        final long start = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long spent;
        do {
            for (int i = 0; i < 10; i++) {
                sink = op.call();
            }
            calls += 10;
            spent = THREADS.getCurrentThreadCpuTime() - start;
        } while (spent < budget);
        return calls / (spent / 1e9);
    }

    private static byte[] json(final String text) throws IOException {
        return Json.mapper().writeValueAsBytes(Map.of("text", text));
    }
}
