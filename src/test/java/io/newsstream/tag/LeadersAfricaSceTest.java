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
 * Leaders of the Central, East and Southern African UN members ({@code leaders-africa-sce.tsv}):
 * inflected Russian/Ukrainian/Polish names, Latin-script names, surnames after a full mention, roles
 * on a date, and common surnames or phrases that must not be tagged.
 */
class LeadersAfricaSceTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 8, 13);
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private final Tagger tagger = new Tagger(GAZETTEER);

    @Nested
    class RussianAndUkrainian {
        @Test
        void russianGenitiveAndInstrumentalOfMnangagwa() {
            String text = "Визит Эммерсона Мнангагвы в Москву готовился давно. "
                    + "Переговоры с Мнангагвой продлились три часа.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("emmerson-mnangagwa", 2));
            assertThat(spanTexts(text, leader(tags, "emmerson-mnangagwa", text).spans()))
                    .containsExactly("Эммерсона Мнангагвы", "Мнангагвой");
            assertThat(leader(tags, "emmerson-mnangagwa", text).role()).isEqualTo("president");
        }

        @Test
        void russianInstrumentalOfSalvaKiirAndIndeclinableTshisekedi() {
            String text = "Глава МИД встретился с Сальвой Кииром, а затем с Феликсом Чисекеди. "
                    + "Киир и Чисекеди обсудили границу.";
            Tags tags = tagger.tag(text, "ru", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("salva-kiir", 2, "felix-tshisekedi", 2));
            assertThat(spanTexts(text, leader(tags, "salva-kiir", text).spans())).containsExactly("Сальвой Кииром", "Киир");
            assertThat(spanTexts(text, leader(tags, "felix-tshisekedi", text).spans()))
                    .containsExactly("Феликсом Чисекеди", "Чисекеди");
        }

        @Test
        void ukrainianInstrumentalOfKagameAndGenitiveOfRajoelina() {
            String text = "Міністр зустрівся з Полем Кагаме у Кігалі. Кагаме подякував Україні. "
                    + "Окремо обговорили візит Андрі Раджоеліни.";
            Tags tags = tagger.tag(text, "uk", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("paul-kagame", 2, "andry-rajoelina", 1));
            assertThat(spanTexts(text, leader(tags, "paul-kagame", text).spans())).containsExactly("Полем Кагаме", "Кагаме");
            assertThat(spanTexts(text, leader(tags, "andry-rajoelina", text).spans())).containsExactly("Андрі Раджоеліни");
        }

        @Test
        void generatedRussianFormsOfDeclinedNames() {
            assertThat(GAZETTEER.formsOf("ru", "Эммерсон Мнангагва"))
                    .contains("Эммерсона Мнангагвы", "Эммерсоном Мнангагвой")
                    .doesNotContain("Эммерсона Мнангагва");
            assertThat(GAZETTEER.formsOf("ru", "Сальва Киир")).contains("Сальвы Киира", "Сальвой Кииром");
            assertThat(GAZETTEER.formsOf("uk", "Поль Кагаме")).contains("Поля Кагаме", "Полем Кагаме");
            assertThat(GAZETTEER.formsOf("pl", "Emmerson Mnangagwa")).contains("Emmersona Mnangagwy", "Emmersonem Mnangagwą");
        }
    }

    @Nested
    class LatinScript {
        @Test
        void frenchBiyaAndSurnameAfterTheFullName() {
            String text = "Le président camerounais Paul Biya a reçu Faustin-Archange Touadéra à Yaoundé. "
                    + "Biya et Touadéra ont signé un accord.";
            Tags tags = tagger.tag(text, "fr", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("paul-biya", 2, "faustin-archange-touadera", 2));
        }

        @Test
        void germanMuseveniAndSpanishLourencoAfterFull() {
            Tags de = tagger.tag("Ugandas Präsident Yoweri Museveni tritt erneut an. Museveni regiert seit 1986.",
                    "de", SNAPSHOT);
            assertThat(leaderMentions(de)).containsExactlyInAnyOrderEntriesOf(Map.of("yoweri-museveni", 2));

            String es = "El presidente de Angola, João Lourenço, visitó Pekín. Lourenço habló de minería.";
            assertThat(leaderMentions(tagger.tag(es, "es", SNAPSHOT)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("joao-lourenco", 2));
        }

        @Test
        void polishInstrumentalOfMnangagwaAndChakwera() {
            String text = "Prezydent rozmawiał z Emmersonem Mnangagwą i z Lazarusem Chakwerą. Mnangagwa obiecał pomoc.";
            Tags tags = tagger.tag(text, "pl", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("emmerson-mnangagwa", 2, "lazarus-chakwera", 1));
            assertThat(spanTexts(text, leader(tags, "lazarus-chakwera", text).spans())).containsExactly("Lazarusem Chakwerą");
        }

        @Test
        void polishGenitiveOfBurhanAndSpanishPressSpelling() {
            String pl = "Wizyta Abdela Fattaha al-Burhana w Kairze. Rozmowy z al-Burhanem trwały godzinę, Burhan wyjechał wieczorem.";
            Tags plTags = tagger.tag(pl, "pl", SNAPSHOT);
            assertThat(spanTexts(pl, leader(plTags, "abdel-fattah-al-burhan", pl).spans()))
                    .containsExactly("Abdela Fattaha al-Burhana", "al-Burhanem", "Burhan");

            String es = "El general Abdelfatah al Burhan recibió al enviado; al Burhan rechazó la tregua.";
            assertThat(leaderMentions(tagger.tag(es, "es", SNAPSHOT)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("abdel-fattah-al-burhan", 2));
        }

        @Test
        void englishSamiaAfterHerFullNameAndTheSomaliPresidentApart() {
            String text = "Tanzania's President Samia Suluhu Hassan met Somalia's Hassan Sheikh Mohamud in Dodoma. "
                    + "Samia said the talks went well, and Mohamud agreed.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("samia-suluhu-hassan", 2, "hassan-sheikh-mohamud", 2));
        }
    }

    @Nested
    class Roles {
        @Test
        void rolesFollowTheArticleDate() {
            String text = "Paul Kagame, Emmerson Mnangagwa, Navin Ramgoolam and Ali Bongo Ondimba.";

            Tags in1999 = tagger.tag(text, "en", LocalDate.of(1999, 6, 1));
            assertThat(leader(in1999, "paul-kagame", text).role()).isEqualTo("vice-president");
            assertThat(leader(in1999, "navin-ramgoolam", text).role()).isEqualTo("prime-minister");
            assertThat(leader(in1999, "ali-bongo", text).role()).isNull();

            Tags in2016 = tagger.tag(text, "en", LocalDate.of(2016, 6, 1));
            assertThat(leader(in2016, "emmerson-mnangagwa", text).role()).isEqualTo("vice-president");
            assertThat(leader(in2016, "navin-ramgoolam", text).role()).isEqualTo("former-prime-minister");
            assertThat(leader(in2016, "ali-bongo", text).role()).isEqualTo("president");

            Tags now = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leader(now, "paul-kagame", text).role()).isEqualTo("president");
            assertThat(leader(now, "navin-ramgoolam", text).role()).isEqualTo("prime-minister");
            assertThat(leader(now, "ali-bongo", text).role()).isEqualTo("former-president");
        }

        @Test
        void handOverDaysBelongToTheSuccessor() {
            String text = "Justin Nsengiyumva replaced Édouard Ngirente; Nestor Ntahontuye replaced Gervais Ndirakobuca.";
            Tags before = tagger.tag(text, "en", LocalDate.of(2025, 7, 22));
            assertThat(leader(before, "edouard-ngirente", text).role()).isEqualTo("prime-minister");
            assertThat(leader(before, "justin-nsengiyumva", text).role()).isNull();

            Tags on = tagger.tag(text, "en", LocalDate.of(2025, 8, 5));
            assertThat(leader(on, "justin-nsengiyumva", text).role()).isEqualTo("prime-minister");
            assertThat(leader(on, "edouard-ngirente", text).role()).isEqualTo("former-prime-minister");
            assertThat(leader(on, "nestor-ntahontuye", text).role()).isEqualTo("prime-minister");
            assertThat(leader(on, "gervais-ndirakobuca", text).role()).isEqualTo("former-prime-minister");
        }

        @Test
        void sudansHeadOfStateIsTheSovereigntyCouncilChairman() {
            String text = "Abdel Fattah al-Burhan swore in Kamil Idris as prime minister.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);
            assertThat(leader(tags, "abdel-fattah-al-burhan", text).role()).isEqualTo("chairman");
            assertThat(leader(tags, "kamil-idris", text).role()).isEqualTo("prime-minister");
        }
    }

    @Nested
    class FormerLeaders {
        @Test
        void formerPresidentsAndTheirRelatives() {
            String text = "Jacob Zuma, whose former wife Nkosazana Dlamini-Zuma ran against Ramaphosa, criticised the ANC. "
                    + "Uhuru Kenyatta landed at Jomo Kenyatta International Airport; Kenyatta then met Raila Odinga.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "jacob-zuma", 1, "uhuru-kenyatta", 2, "raila-odinga", 1, "cyril-ramaphosa", 1));
            assertThat(leader(tags, "jacob-zuma", text).role()).isEqualTo("former-president");
            assertThat(leader(tags, "raila-odinga", text).role()).isEqualTo("former-prime-minister");
        }

        @Test
        void russianGenitiveOfBashirAndHisRoleBeforeAndAfterTheCoup() {
            String text = "Суд над Омаром аль-Баширом начался в Хартуме. Адвокаты аль-Башира обжаловали решение.";
            Tags in2020 = tagger.tag(text, "ru", LocalDate.of(2020, 7, 21));
            assertThat(spanTexts(text, leader(in2020, "omar-al-bashir", text).spans()))
                    .containsExactly("Омаром аль-Баширом", "аль-Башира");
            assertThat(leader(in2020, "omar-al-bashir", text).role()).isEqualTo("former-president");
            assertThat(leader(tagger.tag(text, "ru", LocalDate.of(1991, 1, 1)), "omar-al-bashir", text).role())
                    .isEqualTo("chairman");
        }
    }

    @Nested
    class Traps {
        @Test
        void commonSurnamesAloneAreNotLeaders() {
            String en = "Sergio Ramos scored twice. Dlamini, a nurse from Durban, and Idris Elba watched; "
                    + "a Mr Barre and Ms Hassan ran the stall.";
            assertThat(leaderMentions(tagger.tag(en, "en", SNAPSHOT))).isEmpty();

            String ru = "Серхио Рамос забил гол, а Идрис Эльба смотрел матч.";
            assertThat(leaderMentions(tagger.tag(ru, "ru", SNAPSHOT))).isEmpty();

            String airport = "The prime minister left from King Mswati III International Airport on Friday.";
            assertThat(leaderMentions(tagger.tag(airport, "en", SNAPSHOT))).isEmpty();

            String pl = "Halina Kowalska i pani Halina z Krakowa odwiedziły muzeum.";
            assertThat(leaderMentions(tagger.tag(pl, "pl", SNAPSHOT))).isEmpty();
        }

        @Test
        void bokoHaramAndElChapoAreNotThePresidentsEvenAfterTheirFullNames() {
            String text = "Duma Boko spoke about Boko Haram. Daniel Chapo compared the case to El Chapo. "
                    + "Chapo then left.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("duma-boko", 1, "daniel-chapo", 2));
            assertThat(spanTexts(text, leader(tags, "daniel-chapo", text).spans())).containsExactly("Daniel Chapo", "Chapo");

            // German capitalises every noun, so only the block keeps "Boko Haram" from being the president
            String de = "Präsident Duma Boko warnte vor Boko Haram. Boko reist morgen ab.";
            Tags deTags = tagger.tag(de, "de", SNAPSHOT);
            assertThat(spanTexts(de, leader(deTags, "duma-boko", text).spans())).containsExactly("Duma Boko", "Boko");
        }

        @Test
        void relativesWithTheSameNameAreNotTheLeader() {
            String text = "Mahamat Idriss Déby succeeded his father Idriss Déby in 2021. "
                    + "Félix Tshisekedi honoured Étienne Tshisekedi, and Museveni's wife Janet Museveni attended.";
            Tags tags = tagger.tag(text, "en", SNAPSHOT);

            // "Museveni's" alone is the president (a distinctive surname); "Janet Museveni" is blocked
            assertThat(leaderMentions(tags)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "mahamat-idriss-deby", 1, "idriss-deby", 1, "felix-tshisekedi", 1, "yoweri-museveni", 1));
            assertThat(leader(tags, "idriss-deby", text).role()).isEqualTo("former-president");
        }
    }
}
