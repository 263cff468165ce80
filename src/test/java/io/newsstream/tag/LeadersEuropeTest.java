package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsstream.model.LeaderTag;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The leaders of the European (and South Caucasus) UN members in {@code leaders-europe.tsv}: inflected
 * Russian, Ukrainian and Polish forms, Latin-script names, surnames after a full mention, roles on a
 * date, and names that must not be tagged.
 */
class LeadersEuropeTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 8, 13);
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private final Tagger tagger = new Tagger(GAZETTEER);

    private static Map<String, Integer> leaders(Tags tags) {
        return TagViews.leaderMentions(tags);
    }

    private static List<String> spanTexts(String text, Tags tags, String id) {
        return TagViews.spanTexts(text, TagViews.leader(tags, id, text).spans());
    }

    @Nested
    class RussianAndUkrainian {
        @Test
        void bulgarianLeadersInGenitiveAndInstrumental() {
            String text = "Премьер-министр Болгарии Росен Желязков встретился с президентом Руменом Радевым. "
                    + "После встречи Желязкова спросили о бюджете, а Радев промолчал.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("rosen-zhelyazkov", 2, "rumen-radev", 2));
            assertThat(spanTexts(text, tags, "rumen-radev")).containsExactly("Руменом Радевым", "Радев");
            assertThat(spanTexts(text, tags, "rosen-zhelyazkov")).containsExactly("Росен Желязков", "Желязкова");
        }

        @Test
        void northMacedonianPresidentInTheAccusativeAndSerbianPrimeMinister() {
            String text = "Вучич поблагодарил Гордану Силяновску-Давкову за визит. "
                    + "На переговорах присутствовал премьер Сербии Джуро Мацут, а Мацута поддержал парламент.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("aleksandar-vucic", 1, "gordana-siljanovska-davkova", 1, "djuro-macut", 2));
            assertThat(spanTexts(text, tags, "gordana-siljanovska-davkova")).containsExactly("Гордану Силяновску-Давкову");
        }

        @Test
        void sloveniansAndGreekPresidentInUkrainianInstrumental() {
            String text = "Зеленський зустрівся з Робертом Голобом і Наташею Пірц Мусар у Любляні. "
                    + "Згодом він поговорив із президентом Греції Костянтиносом Тасуласом. Голоб пообіцяв допомогу.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("volodymyr-zelensky", 1,
                    "robert-golob", 2, "natasa-pirc-musar", 1, "konstantinos-tasoulas", 1));
            assertThat(spanTexts(text, tags, "natasa-pirc-musar")).containsExactly("Наташею Пірц Мусар");
        }

        @Test
        void actingLithuanianPrimeMinisterAndHisPredecessor() {
            String text = "Исполняющим обязанности премьер-министра Литвы назначен Римантас Шаджюс. "
                    + "Гинтаутас Палуцкас ушёл в отставку, и Шаджюсу предстоит руководить кабинетом.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("rimantas-sadzius", 2, "gintautas-paluckas", 1));
            assertThat(tags.leaders()).extracting(LeaderTag::id, LeaderTag::role).containsExactlyInAnyOrder(
                    tuple("rimantas-sadzius", "prime-minister"), tuple("gintautas-paluckas", "former-prime-minister"));
        }

        @Test
        void titledKingsAreNotTheShorterKingCharlesOrKingPhilippe() {
            String text = "Король Карл XVI Густав и король Филипп VI прибыли на саммит, король Филипп принял их в Брюсселе.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("carl-xvi-gustaf", 1, "felipe-vi", 1, "philippe-of-belgium", 1));
        }

        @Test
        void theVerbBegatAtASentenceStartIsNotBegaj() {
            Tags verbs = tagger.tag("Бегая по утрам, он думал о работе. Бегай быстрее!", "ru", SNAPSHOT);
            Tags president = tagger.tag("Президент Албании Байрам Бегай прибыл в Москву. В аэропорту Бегая встретил министр.",
                    "ru", SNAPSHOT);

            assertThat(verbs.leaders()).isEmpty();
            assertThat(leaders(president)).containsExactlyInAnyOrderEntriesOf(Map.of("bajram-begaj", 2));
        }

        @Test
        void generatedFormsOfSurnameClasses() {
            assertThat(GAZETTEER.formsOf("ru", "Турчин")).contains("Турчина", "Турчиным");
            assertThat(GAZETTEER.formsOf("ru", "Бегай")).contains("Бегая", "Бегаем");
            assertThat(GAZETTEER.formsOf("uk", "Міланович")).contains("Мілановича", "Мілановичем");
            assertThat(GAZETTEER.formsOf("ru", "Силиня")).contains("Силини", "Силиней");
            assertThat(GAZETTEER.formsOf("pl", "Bolojan")).contains("Bolojana", "Bolojanem");
            // Ukrainian Асадов is listed form by form: uk-surname would give Асадові, a form of Асад
            assertThat(GAZETTEER.formsOf("uk", "Асадов")).doesNotContain("Асадові");
        }
    }

    @Nested
    class LatinScript {
        @Test
        void englishSurnameAfterTheFullName() {
            String text = "Albanian Prime Minister Edi Rama met President Michael D. Higgins in Dublin. "
                    + "Rama thanked Ireland, and Higgins praised the Albanian community.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("edi-rama", 2, "michael-d-higgins", 2));
        }

        @Test
        void commonSurnamesAloneAreNotTagged() {
            String text = "Rama said the talks went well. Higgins, a farmer from Galway, disagreed, "
                    + "and Haas finished tenth in the race while Costa scored twice.";

            assertThat(tagger.tag(text, "en", SNAPSHOT).leaders()).isEmpty();
        }

        @Test
        void theCarlGustafRifleIsNotTheKing() {
            Tags rifle = tagger.tag("Sweden sent more Carl Gustaf recoilless rifles to Kyiv.", "en", SNAPSHOT);
            Tags king = tagger.tag("King Carl XVI Gustaf opened the session; Carl XVI Gustaf spoke briefly.", "en", SNAPSHOT);

            assertThat(rifle.leaders()).isEmpty();
            assertThat(leaders(king)).containsExactlyInAnyOrderEntriesOf(Map.of("carl-xvi-gustaf", 2));
        }

        @Test
        void germanFriedenIsPeaceButFrenchFriedenIsThePrimeMinister() {
            Tags de = tagger.tag("Luc Frieden sprach über den Frieden in Europa. Frieden sei möglich.", "de", SNAPSHOT);
            Tags fr = tagger.tag("Le Premier ministre Luc Frieden est à Paris. Frieden a rencontré Macron.", "fr", SNAPSHOT);

            assertThat(leaders(de)).containsExactlyInAnyOrderEntriesOf(Map.of("luc-frieden", 1));
            assertThat(leaders(fr)).containsExactlyInAnyOrderEntriesOf(Map.of("luc-frieden", 2, "emmanuel-macron", 1));
        }

        @Test
        void germanAndSpanishNames() {
            Tags de = tagger.tag("Bundespräsident Alexander Van der Bellen empfing Rossen Scheljaskow. "
                    + "Van der Bellen lobte Scheljaskow.", "de", SNAPSHOT);
            Tags es = tagger.tag("El rey Felipe VI recibió a Marcelo Rebelo de Sousa; Rebelo de Sousa agradeció la visita.", "es", SNAPSHOT);

            assertThat(leaders(de)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("alexander-van-der-bellen", 2, "rosen-zhelyazkov", 2));
            assertThat(leaders(es)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("felipe-vi", 1, "marcelo-rebelo-de-sousa", 2));
        }

        @Test
        void polishInflectedForms() {
            String text = "Prezydent Nawrocki rozmawiał z Ilie Bolojanem i Aleksandrem Turczynem. "
                    + "Premier Bolojan zaprosił go do Bukaresztu.";
            Tags tags = tagger.tag(text, "pl", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("karol-nawrocki", 1, "ilie-bolojan", 2, "alexander-turchin", 1));
        }

        @Test
        void anotherPersonWithTheSurnameIsNotTheLeader() {
            Tags tags = tagger.tag("Kaja Kallas met Siim Kallas, her father, in Tallinn.", "en", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("kaja-kallas", 1));
        }
    }

    @Nested
    class Roles {
        private String roleOn(String id, LocalDate day) {
            return GAZETTEER.leaders().get(id).roleOn(day);
        }

        @Test
        void bolojanWasActingPresidentBeforeBecomingPrimeMinister() {
            assertThat(roleOn("ilie-bolojan", LocalDate.of(2025, 3, 15))).isEqualTo("president");
            assertThat(roleOn("ilie-bolojan", LocalDate.of(2025, 6, 1))).isEqualTo("former-president");
            assertThat(roleOn("ilie-bolojan", SNAPSHOT)).isEqualTo("prime-minister");
            assertThat(roleOn("klaus-iohannis", SNAPSHOT)).isEqualTo("former-president");
        }

        @Test
        void milanovicWasPrimeMinisterThenPresident() {
            assertThat(roleOn("zoran-milanovic", LocalDate.of(2014, 5, 1))).isEqualTo("prime-minister");
            assertThat(roleOn("zoran-milanovic", LocalDate.of(2018, 5, 1))).isEqualTo("former-prime-minister");
            assertThat(roleOn("zoran-milanovic", SNAPSHOT)).isEqualTo("president");
        }

        @Test
        void collectiveAndYearlyOffices() {
            assertThat(roleOn("karin-keller-sutter", SNAPSHOT)).isEqualTo("president");
            assertThat(roleOn("karin-keller-sutter", LocalDate.of(2026, 2, 1))).isEqualTo("federal-councillor");
            assertThat(roleOn("denise-bronzetti", SNAPSHOT)).isEqualTo("captain-regent");
            assertThat(roleOn("zeljka-cvijanovic", SNAPSHOT)).isEqualTo("presidency-member");
            assertThat(roleOn("josep-lluis-serrano-pentinat", SNAPSHOT)).isEqualTo("co-prince");
            assertThat(roleOn("josep-lluis-serrano-pentinat", LocalDate.of(2025, 1, 1))).isNull();
        }

        @Test
        void taggedRoleFollowsTheArticleDate() {
            String text = "Frederik X and Margrethe II attended the ceremony.";
            Tags before = tagger.tag(text, "en", LocalDate.of(2023, 6, 1));
            Tags after = tagger.tag(text, "en", SNAPSHOT);

            assertThat(before.leaders()).extracting(LeaderTag::id, LeaderTag::role).containsExactlyInAnyOrder(
                    tuple("frederik-x", null), tuple("margrethe-ii", "monarch"));
            assertThat(after.leaders()).extracting(LeaderTag::id, LeaderTag::role).containsExactlyInAnyOrder(
                    tuple("frederik-x", "monarch"), tuple("margrethe-ii", "former-monarch"));
        }
    }
}
