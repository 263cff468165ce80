package io.newsstream.dedup.near;

import io.newsstream.dedup.DedupRetention;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Near-duplicate costs per article on one core: fingerprinting a ~1,300-character labelled-set
 * article (canonical words, shingles, SuperMinHash), its band keys, one similarity estimate, and
 * the lookup of a new article's 20 bands in an index holding 100,000 articles (candidates found
 * and verified). Run after {@code ./mvnw -o -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main NearDupBenchmark}
 * with {@code cp.txt} from {@code ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NearDupBenchmark {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int REMEMBERED = 100_000;

    private NearDupFingerprinter fingerprinter;
    private NearDupRule rule;
    private InMemoryNearDupIndex index;
    private String text;
    private NearFingerprint fingerprint;
    private NearFingerprint other;
    private NearCandidate newcomer;
    private List<String> newcomerBands;

    @Setup
    public void setUp() {
        fingerprinter = new NearDupFingerprinter(NearDupSettings.DEFAULTS);
        rule = new NearDupRule(fingerprinter, new DedupRetention(DedupRetention.DEFAULT));
        final LabelledSet.Item item = LabelledSet.load().get(0);
        text = new String(item.input(), StandardCharsets.UTF_8);
        fingerprint = fingerprinter.fingerprint(text).orElseThrow();
        other = fingerprinter.fingerprint(text.substring(0, text.length() * 2 / 3)).orElseThrow();
        index = new InMemoryNearDupIndex();
        final Random random = new Random(1);
        final List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            vocabulary.add("w" + Integer.toString(random.nextInt(1_000_000), 36));
        }
        for (int i = 0; i < REMEMBERED; i++) {
            final NearFingerprint remembered = fingerprinter.fingerprint(randomText(random, vocabulary)).orElseThrow();
            final NearCandidate candidate = new NearCandidate("a-" + i, T0.plusSeconds(i), remembered);
            for (final String band : fingerprinter.bandKeys(remembered)) {
                index.remember(band, candidate);
            }
        }
        newcomer = new NearCandidate("new", T0.plusSeconds(REMEMBERED), fingerprint);
        newcomerBands = fingerprinter.bandKeys(fingerprint);
    }

    private static String randomText(final Random random, final List<String> vocabulary) {
        final StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
        }
        return text.toString();
    }

    @Benchmark
    public NearFingerprint fingerprint() {
        return fingerprinter.fingerprint(text).orElseThrow();
    }

    @Benchmark
    public List<String> bandKeys() {
        return fingerprinter.bandKeys(fingerprint);
    }

    @Benchmark
    public Similarity similarity() {
        return fingerprinter.similarity(fingerprint, other);
    }

    @Benchmark
    public int lookupAllBands() {
        int matches = 0;
        for (final String band : newcomerBands) {
            matches += rule.matches(newcomer, index.candidates(band, T0, T0.plus(DedupRetention.DEFAULT))).size();
        }
        return matches;
    }
}
