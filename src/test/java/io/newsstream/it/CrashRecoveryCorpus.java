package io.newsstream.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.json.Json;

/**
 * The input of {@link CrashRecoveryIT}, in three phases, with the answer each article must get.
 *
 * <p>Every valid article belongs to a <em>story</em>: the group of its copies, of which exactly one
 * may be enriched. Stories are the 28 originals of the near-duplicate labelled set (each with one exact
 * republication, same URL or same content under another URL, and three near copies from the set:
 * paragraph dropped, boilerplate lines, closing paragraph or headline) and generated articles in the
 * set's six languages (random sentences over the words of the set, each naming a country), every fourth
 * with an exact republication. Copies go to other partitions of {@code news.raw} than their original.
 * Malformed records (the dead-letter reasons of {@code docs/contracts.md}) have no story.
 *
 * <p>Near copies come one or two phases after their original: a near copy processed before its original
 * passes too (docs/quality.md, "Order, races and the topology"), and that race is not what the test is
 * about. Exact copies may race their original: both meet on one partition of the URL or content
 * repartition, so exactly one passes whatever the order.
 */
final class CrashRecoveryCorpus {
    static final int PARTITIONS = 3;

    private static final List<String> NEAR_KINDS_PHASE_B = List.of("paragraph_dropped", "boilerplate_lines");
    private static final List<String> NEAR_KINDS_PHASE_C = List.of("closing_paragraph", "headline");
    private static final int GENERATED_PHASE_A = 70;
    private static final int GENERATED_PHASE_B = 60;
    private static final int GENERATED_PHASE_C = 20;
    private static final Map<String, List<String>> COUNTRIES = Map.of(
            "en", List.of("Germany", "France", "Poland", "Brazil", "Japan", "Canada", "India", "Kenya"),
            "de", List.of("Deutschland", "Frankreich", "Polen", "Brasilien", "Japan", "Kanada", "Indien", "Kenia"),
            "fr", List.of("Allemagne", "Pologne", "Brésil", "Japon", "Canada", "Inde", "Kenya", "Mexique"),
            "es", List.of("Alemania", "Francia", "Polonia", "Brasil", "Japón", "Canadá", "India", "México"),
            "ru", List.of("Германия", "Франция", "Польша", "Бразилия", "Япония", "Канада", "Индия", "Мексика"),
            "uk", List.of("Німеччина", "Франція", "Польща", "Бразилія", "Японія", "Канада", "Індія", "Мексика"));

    /**
     * One record for {@code news.raw}.
     *
     * @param key       the record key: the article id, or {@code bad-NN} for a malformed record
     * @param partition the partition of news.raw it is sent to
     * @param value     the bytes sent
     * @param story     the story it belongs to; null for a malformed record
     */
    record Input(String key, int partition, byte[] value, String story) {
        boolean malformed() {
            return story == null;
        }
    }

    private final List<List<Input>> phases;

    private CrashRecoveryCorpus(final List<List<Input>> phases) {
        this.phases = phases;
    }

    /**
     * The corpus with its event times from {@code day} on (stories span up to three days after it).
     * Pick a recent day: the output topics carry the ingestion time, but the near-duplicate and count
     * stores' changelogs carry event time and the broker deletes their records once older than the
     * store retention plus a day (8 days for the near-duplicate stores, 8 days 1 hour and 9 days for
     * the counts), so a store restored after a kill would miss older ones.
     */
    static CrashRecoveryCorpus build(final Instant day) {
        final List<Input> a = new ArrayList<>();
        final List<Input> b = new ArrayList<>();
        final List<Input> c = new ArrayList<>();
        labelledStories(day, a, b, c);
        final List<String> languages = List.copyOf(new TreeSet<>(COUNTRIES.keySet()));
        final Map<String, List<String>> words = wordsByLanguage();
        final Random random = new Random(20260210);
        final List<List<Input>> phases = List.of(a, b, c);
        final List<Integer> generatedPerPhase = List.of(GENERATED_PHASE_A, GENERATED_PHASE_B, GENERATED_PHASE_C);
        int n = 0;
        for (int p = 0; p < phases.size(); p++) {
            for (int i = 0; i < generatedPerPhase.get(p); i++, n++) {
                generated(phases.get(p), day, n, languages.get(n % languages.size()), words, random);
            }
        }
        final List<byte[]> malformed = malformedValues();
        for (int i = 0; i < malformed.size(); i++) {
            final List<Input> phase = i < 6 ? a : i < 9 ? b : c;
            phase.add(new Input(String.format(Locale.ROOT, "bad-%02d", i + 1), i % PARTITIONS, malformed.get(i), null));
        }
        for (final List<Input> phase : phases) {
            Collections.shuffle(phase, random);
        }
        return new CrashRecoveryCorpus(List.of(List.copyOf(a), List.copyOf(b), List.copyOf(c)));
    }

    /** Phase 0, 1 or 2, in sending order. */
    List<Input> phase(final int index) {
        return phases.get(index);
    }

    List<Input> all() {
        return phases.stream().flatMap(List::stream).toList();
    }

    /** Story name to the ids of its articles, for the valid articles of every phase. */
    Map<String, List<String>> stories() {
        return all().stream().filter(input -> !input.malformed())
                .collect(Collectors.groupingBy(Input::story, TreeMap::new,
                        Collectors.mapping(Input::key, Collectors.toList())));
    }

    /**
     * Each labelled original, moved to {@code day} plus 17 minutes per story with its variants at the
     * same distance as in the set: an exact copy in phase A, two near copies in B, one in C.
     */
    private static void labelledStories(final Instant day, final List<Input> a, final List<Input> b, final List<Input> c) {
        final List<LabelledSet.Item> items = LabelledSet.load();
        final Map<String, LabelledSet.Item> byId = items.stream()
                .collect(Collectors.toMap(LabelledSet.Item::id, item -> item, (x, y) -> x, LinkedHashMap::new));
        final List<LabelledSet.Item> originals = items.stream().filter(item -> "original".equals(item.editKind())).toList();
        for (int s = 0; s < originals.size(); s++) {
            final LabelledSet.Item original = originals.get(s);
            final String story = original.id();
            final ObjectNode originalJson = json(original.input());
            final Duration shift = Duration.between(publishedAt(originalJson), day.plus(Duration.ofMinutes(17L * s)));
            final int partition = s % PARTITIONS;
            final ObjectNode moved = moved(originalJson, shift);
            a.add(new Input(story, partition, bytes(moved), story));

            final ObjectNode copy = moved.deepCopy();
            if (s % 2 == 0) {
                copy.put("id", story + "-republished");
            } else {
                copy.put("id", story + "-mirrored");
                copy.put("url", "https://mirror.example/" + story);
            }
            a.add(new Input(copy.get("id").asText(), (partition + 1) % PARTITIONS, bytes(copy), story));

            final List<String> kindsB = NEAR_KINDS_PHASE_B;
            for (int k = 0; k < kindsB.size(); k++) {
                b.add(nearCopy(byId, story, kindsB.get(k), shift, (partition + 1 + k) % PARTITIONS));
            }
            c.add(nearCopy(byId, story, NEAR_KINDS_PHASE_C.get(s % 2), shift, (partition + 2) % PARTITIONS));
        }
    }

    private static Input nearCopy(final Map<String, LabelledSet.Item> byId, final String story, final String kind,
                                  final Duration shift, final int partition) {
        final String id = story + "-" + kind.replace('_', '-');
        final LabelledSet.Item item = Objects.requireNonNull(byId.get(id), id);
        if (!story.equals(item.duplicateOf()) || !kind.equals(item.editKind())) {
            throw new IllegalStateException(id + " is not a " + kind + " copy of " + story);
        }
        return new Input(id, partition, bytes(moved(json(item.input()), shift)), story);
    }

    /**
     * A generated article: five sentences of words drawn from the labelled set's texts in its language
     * (so no two share a three-word shingle by more than chance), naming one or two countries; every
     * fourth gets an exact copy on the next partition (same URL, or same text under another URL).
     */
    private static void generated(final List<Input> phase, final Instant day, final int n, final String language,
                                  final Map<String, List<String>> words, final Random random) {
        final List<String> vocabulary = words.get(language);
        final List<String> countries = COUNTRIES.get(language);
        final StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 5; sentence++) {
            final StringBuilder line = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                line.append(w == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            if (sentence == 1 || (sentence == 3 && n % 3 == 0)) {
                line.append(' ').append(countries.get(random.nextInt(countries.size())));
            }
            text.append(Character.toUpperCase(line.charAt(0))).append(line, 1, line.length()).append(". ");
        }
        final String id = String.format(Locale.ROOT, "gen-%s-%03d", language, n);
        final ObjectNode article = Json.mapper().createObjectNode();
        article.put("id", id);
        article.put("url", "https://generated.example/" + language + "/" + n);
        article.put("source", "Generated");
        article.put("title", text.substring(0, text.indexOf(" ", 40)));
        article.put("text", text.toString().trim());
        article.put("published_at", day.plus(Duration.ofMinutes(7L * n)).toString());
        article.put("language", language);
        final int partition = n % PARTITIONS;
        phase.add(new Input(id, partition, bytes(article), id));
        if (n % 4 == 0) {
            final ObjectNode copy = article.deepCopy();
            copy.put("id", id + "-again");
            if (n % 8 == 4) {
                copy.put("url", "https://elsewhere.example/" + language + "/" + n);
            }
            phase.add(new Input(id + "-again", (partition + 1) % PARTITIONS, bytes(copy), id));
        }
    }

    /** Distinct words of four letters or more from the labelled set's texts, per language. */
    private static Map<String, List<String>> wordsByLanguage() {
        final Map<String, TreeSet<String>> words = new TreeMap<>();
        for (final LabelledSet.Item item : LabelledSet.load()) {
            if (item.editKind() == null || !COUNTRIES.containsKey(item.language())) {
                continue;
            }
            final ObjectNode input = json(item.input());
            final String text = input.hasNonNull("text") ? input.get("text").asText() : "";
            for (final String word : text.split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    words.computeIfAbsent(item.language(), l -> new TreeSet<>()).add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        final Map<String, List<String>> lists = new TreeMap<>();
        words.forEach((language, set) -> lists.put(language, List.copyOf(set)));
        return lists;
    }

    /** One record for each dead-letter reason of docs/contracts.md, some twice. */
    private static List<byte[]> malformedValues() {
        final List<byte[]> values = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            values.add(utf8("{\"id\": \"broken-" + round + "\", \"title\": \"broken"));
            values.add(utf8("[\"not\", \"an\", \"object\"]"));
            values.add(utf8("{\"id\": \"no-body-" + round + "\", \"title\": \"A title and nothing else\"}"));
            values.add(utf8("{\"id\": \"typed-" + round + "\", \"text\": 12}"));
            values.add(utf8("{\"id\": \"dated-" + round + "\", \"text\": \"Some text.\", \"published_at\": \"yesterday\"}"));
            values.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        }
        return values;
    }

    private static ObjectNode moved(final ObjectNode input, final Duration shift) {
        final ObjectNode copy = input.deepCopy();
        copy.put("published_at", publishedAt(input).plus(shift).toString());
        return copy;
    }

    private static Instant publishedAt(final ObjectNode input) {
        return Instant.parse(input.get("published_at").asText());
    }

    private static ObjectNode json(final byte[] bytes) {
        try {
            return (ObjectNode) Json.mapper().readTree(bytes);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(final ObjectNode node) {
        try {
            return Json.mapper().writeValueAsBytes(node);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
