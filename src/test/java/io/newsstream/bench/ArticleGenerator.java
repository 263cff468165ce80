package io.newsstream.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Synthetic {@code news.raw} values for load tests, with the similarity structure of a real feed:
 * about 3 KB of text each in nine languages, built from the sentences of the hand-written
 * articles in the test resources (the tagging eval set and the originals of the near-duplicate
 * labelled set), so they name countries and leaders in inflected forms. A new article draws its
 * sentences at random from its language's pool (100–170 sentences) and rewords them: each word
 * but a sentence's first is, with probability {@code reword}, replaced by a word drawn from the
 * language's running text (so common words stay common). Without rewording, two new articles of a
 * language would share a few whole sentences, far more text than unrelated news shares, because
 * the pools are small; {@link #REWORD} is set so they overlap at least as much as the hand-written
 * articles themselves do (measured by {@link NearCandidateGrowth}). Each new article also ends with a unique
 * reference line. Of the values, {@code copyShare} are byte-for-byte republished copies of an
 * earlier value (same URL: the exact rules catch them) and {@code nearCopyShare} are near copies
 * (another outlet's URL, its own headline, a "read more" line naming the outlet added and the
 * last paragraph dropped: only the near-duplicate stage catches them). Deterministic for a given seed.
 */
final class ArticleGenerator {
    /**
     * The reword share the load uses: unrelated new articles of a language then share 3-word
     * shingles at least as much as the hand-written articles of a language do, on the mean Jaccard
     * and on the chance to share an LSH band (see {@link NearCandidateGrowth} and docs/benchmarks.md).
     */
    static final double REWORD = 0.5;
    /** The tagging eval set: one article per line, {@code language} and {@code text} fields. */
    private static final String EVAL_SET = "/eval/tagging/articles.jsonl";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?»\"])\\s+");
    private static final int MIN_SENTENCE_CHARS = 25;
    private static final int TEXT_BYTES = 2800;
    /** New articles are this far apart in event time: 20,000 values span 8.6 days. */
    private static final long SECONDS_APART = 37;
    /** The default {@code dedup.retention}. */
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Map<String, String> READ_MORE = Map.of(
            "en", "Read more on our website.", "ru", "Читайте также на нашем сайте.",
            "uk", "Читайте також на нашому сайті.", "de", "Lesen Sie mehr auf unserer Website.",
            "fr", "Lire aussi sur notre site.", "es", "Lea más en nuestro sitio web.",
            "it", "Leggi anche sul nostro sito.", "pl", "Czytaj więcej na naszej stronie.",
            "pt", "Leia mais no nosso site.");

    private final Random random;
    private final double copyShare;
    private final double nearCopyShare;
    private final double reword;
    private final Map<String, List<String>> sentences;
    /** Per language, every word of its pool's sentences in order: a draw from it follows word frequency. */
    private final Map<String, List<String>> runningWords;
    private final List<String> languages;
    /** New articles no near copy was made of yet: two near copies of one article could be identical texts. */
    private final List<Map<String, Object>> notYetCopied = new ArrayList<>();
    private int originals;
    private final List<byte[]> published = new ArrayList<>();
    /** The {@code published_at} of each value in {@link #published}. */
    private final List<Instant> publishedAt = new ArrayList<>();
    private Instant newest = Instant.MIN;
    /** Copies whose original is older than the newest value by more than {@link #RETENTION}. */
    private int staleCopies;
    private int staleNearCopies;
    private int copies;
    private int nearCopies;

    ArticleGenerator(final long seed, final double copyShare, final double nearCopyShare) {
        this(seed, copyShare, nearCopyShare, REWORD);
    }

    ArticleGenerator(final long seed, final double copyShare, final double nearCopyShare, final double reword) {
        this.random = new Random(seed);
        this.copyShare = copyShare;
        this.nearCopyShare = nearCopyShare;
        this.reword = reword;
        this.sentences = sentencePools();
        this.languages = List.copyOf(sentences.keySet());
        this.runningWords = new TreeMap<>();
        sentences.forEach((language, pool) -> runningWords.put(language,
                pool.stream().flatMap(sentence -> List.of(sentence.split(" ")).stream()).toList()));
    }

    /** The next value: a new article, a republished copy or a near copy of an earlier one. */
    byte[] next() {
        final double draw = random.nextDouble();
        if (!published.isEmpty() && draw < copyShare) {
            copies++;
            final int original = random.nextInt(published.size());
            staleCopies += isStale(publishedAt.get(original)) ? 1 : 0;
            return published.get(original);
        }
        if (!notYetCopied.isEmpty() && draw < copyShare + nearCopyShare) {
            nearCopies++;
            final Map<String, Object> original = notYetCopied.remove(random.nextInt(notYetCopied.size()));
            staleNearCopies += isStale(Instant.parse((String) original.get("published_at"))) ? 1 : 0;
            return publish(nearCopy(original));
        }
        final Map<String, Object> article = newArticle();
        notYetCopied.add(article);
        return publish(article);
    }

    /** The texts of the first {@code count} new articles (no copies) made with {@code reword}, by language. */
    static Map<String, List<String>> newArticles(final long seed, final double reword, final int count) {
        final ArticleGenerator generator = new ArticleGenerator(seed, 0, 0, reword);
        final Map<String, List<String>> texts = new TreeMap<>();
        for (int n = 0; n < count; n++) {
            final Map<String, Object> article = generator.newArticle();
            texts.computeIfAbsent((String) article.get("language"), l -> new ArrayList<>()).add((String) article.get("text"));
        }
        return texts;
    }

    int copies() {
        return copies;
    }

    int nearCopies() {
        return nearCopies;
    }

    /**
     * What was generated so far: new articles, republished copies, near copies, and how many copies
     * came more than the retention (event time) after the newest value before them: the dedup stores
     * may have forgotten their originals by then (they expire whole segments, so some are still caught).
     */
    String summary() {
        return String.format(Locale.ROOT, "%d new, %d republished copies, %d near copies; %d and %d of them"
                + " copy an article more than %d days older than the newest value before them", originals, copies,
                nearCopies, staleCopies, staleNearCopies, RETENTION.toDays());
    }

    private boolean isStale(final Instant originalPublishedAt) {
        return originalPublishedAt.plus(RETENTION).isBefore(newest);
    }

    /** A new article, the next one in the count. */
    private Map<String, Object> newArticle() {
        final int n = originals++;
        final String language = languages.get(n % languages.size());
        final List<String> pool = new ArrayList<>(sentences.get(language));
        Collections.shuffle(pool, random);
        final List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int bytes = 0;
        for (final String poolSentence : pool) {
            if (bytes >= TEXT_BYTES) {
                break;
            }
            final String sentence = reworded(poolSentence, language);
            paragraph.add(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
            if (paragraph.size() >= 2 + random.nextInt(3)) {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            }
        }
        // a unique line keeps each new article's content, and so its hash, distinct
        paragraph.add("Ref " + n + ".");
        paragraphs.add(paragraph);
        final Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://bench.example/" + language + "/articles/" + n);
        article.put("source", "bench.example");
        article.put("title", reworded(pool.get(pool.size() - 1), language));
        article.put("text", text(paragraphs));
        article.put("published_at", Instant.parse("2025-08-13T00:00:00Z").plusSeconds(SECONDS_APART * n).toString());
        article.put("paragraphs", paragraphs);
        article.put("language", language);
        return article;
    }

    /** {@code sentence} with each word but the first replaced, with probability {@code reword}, by a random running word. */
    private String reworded(final String sentence, final String language) {
        if (reword <= 0) {
            return sentence;
        }
        final List<String> words = runningWords.get(language);
        final String[] parts = sentence.split(" ");
        for (int i = 1; i < parts.length; i++) {
            if (random.nextDouble() < reword) {
                parts[i] = words.get(random.nextInt(words.size()));
            }
        }
        return String.join(" ", parts);
    }

    /** Another outlet's edit of {@code original}: own URL and headline, last paragraph dropped, a read-more line. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> nearCopy(final Map<String, Object> original) {
        final List<List<String>> paragraphs = new ArrayList<>((List<List<String>>) original.get("paragraphs"));
        if (paragraphs.size() > 2) {
            paragraphs.remove(paragraphs.size() - 2); // the last paragraph before the reference line
        }
        // normalization drops the read-more line as boilerplate; the outlet's name is in it all the same
        final String outlet = "mirror-" + published.size() + ".example";
        paragraphs.add(List.of(READ_MORE.get((String) original.get("language")) + " " + outlet));
        final Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://" + outlet + "/news");
        article.put("source", outlet);
        article.put("title", "Mirror: " + original.get("title"));
        article.put("text", text(paragraphs));
        article.put("published_at", Instant.parse((String) original.get("published_at")).plusSeconds(600).toString());
        return article;
    }

    private byte[] publish(final Map<String, Object> article) {
        final Map<String, Object> value = new LinkedHashMap<>(article);
        value.remove("paragraphs");
        value.remove("language");
        try {
            final byte[] bytes = Json.mapper().writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            published.add(bytes);
            final Instant at = Instant.parse((String) article.get("published_at"));
            publishedAt.add(at);
            newest = at.isAfter(newest) ? at : newest;
            return bytes;
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(final List<List<String>> paragraphs) {
        final StringBuilder text = new StringBuilder(3200);
        for (final List<String> paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(String.join(" ", paragraph));
        }
        return text.toString();
    }

    /** Distinct sentences per language from the hand-written articles. */
    private static Map<String, List<String>> sentencePools() {
        final Map<String, List<String>> lists = new TreeMap<>();
        handWrittenArticles().forEach((language, texts) -> {
            final Set<String> pool = new LinkedHashSet<>();
            texts.forEach(text -> addSentences(pool, text));
            lists.put(language, List.copyOf(pool));
        });
        return lists;
    }

    /** The texts of the labelled set's originals and the tagging eval set's articles, by language: different stories each. */
    static Map<String, List<String>> handWrittenArticles() {
        final Map<String, List<String>> texts = new TreeMap<>();
        for (final LabelledSet.Item item : LabelledSet.load()) {
            if ("original".equals(item.editKind())) {
                texts.computeIfAbsent(item.language(), l -> new ArrayList<>()).add(textOf(item.input()));
            }
        }
        try (InputStream in = Objects.requireNonNull(ArticleGenerator.class.getResourceAsStream(EVAL_SET), EVAL_SET);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    final JsonNode node = Json.mapper().readTree(line);
                    texts.computeIfAbsent(node.get("language").asText(), l -> new ArrayList<>()).add(node.get("text").asText());
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void addSentences(final Set<String> pool, final String text) {
        for (final String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            if (sentence.strip().length() >= MIN_SENTENCE_CHARS) {
                pool.add(sentence.strip());
            }
        }
    }

    private static String textOf(final byte[] input) {
        try {
            return Json.mapper().readTree(input).get("text").asText();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
