package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Leaders of the Americas and Oceania UN members ({@code leaders-americas-oceania.tsv}): inflected
 * Russian, Ukrainian and Polish forms, Latin-script names in the Western languages, surnames alone
 * after a full mention, roles on a date, and common surnames that must not be tagged alone.
 */
class LeadersAmericasOceaniaTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 8, 13);
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private final Tagger tagger = new Tagger(GAZETTEER);

    private static Map<String, Integer> leaders(Tags tags) {
        return TagViews.leaderMentions(tags);
    }

    private static LeaderTag leader(Tags tags, String id) {
        return TagViews.leader(tags, id, "");
    }

    private static List<String> spanTexts(String text, List<Span> spans) {
        return TagViews.spanTexts(text, spans);
    }

    @Nested
    class RussianAndUkrainian {
        @Test
        void russianGenitiveAndInstrumentalForms() {
            String text = "Визит Эндрю Холнесса в Лондон перенесли. Президент Парагвая провёл переговоры "
                    + "с Сантьяго Пеньей, а затем встретился с Ситивени Рабукой. Позже Пенья уехал.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("andrew-holness", 1, "santiago-pena", 2, "sitiveni-rabuka", 1));
            assertThat(spanTexts(text, leader(tags, "santiago-pena").spans()))
                    .containsExactly("Сантьяго Пеньей", "Пенья");
            assertThat(spanTexts(text, leader(tags, "sitiveni-rabuka").spans())).containsExactly("Ситивени Рабукой");
        }

        @Test
        void russianFemaleFirstNameDeclinesAndForeignSurnameDoesNot() {
            String text = "Слова Дины Болуарте вызвали споры. Заявление Сиомары Кастро прозвучало позже; "
                    + "Болуарте не ответила.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("dina-boluarte", 2, "xiomara-castro", 1));
        }

        @Test
        void ukrainianInstrumentalAndGenitiveForms() {
            String text = "Прем'єр Вануату зустрівся з Джотамом Напатом? Ні: уряд очолює Джотам Напат, "
                    + "а заява Гастона Брауна стосувалася Антигуа. Напат відповів коротко.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("jotham-napat", 3, "gaston-browne", 1));
            assertThat(spanTexts(text, leader(tags, "jotham-napat").spans()))
                    .containsExactly("Джотамом Напатом", "Джотам Напат", "Напат");
        }

        @Test
        void ukrainianIndeclinableNamesAndTransliterationVariants() {
            String text = "Президент Сальвадору Наїб Букеле зустрівся з прем'єркою Тринідаду і Тобаго "
                    + "Камлою Персад-Біссессар. Букеле подякував. Уряд Ямайки очолює Ендрю Голнесс.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("nayib-bukele", 2, "kamla-persad-bissessar", 1, "andrew-holness", 1));
        }
    }

    @Nested
    class LatinScript {
        @Test
        void englishFullNamesAndDistinctiveSurnames() {
            String text = "Barbados Prime Minister Mia Mottley and Jamaica's Andrew Holness met in Bridgetown. "
                    + "Mottley said the region needed climate finance. Holness agreed, and Fiji's "
                    + "Sitiveni Rabuka joined by video.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("mia-mottley", 2, "andrew-holness", 2, "sitiveni-rabuka", 1));
            assertThat(leader(tags, "mia-mottley").role()).isEqualTo("prime-minister");
            assertThat(leader(tags, "mia-mottley").country()).isEqualTo("BB");
        }

        @Test
        void spanishNamesWithAndWithoutAccents() {
            String text = "El presidente Bernardo Arévalo recibió a José Raúl Mulino en Ciudad de Guatemala. "
                    + "Arévalo y Mulino firmaron un acuerdo; Santiago Pena no asistió.";
            Tags tags = tagger.tag(text, "es", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("bernardo-arevalo", 2, "jose-raul-mulino", 2, "santiago-pena", 1));
        }

        @Test
        void frenchAndGermanNames() {
            Tags fr = tagger.tag("Le Premier ministre haïtien Alix Didier Fils-Aimé a reçu Luis Abinader. "
                    + "Fils-Aimé a salué Abinader.", "fr", SNAPSHOT);
            assertThat(leaders(fr)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("alix-didier-fils-aime", 2, "luis-abinader", 2));

            Tags de = tagger.tag("Surinams neue Präsidentin Jennifer Geerlings-Simons wurde vereidigt. "
                    + "Präsidentin Simons kündigte Reformen an.", "de", SNAPSHOT);
            assertThat(leaders(de)).containsExactlyInAnyOrderEntriesOf(Map.of("jennifer-geerlings-simons", 2));

            String genitive = "Nayib Bukeles Regierung lobte Mia Mottleys Rede; Bukeles Minister schwiegen.";
            Tags deGenitive = tagger.tag(genitive, "de", SNAPSHOT);
            assertThat(leaders(deGenitive)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("nayib-bukele", 2, "mia-mottley", 1));
            assertThat(spanTexts(genitive, leader(deGenitive, "nayib-bukele").spans()))
                    .containsExactly("Nayib Bukeles", "Bukeles");
        }

        @Test
        void haitisCouncilMemberWithEitherSpelling() {
            String text = "Council coordinator Laurent St. Cyr met Alix-Didier Fils-Aime; Laurent Saint-Cyr later spoke.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("laurent-saint-cyr", 2, "alix-didier-fils-aime", 1));
            assertThat(leader(tags, "laurent-saint-cyr").role()).isEqualTo("presidency-member");
        }

        @Test
        void polishDeclinedForms() {
            String text = "Spotkanie z Sitiveni Rabuką odbyło się w Suvie. Premier Rabuka mówił o klimacie, "
                    + "a premiera Roosevelta Skerrita nie było.";
            Tags tags = tagger.tag(text, "pl", SNAPSHOT);

            assertThat(leaders(tags)).containsEntry("sitiveni-rabuka", 2).containsEntry("roosevelt-skerrit", 1);
        }

        @Test
        void oceanianNamesWithApostrophesAndOkina() {
            Tags tags = tagger.tag("Samoa's Prime Minister Fiame Naomi Mata'afa welcomed Tuimaleali'ifano "
                    + "Va'aleto'a Sualauvi II. Mata'afa later met King Tupou VI.", "en", SNAPSHOT);
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fiame-naomi-mataafa", 2, "tuimalealiifano-vaaletoa-sualauvi-ii", 1, "tupou-vi", 1));
        }
    }

    @Nested
    class Precision {
        @Test
        void commonSurnamesAloneAreNotLeaders() {
            String text = "Davis scored twice. Mason and Mitchell were injured, Pierre was booked and "
                    + "Castro was sent off. Ali and Peña watched from the bench; Drew drew the crowd.";
            assertThat(tagger.tag(text, "en", SNAPSHOT).leaders()).isEmpty();
        }

        @Test
        void anotherPersonWithTheSameSurnameIsNotTheLeader() {
            String text = "Honduran President Xiomara Castro spoke of Fidel Castro and of Raúl Castro. "
                    + "Castro then left for Havana.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("xiomara-castro", 2, "fidel-castro", 1, "raul-castro", 1));
            assertThat(spanTexts(text, leader(tags, "xiomara-castro").spans()))
                    .containsExactly("Xiomara Castro", "Castro");
            assertThat(leader(tags, "raul-castro").role()).isEqualTo("former-president");
        }

        @Test
        void theDavisCupIsNotPhilipDavis() {
            // German capitalises every noun, so only the block keeps "im Davis-Cup" from counting as Davis
            String text = "Der Premier der Bahamas, Philip Davis, sah das Spiel im Davis-Cup. Davis lobte die Spieler.";
            Tags tags = tagger.tag(text, "de", SNAPSHOT);
            assertThat(spanTexts(text, leader(tags, "philip-davis").spans())).containsExactly("Philip Davis", "Davis");
        }

        @Test
        void youngAtTheStartOfASentenceIsAnAdjective() {
            String text = "Stuart Young lost the election. Young voters backed Kamla Persad-Bissessar, and Young conceded.";
            Tags tags = tagger.tag(text, "en", LocalDate.of(2025, 4, 29));
            assertThat(spanTexts(text, leader(tags, "stuart-young").spans())).containsExactly("Stuart Young", "Young");
            assertThat(leader(tags, "stuart-young").role()).isEqualTo("prime-minister");
            assertThat(leader(tags, "kamla-persad-bissessar").role()).isEqualTo("former-prime-minister");
        }

        @Test
        void heinrichHeineIsNotTheMarshallIslandsPresident() {
            Tags tags = tagger.tag("Ein Gedicht von Heinrich Heine; Heine lebte in Paris.", "de", SNAPSHOT);
            assertThat(tags.leaders()).isEmpty();
        }

        @Test
        void lowerCaseWordsAreNotNames() {
            Tags tags = tagger.tag("He drew a map and the mulino stood by the river.", "en", SNAPSHOT);
            assertThat(tags.leaders()).isEmpty();
        }
    }

    @Nested
    class Roles {
        @Test
        void rolesFollowTheArticleDate() {
            String text = "Kamla Persad-Bissessar spoke.";
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2012, 5, 1)), "kamla-persad-bissessar").role())
                    .isEqualTo("prime-minister");
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2020, 1, 1)), "kamla-persad-bissessar").role())
                    .isEqualTo("former-prime-minister");
            assertThat(leader(tagger.tag(text, "en", SNAPSHOT), "kamla-persad-bissessar").role())
                    .isEqualTo("prime-minister");
        }

        @Test
        void murilloWasVicePresidentThenCoPresident() {
            String text = "Rosario Murillo spoke in Managua.";
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2024, 6, 1)), "rosario-murillo").role())
                    .isEqualTo("vice-president");
            assertThat(leader(tagger.tag(text, "en", SNAPSHOT), "rosario-murillo").role()).isEqualTo("co-president");
        }

        @Test
        void heineServedTwoTermsAndBukeleTookLeaveToRunAgain() {
            assertThat(leader(tagger.tag("Hilda Heine", "en", LocalDate.of(2022, 1, 1)), "hilda-heine").role())
                    .isEqualTo("former-president");
            assertThat(leader(tagger.tag("Hilda Heine", "en", SNAPSHOT), "hilda-heine").role()).isEqualTo("president");
            assertThat(leader(tagger.tag("Nayib Bukele", "es", LocalDate.of(2024, 2, 4)), "nayib-bukele").role())
                    .isEqualTo("former-president");
            assertThat(leader(tagger.tag("Nayib Bukele", "es", LocalDate.of(2024, 6, 1)), "nayib-bukele").role())
                    .isEqualTo("president");
        }

        @Test
        void fijiHasHadANewPresidentSinceNovember2024() {
            String text = "Ratu Wiliame Katonivere handed over to Ratu Naiqama Lalabalavu.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leader(tags, "wiliame-katonivere").role()).isEqualTo("former-president");
            assertThat(leader(tags, "naiqama-lalabalavu").role()).isEqualTo("president");
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2024, 11, 11)), "wiliame-katonivere").role())
                    .isEqualTo("president");
        }

        @Test
        void santokhiHandedOverToGeerlingsSimonsOnTheSixteenthOfJuly() {
            String text = "Chan Santokhi and Jennifer Geerlings-Simons at the ceremony.";
            Tags before = tagger.tag(text, "en", LocalDate.of(2025, 7, 15));
            Tags after = tagger.tag(text, "en", LocalDate.of(2025, 7, 16));
            assertThat(leader(before, "chan-santokhi").role()).isEqualTo("president");
            assertThat(leader(before, "jennifer-geerlings-simons").role()).isNull();
            assertThat(leader(after, "chan-santokhi").role()).isEqualTo("former-president");
            assertThat(leader(after, "jennifer-geerlings-simons").role()).isEqualTo("president");
        }
    }

    @Test
    void generatedFormsOfDeclinedNames() {
        assertThat(GAZETTEER.formsOf("ru", "Сантьяго Пенья")).contains("Сантьяго Пеньи", "Сантьяго Пеньей");
        assertThat(GAZETTEER.formsOf("uk", "Джотам Напат")).contains("Джотама Напата", "Джотамом Напатом");
        assertThat(GAZETTEER.formsOf("ru", "Ситивени Рабука")).contains("Ситивени Рабуки", "Ситивени Рабукой");
        assertThat(GAZETTEER.formsOf("pl", "Sitiveni Rabuka")).contains("Sitiveni Rabuki", "Sitiveni Rabuką");
        assertThat(GAZETTEER.formsOf("pl", "Santiago Peña")).contains("Santiago Peñi", "Santiago Peñą");
        assertThat(GAZETTEER.formsOf("pl", "Mia Mottley")).contains("Mii Mottley", "Mią Mottley");
        assertThat(GAZETTEER.formsOf("de", "Nayib Bukele")).contains("Nayib Bukeles");
    }
}
