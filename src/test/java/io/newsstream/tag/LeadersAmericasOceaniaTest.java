package io.newsstream.tag;

import static io.newsstream.tag.TagViews.leader;
import static io.newsstream.tag.TagViews.leaderMentions;
import static io.newsstream.tag.TagViews.spanTexts;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.Tags;
import java.time.LocalDate;
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

    @Nested
    class RussianAndUkrainian {
        @Test
        void russianGenitiveAndInstrumentalForms() {
            String text = "Визит Эндрю Холнесса в Лондон перенесли. Президент Парагвая провёл переговоры "
                    + "с Сантьяго Пеньей, а затем встретился с Ситивени Рабукой. Позже Пенья уехал.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("andrew-holness", 1, "santiago-pena", 2, "sitiveni-rabuka", 1));
            assertThat(spanTexts(text, leader(tags, "santiago-pena", text).spans()))
                    .containsExactly("Сантьяго Пеньей", "Пенья");
            assertThat(spanTexts(text, leader(tags, "sitiveni-rabuka", text).spans())).containsExactly("Ситивени Рабукой");
        }

        @Test
        void russianFemaleFirstNameDeclinesAndForeignSurnameDoesNot() {
            String text = "Слова Дины Болуарте вызвали споры. Заявление Сиомары Кастро прозвучало позже; "
                    + "Болуарте не ответила.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("dina-boluarte", 2, "xiomara-castro", 1));
        }

        @Test
        void ukrainianInstrumentalAndGenitiveForms() {
            String text = "Прем'єр Вануату зустрівся з Джотамом Напатом? Ні: уряд очолює Джотам Напат, "
                    + "а заява Гастона Брауна стосувалася Антигуа. Напат відповів коротко.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("jotham-napat", 3, "gaston-browne", 1));
            assertThat(spanTexts(text, leader(tags, "jotham-napat", text).spans()))
                    .containsExactly("Джотамом Напатом", "Джотам Напат", "Напат");
        }

        @Test
        void ukrainianIndeclinableNamesAndTransliterationVariants() {
            String text = "Президент Сальвадору Наїб Букеле зустрівся з прем'єркою Тринідаду і Тобаго "
                    + "Камлою Персад-Біссессар. Букеле подякував. Уряд Ямайки очолює Ендрю Голнесс.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
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

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("mia-mottley", 2, "andrew-holness", 2, "sitiveni-rabuka", 1));
            assertThat(leader(tags, "mia-mottley", text).role()).isEqualTo("prime-minister");
            assertThat(leader(tags, "mia-mottley", text).country()).isEqualTo("BB");
        }

        @Test
        void spanishNamesWithAndWithoutAccents() {
            String text = "El presidente Bernardo Arévalo recibió a José Raúl Mulino en Ciudad de Guatemala. "
                    + "Arévalo y Mulino firmaron un acuerdo; Santiago Pena no asistió.";
            Tags tags = tagger.tag(text, "es", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("bernardo-arevalo", 2, "jose-raul-mulino", 2, "santiago-pena", 1));
        }

        @Test
        void frenchAndGermanNames() {
            Tags fr = tagger.tag("Le Premier ministre haïtien Alix Didier Fils-Aimé a reçu Luis Abinader. "
                    + "Fils-Aimé a salué Abinader.", "fr", SNAPSHOT);
            assertThat(leaderMentions(fr)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("alix-didier-fils-aime", 2, "luis-abinader", 2));

            Tags de = tagger.tag("Surinams neue Präsidentin Jennifer Geerlings-Simons wurde vereidigt. "
                    + "Präsidentin Simons kündigte Reformen an.", "de", SNAPSHOT);
            assertThat(leaderMentions(de)).containsExactlyInAnyOrderEntriesOf(Map.of("jennifer-geerlings-simons", 2));

            String genitive = "Nayib Bukeles Regierung lobte Mia Mottleys Rede; Bukeles Minister schwiegen.";
            Tags deGenitive = tagger.tag(genitive, "de", SNAPSHOT);
            assertThat(leaderMentions(deGenitive)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("nayib-bukele", 2, "mia-mottley", 1));
            assertThat(spanTexts(genitive, leader(deGenitive, "nayib-bukele", genitive).spans()))
                    .containsExactly("Nayib Bukeles", "Bukeles");
        }

        @Test
        void haitisCouncilMemberWithEitherSpelling() {
            String text = "Council coordinator Laurent St. Cyr met Alix-Didier Fils-Aime; Laurent Saint-Cyr later spoke.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("laurent-saint-cyr", 2, "alix-didier-fils-aime", 1));
            assertThat(leader(tags, "laurent-saint-cyr", text).role()).isEqualTo("presidency-member");
        }

        @Test
        void polishDeclinedForms() {
            String text = "Spotkanie z Sitiveni Rabuką odbyło się w Suvie. Premier Rabuka mówił o klimacie, "
                    + "a premiera Roosevelta Skerrita nie było.";
            Tags tags = tagger.tag(text, "pl", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsEntry("sitiveni-rabuka", 2).containsEntry("roosevelt-skerrit", 1);
        }

        @Test
        void oceanianNamesWithApostrophesAndOkina() {
            Tags tags = tagger.tag("Samoa's Prime Minister Fiame Naomi Mata'afa welcomed Tuimaleali'ifano "
                    + "Va'aleto'a Sualauvi II. Mata'afa later met King Tupou VI.", "en", SNAPSHOT);
            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(Map.of(
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

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("xiomara-castro", 2, "fidel-castro", 1, "raul-castro", 1));
            assertThat(spanTexts(text, leader(tags, "xiomara-castro", text).spans()))
                    .containsExactly("Xiomara Castro", "Castro");
            assertThat(leader(tags, "raul-castro", text).role()).isEqualTo("former-president");
        }

        @Test
        void theDavisCupIsNotPhilipDavis() {
            // German capitalises every noun, so only the block keeps "im Davis-Cup" from counting as Davis
            String text = "Der Premier der Bahamas, Philip Davis, sah das Spiel im Davis-Cup. Davis lobte die Spieler.";
            Tags tags = tagger.tag(text, "de", SNAPSHOT);
            assertThat(spanTexts(text, leader(tags, "philip-davis", text).spans())).containsExactly("Philip Davis", "Davis");
        }

        @Test
        void youngAtTheStartOfASentenceIsAnAdjective() {
            String text = "Stuart Young lost the election. Young voters backed Kamla Persad-Bissessar, and Young conceded.";
            Tags tags = tagger.tag(text, "en", LocalDate.of(2025, 4, 29));
            assertThat(spanTexts(text, leader(tags, "stuart-young", text).spans())).containsExactly("Stuart Young", "Young");
            assertThat(leader(tags, "stuart-young", text).role()).isEqualTo("prime-minister");
            assertThat(leader(tags, "kamla-persad-bissessar", text).role()).isEqualTo("former-prime-minister");
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
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2012, 5, 1)), "kamla-persad-bissessar", text).role())
                    .isEqualTo("prime-minister");
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2020, 1, 1)), "kamla-persad-bissessar", text).role())
                    .isEqualTo("former-prime-minister");
            assertThat(leader(tagger.tag(text, "en", SNAPSHOT), "kamla-persad-bissessar", text).role())
                    .isEqualTo("prime-minister");
        }

        @Test
        void murilloWasVicePresidentThenCoPresident() {
            String text = "Rosario Murillo spoke in Managua.";
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2024, 6, 1)), "rosario-murillo", text).role())
                    .isEqualTo("vice-president");
            assertThat(leader(tagger.tag(text, "en", SNAPSHOT), "rosario-murillo", text).role()).isEqualTo("co-president");
        }

        @Test
        void heineServedTwoTermsAndBukeleTookLeaveToRunAgain() {
            assertThat(leader(tagger.tag("Hilda Heine", "en", LocalDate.of(2022, 1, 1)), "hilda-heine", "Hilda Heine").role())
                    .isEqualTo("former-president");
            assertThat(leader(tagger.tag("Hilda Heine", "en", SNAPSHOT), "hilda-heine", "Hilda Heine").role()).isEqualTo("president");
            assertThat(leader(tagger.tag("Nayib Bukele", "es", LocalDate.of(2024, 2, 4)), "nayib-bukele", "Nayib Bukele").role())
                    .isEqualTo("former-president");
            assertThat(leader(tagger.tag("Nayib Bukele", "es", LocalDate.of(2024, 6, 1)), "nayib-bukele", "Nayib Bukele").role())
                    .isEqualTo("president");
        }

        @Test
        void fijiHasHadANewPresidentSinceNovember2024() {
            String text = "Ratu Wiliame Katonivere handed over to Ratu Naiqama Lalabalavu.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leader(tags, "wiliame-katonivere", text).role()).isEqualTo("former-president");
            assertThat(leader(tags, "naiqama-lalabalavu", text).role()).isEqualTo("president");
            assertThat(leader(tagger.tag(text, "en", LocalDate.of(2024, 11, 11)), "wiliame-katonivere", text).role())
                    .isEqualTo("president");
        }

        @Test
        void santokhiHandedOverToGeerlingsSimonsOnTheSixteenthOfJuly() {
            String text = "Chan Santokhi and Jennifer Geerlings-Simons at the ceremony.";
            Tags before = tagger.tag(text, "en", LocalDate.of(2025, 7, 15));
            Tags after = tagger.tag(text, "en", LocalDate.of(2025, 7, 16));
            assertThat(leader(before, "chan-santokhi", text).role()).isEqualTo("president");
            assertThat(leader(before, "jennifer-geerlings-simons", text).role()).isNull();
            assertThat(leader(after, "chan-santokhi", text).role()).isEqualTo("former-president");
            assertThat(leader(after, "jennifer-geerlings-simons", text).role()).isEqualTo("president");
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
