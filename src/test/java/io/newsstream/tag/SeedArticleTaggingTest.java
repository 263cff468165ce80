package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed article (Russian, 13 August 2025) tagged end to end with the bundled gazetteer. */
class SeedArticleTaggingTest {

    private static String text;
    private static Tags tags;

    @BeforeAll
    static void tagSeedArticle() throws IOException {
        text = normalizedSeedText();
        tags = new Tagger(Gazetteer.loadDefault()).tag(text, "ru", LocalDate.of(2025, 8, 13));
    }

    /** What the normalizer yields: date marker removed, trimmed, the photo-credit line removed. */
    static String normalizedSeedText() throws IOException {
        try (InputStream in = SeedArticleTaggingTest.class.getResourceAsStream("/samples/corpus/seed-article-ru.txt")) {
            assertThat(in).as("seed article resource").isNotNull();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutMarker = raw.replaceFirst("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s", "");
            String withoutCredit = withoutMarker.replace("\nФото: из открытых источников\n", "\n");
            return withoutCredit.strip();
        }
    }

    @Test
    void findsExactlyTheExpectedCountriesWithTheirMentionCounts() {
        Map<String, Integer> counts = tags.countries().stream()
                .collect(Collectors.toMap(CountryTag::code, CountryTag::mentions));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(
                Map.of("RU", 10, "KP", 5, "US", 4, "UA", 3, "CN", 1, "IN", 1));
    }

    @Test
    void ordersCountriesByMentionsThenCode() {
        assertThat(tags.countries()).extracting(CountryTag::code)
                .containsExactly("RU", "KP", "US", "UA", "CN", "IN");
        assertThat(tags.countries()).extracting(CountryTag::name)
                .containsExactly("Russia", "North Korea", "United States", "Ukraine", "China", "India");
    }

    @Test
    void findsExactlyTheExpectedLeadersWithCountsAndRolesOnThePublicationDate() {
        assertThat(tags.leaders()).extracting(LeaderTag::id, LeaderTag::mentions, LeaderTag::country, LeaderTag::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vladimir-putin", 7, "RU", "president"),
                        org.assertj.core.groups.Tuple.tuple("donald-trump", 4, "US", "president"),
                        org.assertj.core.groups.Tuple.tuple("kim-jong-un", 4, "KP", "supreme-leader"),
                        org.assertj.core.groups.Tuple.tuple("narendra-modi", 1, "IN", "prime-minister"),
                        org.assertj.core.groups.Tuple.tuple("volodymyr-zelensky", 1, "UA", "president"),
                        org.assertj.core.groups.Tuple.tuple("xi-jinping", 1, "CN", "president"));
        assertThat(tags.leaders()).extracting(LeaderTag::name)
                .containsExactly("Vladimir Putin", "Donald Trump", "Kim Jong Un", "Narendra Modi",
                        "Volodymyr Zelensky", "Xi Jinping");
    }

    @Test
    void russiaSpansCoverAbbreviationDemonymsAndMetonyms() {
        assertThat(spanTexts(country("RU").spans())).containsExactly(
                "РФ", "российской", "Кремля", "Москвы", "Россией", "российского", "Россия", "Кремля",
                "России", "российским");
    }

    @Test
    void otherCountrySpansAreTheInflectedNamesNotAlaska() {
        assertThat(spanTexts(country("US").spans())).containsExactly("США", "Белый дом", "американской", "США");
        assertThat(spanTexts(country("KP").spans())).containsExactly(
                "Северной Кореи", "северокорейское", "КНДР", "КНДР", "Северная Корея");
        assertThat(spanTexts(country("UA").spans())).containsExactly("Украине", "Украины", "Украины");
        assertThat(spanTexts(country("CN").spans())).containsExactly("Китая");
        assertThat(spanTexts(country("IN").spans())).containsExactly("Индии");
        assertThat(text).contains("Аляске");
    }

    @Test
    void leaderSpansAreFullNamesOrSurnamesCountedOnce() {
        assertThat(spanTexts(leader("vladimir-putin").spans())).containsExactly(
                "Владимир Путин", "Путин", "Путина", "Путин", "Путина", "Путин", "Владимиром Путиным");
        assertThat(spanTexts(leader("donald-trump").spans())).containsExactly(
                "Дональдом Трампом", "Трампом", "Трампом", "Дональдом Трампом");
        assertThat(spanTexts(leader("kim-jong-un").spans())).containsExactly("Ким Чен Ином", "Кима", "Ким Чен Ын", "Ким");
        assertThat(spanTexts(leader("xi-jinping").spans())).containsExactly("Си Цзиньпином");
        assertThat(spanTexts(leader("narendra-modi").spans())).containsExactly("Нарендрой Моди");
        assertThat(spanTexts(leader("volodymyr-zelensky").spans())).containsExactly("Владимир Зеленский");
    }

    @Test
    void spansAreInTextOrderAndDoNotOverlap() {
        List<Span> all = new java.util.ArrayList<>();
        tags.countries().forEach(c -> all.addAll(c.spans()));
        tags.leaders().forEach(l -> all.addAll(l.spans()));
        all.sort(java.util.Comparator.comparingInt(Span::start));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start()).as("span %s starts after %s", all.get(i), all.get(i - 1))
                    .isGreaterThanOrEqualTo(all.get(i - 1).end());
        }
        assertThat(all).hasSize(24 + 18);
    }

    private static CountryTag country(String code) {
        return tags.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static LeaderTag leader(String id) {
        return tags.leaders().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> spanTexts(List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
