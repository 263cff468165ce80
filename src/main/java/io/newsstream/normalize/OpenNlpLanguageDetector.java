package io.newsstream.normalize;

import io.newsstream.config.NewsstreamConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Language detection with the Apache OpenNLP language detector model ({@code langdetect-183.bin} from
 * {@code org.apache.opennlp:opennlp-models-langdetect:1.3.0}, 103 languages), restricted to a configured set.
 * <ul>
 *   <li>Only the first {@value #SAMPLE_CHARS} characters are looked at: enough for a news text, bounded cost.</li>
 *   <li>The answer is the allowed language the model rates highest. It is {@code und} when the text has no
 *       letters, when that confidence is below {@value #MIN_CONFIDENCE} (the model spreads about 1/103 = 0.0097
 *       over every language when it knows nothing; a three-word headline in an allowed language still reaches
 *       0.014 or more), or below {@value #MIN_SHARE_OF_TOP} of the top language's (the text is then most likely
 *       in a language outside the set: Dutch read as German has 0.2 of the Dutch score, Catalan read as Italian
 *       0.58, Bulgarian read as Russian 0.51; closely related Galician read as Portuguese still passes at 0.75).
 *       Belarusian (top answer {@code bel} and the letter ў) is und rather than ru/uk.</li>
 *   <li>Script evidence settles the known Russian/Ukrainian confusion (the model also leans to Bulgarian on
 *       short Russian texts): when the answer is ru or uk, Cyrillic with more of і ї є ґ (Ukrainian-only
 *       letters) than of ы э ё ъ (not used in Ukrainian) is Ukrainian, the other way round Russian. When the
 *       model is too unsure but ranks ru or uk first among the allowed, the letters alone decide if they are
 *       unambiguous (only і ї є ґ, or only ы э ё; ъ is left out there because Bulgarian uses it, and ў,
 *       Belarusian, gives und).</li>
 * </ul>
 * The model is loaded once per JVM (2-6 s, 10 MB) on first use; detection is thread-safe: each thread gets its own
 * {@code LanguageDetectorME} over the shared model.
 * Measured accuracy and speed: {@code docs/language-detection.md}.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    /** The setting with the comma-separated ISO 639-1 codes the detector may answer with. */
    public static final String LANGUAGES_KEY = "languages";
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    static final int SAMPLE_CHARS = 3000;
    static final double MIN_CONFIDENCE = 0.012;
    static final double MIN_SHARE_OF_TOP = 0.6;

    /** ISO 639-3 (as the model answers) to ISO 639-1. */
    private static final Map<String, String> TO_ISO_639_1 = iso6393To6391();

    private final Set<String> languages;
    private final ThreadSafeLanguageDetectorME detector;

    /** @param languages ISO 639-1 codes to answer with; each must be one the model knows */
    public OpenNlpLanguageDetector(final Set<String> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        final Set<String> known = supportedCodes();
        final Set<String> normalized = new LinkedHashSet<>();
        for (final String code : languages) {
            final String lower = code.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(lower)) {
                throw new IllegalArgumentException("language '" + code + "' is not an ISO 639-1 code the OpenNLP "
                        + "language model knows; it knows " + known);
            }
            normalized.add(lower);
        }
        this.languages = Set.copyOf(normalized);
        this.detector = new ThreadSafeLanguageDetectorME(Model.INSTANCE);
    }

    /** A detector for the languages of the {@value #LANGUAGES_KEY} setting. */
    public static OpenNlpLanguageDetector fromConfig(final NewsstreamConfig config) {
        return new OpenNlpLanguageDetector(new LinkedHashSet<>(config.getList(LANGUAGES_KEY)));
    }

    public Set<String> languages() {
        return languages;
    }

    @Override
    public String detect(final String text) {
        final String sample = sample(text);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        final Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return UNDETERMINED;
        }
        final Language best = bestAllowed(ranked);
        if (best == null) {
            return UNDETERMINED;
        }
        if (ranked[0].getLang().equals("bel") && LetterCounts.of(sample).belarusianOnly > 0) {
            return UNDETERMINED;
        }
        final String code = TO_ISO_639_1.get(best.getLang());
        final double confidence = best.getConfidence();
        if (confidence >= MIN_CONFIDENCE && confidence >= MIN_SHARE_OF_TOP * ranked[0].getConfidence()) {
            return withScriptEvidence(code, sample);
        }
        return isRussianOrUkrainian(code) ? byDistinctiveLettersOnly(sample) : UNDETERMINED;
    }

    /** The first allowed language of the model's ranking (best first), or null. */
    private Language bestAllowed(final Language[] ranked) {
        for (final Language candidate : ranked) {
            final String code = TO_ISO_639_1.get(candidate.getLang());
            if (code != null && languages.contains(code)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean isRussianOrUkrainian(final String code) {
        return (code.equals("ru") || code.equals("uk")) && languages.contains("ru") && languages.contains("uk");
    }

    /** Corrects ru/uk by the letters only one of the two alphabets has, when both are allowed. */
    private String withScriptEvidence(final String code, final String sample) {
        return isRussianOrUkrainian(code) ? russianOrUkrainianByLetters(code, sample) : code;
    }

    /** {@code uk} when і ї є ґ outnumber ы э ё ъ, {@code ru} when the other way round, else {@code modelAnswer}. */
    static String russianOrUkrainianByLetters(final String modelAnswer, final String sample) {
        final LetterCounts counts = LetterCounts.of(sample);
        if (counts.ukrainianOnly > counts.russianOnly) {
            return "uk";
        }
        return counts.russianOnly > counts.ukrainianOnly ? "ru" : modelAnswer;
    }

    /**
     * For short Cyrillic texts the model is unsure about: Ukrainian when only Ukrainian-only letters occur,
     * Russian when only ы э ё occur (not ъ, which Bulgarian uses a lot); never with ў (Belarusian).
     */
    static String byDistinctiveLettersOnly(final String sample) {
        final LetterCounts counts = LetterCounts.of(sample);
        if (counts.belarusianOnly > 0) {
            return UNDETERMINED;
        }
        if (counts.ukrainianOnly > 0 && counts.russianOnlyNotBulgarian == 0) {
            return "uk";
        }
        return counts.russianOnlyNotBulgarian > 0 && counts.ukrainianOnly == 0 ? "ru" : UNDETERMINED;
    }

    /** Counts of Cyrillic letters that tell Russian, Ukrainian and Belarusian apart. */
    private static final class LetterCounts {
        int ukrainianOnly;
        int russianOnly;
        int russianOnlyNotBulgarian;
        int belarusianOnly;

        static LetterCounts of(final String sample) {
            final LetterCounts counts = new LetterCounts();
            for (int i = 0; i < sample.length(); i++) {
                switch (Character.toLowerCase(sample.charAt(i))) {
                    case 'і', 'ї', 'є', 'ґ' -> counts.ukrainianOnly++;
                    case 'ы', 'э', 'ё' -> {
                        counts.russianOnly++;
                        counts.russianOnlyNotBulgarian++;
                    }
                    case 'ъ' -> counts.russianOnly++;
                    case 'ў' -> counts.belarusianOnly++;
                    default -> { }
                }
            }
            return counts;
        }
    }

    private static String sample(final String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        final int end = Character.isHighSurrogate(text.charAt(SAMPLE_CHARS - 1)) ? SAMPLE_CHARS - 1 : SAMPLE_CHARS;
        return text.substring(0, end);
    }

    private static Set<String> supportedCodes() {
        final Set<String> codes = new TreeSet<>();
        for (final String iso3 : Model.SUPPORTED) {
            final String code = TO_ISO_639_1.get(iso3);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Map<String, String> iso6393To6391() {
        final Map<String, String> map = new HashMap<>();
        for (final String code : Locale.getISOLanguages()) {
            final String iso3 = Locale.forLanguageTag(code).getISO3Language();
            if (!iso3.isEmpty()) {
                map.put(iso3, code);
            }
        }
        // the model names some languages by an individual code inside an ISO 639-3 macrolanguage
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        map.put("plt", "mg");
        return Map.copyOf(map);
    }

    /** The model, loaded from the classpath on first use and shared by every detector. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();
        static final Set<String> SUPPORTED = Set.of(new LanguageDetectorME(INSTANCE).getSupportedLanguages());

        private static LanguageDetectorModel load() {
            try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE + " missing from the classpath"
                            + " (dependency org.apache.opennlp:opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
