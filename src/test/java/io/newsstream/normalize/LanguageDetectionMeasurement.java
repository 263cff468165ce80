package io.newsstream.normalize;

import io.newsstream.config.NewsstreamConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Scratch measurement behind docs/language-detection.md (not a test: timings on a shared machine are not
 * assertions). Prints accuracy on the test sentences and the seed, for the bare model restricted to the
 * allowed languages and for {@link OpenNlpLanguageDetector}, and the mean time per detection.
 * Run: see docs/language-detection.md.
 */
public final class LanguageDetectionMeasurement {
    private static final Map<String, String> ALLOWED_ISO3 = Map.of("eng", "en", "rus", "ru", "ukr", "uk", "deu", "de",
            "fra", "fr", "spa", "es", "ita", "it", "pol", "pl", "por", "pt");

    private LanguageDetectionMeasurement() {
    }

    public static void main(final String[] args) throws Exception {
        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        final List<LanguageSamples.Sample> samples = LanguageSamples.load();
        final String seed = NormalizerTest.seedText();

        long start = System.nanoTime();
        final OpenNlpLanguageDetector detector = OpenNlpLanguageDetector.fromConfig(NewsstreamConfig.defaults());
        out.printf(Locale.ROOT, "model load + detector construction: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        // baseline: the bare model, best allowed language, no thresholds, no script evidence
        final LanguageDetectorME bare;
        try (var in = LanguageDetectionMeasurement.class.getResourceAsStream(OpenNlpLanguageDetector.MODEL_RESOURCE)) {
            bare = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        int topRight = 0;
        int bareRight = 0;
        int right = 0;
        for (final LanguageSamples.Sample sample : samples) {
            final String topAnswer = ALLOWED_ISO3.getOrDefault(bare.predictLanguage(sample.text()).getLang(), "other");
            if (topAnswer.equals(sample.language())) {
                topRight++;
            } else {
                out.println("model top-1 wrong: " + sample.language() + " -> " + bare.predictLanguage(sample.text()).getLang()
                        + ": " + sample.text());
            }
            final String bareAnswer = bestAllowed(bare, sample.text());
            final String answer = detector.detect(sample.text());
            if (bareAnswer.equals(sample.language())) {
                bareRight++;
            } else {
                out.println("bare model wrong: " + sample.language() + " -> " + bareAnswer + ": " + sample.text());
            }
            if (answer.equals(sample.language())) {
                right++;
            } else {
                out.println("detector wrong: " + sample.language() + " -> " + answer + ": " + sample.text());
            }
        }
        out.printf(Locale.ROOT, "sentences: model top-1 of 103 %d/%d, model best of allowed %d/%d, "
                + "OpenNlpLanguageDetector %d/%d%n", topRight, samples.size(), bareRight, samples.size(), right, samples.size());
        out.println("seed: bare model " + bestAllowed(bare, seed) + ", OpenNlpLanguageDetector " + detector.detect(seed));

        for (int warm = 0; warm < 30; warm++) {
            for (final LanguageSamples.Sample sample : samples) {
                detector.detect(sample.text());
            }
            detector.detect(seed);
        }
        final int rounds = 50;
        start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (final LanguageSamples.Sample sample : samples) {
                detector.detect(sample.text());
            }
        }
        out.printf(Locale.ROOT, "short sentence (mean %d chars): %.3f ms per detection%n",
                samples.stream().mapToInt(s -> s.text().length()).sum() / samples.size(),
                (System.nanoTime() - start) / 1e6 / (rounds * samples.size()));
        start = System.nanoTime();
        for (int r = 0; r < rounds * 4; r++) {
            detector.detect(seed);
        }
        out.printf(Locale.ROOT, "seed article (%d chars, first %d read): %.3f ms per detection%n", seed.length(),
                Math.min(seed.length(), OpenNlpLanguageDetector.SAMPLE_CHARS), (System.nanoTime() - start) / 1e6 / (rounds * 4));
        final String big = seed.repeat(10);
        start = System.nanoTime();
        for (int r = 0; r < rounds * 4; r++) {
            detector.detect(big);
        }
        out.printf(Locale.ROOT, "10x seed (%d chars, first %d read): %.3f ms per detection%n", big.length(),
                OpenNlpLanguageDetector.SAMPLE_CHARS, (System.nanoTime() - start) / 1e6 / (rounds * 4));
    }

    private static String bestAllowed(final LanguageDetectorME bare, final String text) {
        for (final Language language : bare.predictLanguages(text)) {
            final String code = ALLOWED_ISO3.get(language.getLang());
            if (code != null) {
                return code;
            }
        }
        return "und";
    }
}
