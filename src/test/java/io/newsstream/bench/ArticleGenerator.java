package io.newsstream.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsstream.json.Json;

/**
 * Synthetic {@code news.raw} values for load tests: about 3 KB of text each, a mix of languages,
 * country and leader names in inflected forms, and a share of republished copies (same URL) so the
 * dedup path is exercised. Deterministic for a given seed.
 */
final class ArticleGenerator {
    private static final String[] LANGUAGES = {"en", "ru", "uk", "de", "fr", "es"};
    private static final Map<String, String[]> SENTENCES = Map.of(
            "en", new String[] {
                "President Trump spoke with Vladimir Putin about the war in Ukraine on Tuesday.",
                "China and India agreed to resume talks on the disputed border, officials said.",
                "Xi Jinping met Narendra Modi on the sidelines of the summit in Beijing.",
                "The United States imposed new sanctions on North Korea after the missile launch.",
                "Kim Jong Un inspected a new factory, state media in Pyongyang reported.",
                "Volodymyr Zelensky asked Germany and France for more air defence systems.",
                "Markets in Japan and South Korea fell as investors weighed the tariff news.",
                "Analysts expect the central bank to hold rates steady until the spring."},
            "ru", new String[] {
                "Путин провёл телефонный разговор с Трампом, сообщили в Кремле.",
                "Россия и Китай подписали соглашение о поставках газа на тридцать лет.",
                "Ким Чен Ын посетил Россию с официальным визитом по приглашению Путина.",
                "В США заявили, что переговоры по Украине продолжатся на следующей неделе.",
                "Эксперты отмечают рост торговли между Индией и Россией за последний год.",
                "Зеленский призвал союзников ускорить поставки вооружений Украине."},
            "uk", new String[] {
                "Зеленський зустрівся з президентом Франції в Парижі.",
                "Україна та Польща домовилися про спільні проєкти в енергетиці.",
                "У Сполучених Штатах обговорюють новий пакет допомоги для України.",
                "Росія продовжує обстріли енергетичної інфраструктури, повідомили в уряді."},
            "de", new String[] {
                "Bundeskanzler Merz traf den französischen Präsidenten Macron in Berlin.",
                "Deutschland und Polen vereinbarten eine engere Zusammenarbeit bei der Verteidigung.",
                "Die Vereinigten Staaten kündigten neue Zölle auf Waren aus China an.",
                "Putin und Trump sprachen nach Angaben des Kremls über die Ukraine."},
            "fr", new String[] {
                "Emmanuel Macron a reçu le président ukrainien Zelensky à l'Élysée.",
                "La France et l'Allemagne ont présenté un plan commun pour l'industrie.",
                "Les États-Unis et la Chine reprennent leurs négociations commerciales.",
                "Le Japon a annoncé un nouveau budget de défense record."},
            "es", new String[] {
                "El presidente de México se reunió con Trump en Washington.",
                "España y Portugal acordaron ampliar la interconexión eléctrica.",
                "China e India firmaron un acuerdo comercial tras meses de negociación.",
                "Brasil y Argentina discutieron el futuro del Mercosur."});

    private final Random random;
    private final double duplicateShare;
    private final List<byte[]> published = new ArrayList<>();

    ArticleGenerator(final long seed, final double duplicateShare) {
        this.random = new Random(seed);
        this.duplicateShare = duplicateShare;
    }

    /** The next value: a new article, or (with probability {@code duplicateShare}) a copy of an earlier one. */
    byte[] next() {
        if (!published.isEmpty() && random.nextDouble() < duplicateShare) {
            return published.get(random.nextInt(published.size()));
        }
        final int n = published.size();
        final String language = LANGUAGES[n % LANGUAGES.length];
        final String[] sentences = SENTENCES.get(language);
        final StringBuilder text = new StringBuilder(3200);
        int bytes = 0;
        // ~2.8 KB of UTF-8 text (Cyrillic takes two bytes a letter) plus the other fields: ~3 KB a value
        while (bytes < 2800) {
            final String sentence = sentences[random.nextInt(sentences.length)];
            text.append(sentence).append(' ');
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
            if (random.nextInt(5) == 0) {
                text.append("\n\n");
            }
        }
        // A unique number keeps each new article's content, and so its hash, distinct.
        text.append("Ref ").append(n).append('.');
        final Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://bench.example/" + language + "/articles/" + n);
        article.put("source", "bench.example");
        article.put("title", sentences[n % sentences.length]);
        article.put("text", text.toString());
        article.put("published_at", Instant.parse("2025-08-13T00:00:00Z").plusSeconds(37L * n).toString());
        try {
            final byte[] value = Json.mapper().writeValueAsString(article).getBytes(StandardCharsets.UTF_8);
            published.add(value);
            return value;
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
