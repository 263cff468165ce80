package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Leaders of the Asian UN members (with the Middle East and Türkiye) added in {@code leaders-asia.tsv}:
 * inflected Russian/Ukrainian/Polish forms, Latin-script names, surnames after a full mention, roles on a
 * date, and names that must not be tagged.
 */
class LeadersAsiaTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 8, 13);
    private final Tagger tagger = new Tagger(Gazetteer.loadDefault());

    private Map<String, Integer> leaders(String text, String lang, LocalDate date) {
        return TagViews.leaderMentions(tagger.tag(text, lang, date));
    }

    private LeaderTag leader(String text, String lang, LocalDate date, String id) {
        return TagViews.leader(tagger.tag(text, lang, date), id, text);
    }

    private static List<String> spanTexts(String text, List<Span> spans) {
        return TagViews.spanTexts(text, spans);
    }

    @Nested
    class RussianAndUkrainian {
        @Test
        void russianInstrumentalAndGenitiveOfAKazakhSurname() {
            String text = "Президент провёл встречу с Олжасом Бектеновым в Астане. Позиция Бектенова не изменилась.";
            LeaderTag bektenov = leader(text, "ru", SNAPSHOT, "olzhas-bektenov");
            assertThat(spanTexts(text, bektenov.spans())).containsExactly("Олжасом Бектеновым", "Бектенова");
            assertThat(bektenov.role()).isEqualTo("prime-minister");
        }

        @Test
        void russianFirstNameDeclinesButArabicSurnameDoesNot() {
            String text = "Визит Мухаммеда Шиа ас-Судани в Москву обсуждали давно. Ас-Судани прибыл во вторник.";
            assertThat(leaders(text, "ru", SNAPSHOT)).containsEntry("mohammed-shia-al-sudani", 2);
        }

        @Test
        void russianBurmeseAndCambodianNamesDeclineOnlyTheirLastPart() {
            String text = "Переговоры с Мин Аун Хлайном прошли после звонка Хун Манета. Хун Сена не пригласили.";
            assertThat(leaders(text, "ru", SNAPSHOT)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("min-aung-hlaing", 1, "hun-manet", 1, "hun-sen", 1));
        }

        @Test
        void russianKingWithATitleInTheInstrumental() {
            String text = "Наследный принц встретился с королём Салманом в Эр-Рияде.";
            assertThat(leaders(text, "ru", SNAPSHOT)).containsEntry("salman-bin-abdulaziz", 1);
        }

        @Test
        void ukrainianInstrumentalOfALebaneseAndAnUzbekLeader() {
            String text = "Макрон говорив із Жозефом Ауном. Ауна запросили до Парижа. "
                    + "Уряд Узбекистану очолює Абдулла Арипов; з Абдуллою Ариповим говорили про воду.";
            Map<String, Integer> found = leaders(text, "uk", SNAPSHOT);
            assertThat(found).containsEntry("joseph-aoun", 2).containsEntry("abdulla-aripov", 2);
        }

        @Test
        void ukrainianTimoreseLeaderInTheInstrumental() {
            String text = "Зустріч із Шананою Гужмау відбулася в Ділі. Гужмау подякував партнерам.";
            assertThat(leaders(text, "uk", SNAPSHOT)).containsEntry("xanana-gusmao", 2);
        }
    }

    @Nested
    class LatinScript {
        @Test
        void englishInterimLeaderOfBangladeshAndHisSurnameAfterTheFullName() {
            String text = "Bangladesh's interim leader Muhammad Yunus met the army chief on Monday. "
                    + "Yunus said elections would be held in February.";
            LeaderTag yunus = leader(text, "en", SNAPSHOT, "muhammad-yunus");
            assertThat(yunus.mentions()).isEqualTo(2);
            assertThat(yunus.role()).isEqualTo("chief-adviser");
        }

        @Test
        void frenchSpellingOfTheSaudiKing() {
            assertThat(leaders("Le roi Salmane a reçu le président français à Riyad.", "fr", SNAPSHOT))
                    .containsEntry("salman-bin-abdulaziz", 1);
        }

        @Test
        void germanTransliterationOfAKazakhName() {
            assertThat(leaders("Kasachstans Regierungschef Olschas Bektenow reiste nach Berlin. Bektenow lobte die Gespräche.",
                    "de", SNAPSHOT)).containsEntry("olzhas-bektenov", 2);
        }

        @Test
        void polishInstrumentalOfAKazakhAndACambodianName() {
            String text = "Premier spotkał się z Ołżasem Bektenowem, a potem z Hun Manetem.";
            assertThat(leaders(text, "pl", SNAPSHOT)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("olzhas-bektenov", 1, "hun-manet", 1));
        }

        @Test
        void spanishAndEnglishThaiLeadersWithTheirDistinctiveFirstNames() {
            assertThat(leaders("El primer ministro interino Phumtham Wechayachai visitó la frontera. Phumtham pidió calma.",
                    "es", SNAPSHOT)).containsEntry("phumtham-wechayachai", 2);
            assertThat(leaders("Thaksin returned to Bangkok; his daughter Paetongtarn Shinawatra was suspended.",
                    "en", SNAPSHOT)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("thaksin-shinawatra", 1, "paetongtarn-shinawatra", 1));
        }

        @Test
        void singaporeanPrimeMinisterBySurnameOnlyAfterTheFullName() {
            String text = "Prime Minister Lawrence Wong spoke in Parliament. Wong said the budget was balanced.";
            assertThat(leaders(text, "en", SNAPSHOT)).containsEntry("lawrence-wong", 2);
        }
    }

    @Nested
    class Roles {
        @Test
        void thailandsPrimeMinisterWasSuspendedBeforeTheSnapshot() {
            String text = "Paetongtarn Shinawatra and Phumtham Wechayachai attended.";
            assertThat(leader(text, "en", LocalDate.of(2025, 1, 10), "paetongtarn-shinawatra").role())
                    .isEqualTo("prime-minister");
            assertThat(leader(text, "en", SNAPSHOT, "paetongtarn-shinawatra").role())
                    .isEqualTo("former-prime-minister");
            assertThat(leader(text, "en", SNAPSHOT, "phumtham-wechayachai").role()).isEqualTo("prime-minister");
        }

        @Test
        void myanmarsJuntaChiefWasPrimeMinisterThenActingPresident() {
            String text = "Min Aung Hlaing addressed the troops.";
            assertThat(leader(text, "en", LocalDate.of(2021, 3, 1), "min-aung-hlaing").role()).isEqualTo("chairman");
            assertThat(leader(text, "en", LocalDate.of(2023, 3, 1), "min-aung-hlaing").role()).isEqualTo("prime-minister");
            assertThat(leader(text, "en", SNAPSHOT, "min-aung-hlaing").role()).isEqualTo("president");
        }

        @Test
        void vietnamsPartyChiefWasPresidentFirst() {
            String text = "Tô Lâm received the delegation.";
            assertThat(leader(text, "en", LocalDate.of(2024, 6, 1), "to-lam").role()).isEqualTo("president");
            assertThat(leader(text, "en", SNAPSHOT, "to-lam").role()).isEqualTo("general-secretary");
        }

        @Test
        void bhutansPrimeMinisterReturnedForASecondTerm() {
            String text = "Tshering Tobgay opened the session.";
            assertThat(leader(text, "en", LocalDate.of(2016, 5, 1), "tshering-tobgay").role()).isEqualTo("prime-minister");
            assertThat(leader(text, "en", LocalDate.of(2020, 5, 1), "tshering-tobgay").role())
                    .isEqualTo("former-prime-minister");
            assertThat(leader(text, "en", SNAPSHOT, "tshering-tobgay").role()).isEqualTo("prime-minister");
        }

        @Test
        void iransLatePresidentIsFormerAfterHisDeath() {
            String text = "Эбрахим Раиси погиб, преемником Раиси стал Масуд Пезешкиан.";
            assertThat(leader(text, "ru", LocalDate.of(2024, 5, 1), "ebrahim-raisi").role()).isEqualTo("president");
            assertThat(leader(text, "ru", SNAPSHOT, "ebrahim-raisi").role()).isEqualTo("former-president");
            assertThat(leader(text, "ru", SNAPSHOT, "ebrahim-raisi").mentions()).isEqualTo(2);
        }

        @Test
        void nepalsPrimeMinisterAndHisPredecessorHandOverOnOneDay() {
            String text = "KP Sharma Oli replaced Pushpa Kamal Dahal.";
            LocalDate handOver = LocalDate.of(2024, 7, 15);
            assertThat(leader(text, "en", handOver, "kp-sharma-oli").role()).isEqualTo("prime-minister");
            assertThat(leader(text, "en", handOver, "pushpa-kamal-dahal").role()).isEqualTo("former-prime-minister");
        }
    }

    @Nested
    class Traps {
        @Test
        void commonSurnamesAloneAreNotTagged() {
            Map<String, Integer> found = leaders(
                    "Wong Kar-wai presented his film. Salam, said the host. Khan scored twice. Hasina smiled.",
                    "en", SNAPSHOT);
            assertThat(found).doesNotContainKeys("lawrence-wong", "nawaf-salam", "imran-khan", "sheikh-hasina");
        }

        @Test
        void anotherPersonWithTheSurnameAfterTheFullNameIsNotTheLeader() {
            String text = "Imran Khan was jailed. London mayor Sadiq Khan commented.";
            assertThat(leaders(text, "en", SNAPSHOT)).containsEntry("imran-khan", 1);
        }

        @Test
        void relativesAndPlacesNamedAfterLeadersAreNotTheLeader() {
            Map<String, Integer> found = leaders("Foreign minister Bilawal Bhutto Zardari "
                    + "visited the King Salman Humanitarian Aid and Relief Centre.", "en", SNAPSHOT);
            assertThat(found).doesNotContainKeys("asif-ali-zardari", "salman-bin-abdulaziz");
        }

        @Test
        void theFormerLebanesePresidentIsNotTheCurrentOne() {
            String text = "Мишеля Ауна не пригласили, а Жозеф Аун выступил.";
            assertThat(leaders(text, "ru", SNAPSHOT))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("michel-aoun", 1, "joseph-aoun", 1));
            assertThat(leader(text, "ru", SNAPSHOT, "michel-aoun").role()).isEqualTo("former-president");
        }

        @Test
        void predecessorsWithTheSameSurnameKeepTheirOwnMentions() {
            String text = "Gurbanguly Berdimuhamedow handed power to his son Serdar Berdimuhamedow in 2022. "
                    + "Nawaz Sharif backed his brother Shehbaz Sharif.";
            assertThat(leaders(text, "en", SNAPSHOT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "gurbanguly-berdimuhamedow", 1, "serdar-berdimuhamedow", 1, "nawaz-sharif", 1, "shehbaz-sharif", 1));
        }
    }
}
