package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Tagging behaviour on short texts: per-language articles with exact counts, precision rules, roles. */
class TaggerTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2025, 8, 13);
    private final Tagger tagger = new Tagger(Gazetteer.loadDefault());

    private Map<String, Integer> countries(Tags tags) {
        return tags.countries().stream().collect(Collectors.toMap(CountryTag::code, CountryTag::mentions));
    }

    private Map<String, Integer> leaders(Tags tags) {
        return tags.leaders().stream().collect(Collectors.toMap(LeaderTag::id, LeaderTag::mentions));
    }

    private static CountryTag country(Tags tags, String code) {
        return tags.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> spanTexts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Nested
    class Articles {
        @Test
        void englishArticleCountsDemonymsAbbreviationsMetonymsAndPossessives() {
            String text = "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday. "
                    + "Xi praised Russia's stance, while the White House said the U.S. would respond. "
                    + "Former US President Donald Trump criticised Biden. Putin later spoke with officials from "
                    + "North Korea and South Korea. In Atlanta, Georgia, nobody mentioned Alaska, and Korea alone "
                    + "is no country.";
            Tags tags = tagger.tag(text, "en", LocalDate.of(2023, 6, 1));

            assertThat(countries(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("RU", 2, "US", 3, "CN", 1, "KP", 1, "KR", 1));
            // "in Moscow" is the city as a place, not the Russian government
            assertThat(spanTexts(text, country(tags, "RU").spans())).containsExactly("Russian", "Russia");
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("vladimir-putin", 2, "xi-jinping", 2, "donald-trump", 1, "joe-biden", 1));
            assertThat(tags.leaders()).extracting(LeaderTag::id, LeaderTag::role).contains(
                    tuple("donald-trump", "former-president"), tuple("joe-biden", "president"));
        }

        @Test
        void ukrainianArticleCountsInflectedFormsAndIgnoresLowerCaseWordsAndAlaska() {
            String text = "Президент України Володимир Зеленський заявив, що Росія не хоче миру. "
                    + "Зеленський провів розмову з Дональдом Трампом. Трамп пообіцяв підтримку Україні. "
                    + "Російські війська атакували Київ, а Кремль мовчить. Вони мали зустрітися на Алясці. "
                    + "Сполучені Штати та Європейський Союз запровадили санкції проти Росії. Путін не відповів.";
            Tags tags = tagger.tag(text, "uk", SEED_DAY);

            assertThat(countries(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("UA", 3, "RU", 4, "US", 1));
            assertThat(spanTexts(text, tags.countries().get(0).spans()))
                    .containsExactly("Росія", "Російські", "Кремль", "Росії");
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("volodymyr-zelensky", 2, "donald-trump", 2, "vladimir-putin", 1));
        }

        @Test
        void germanFrenchAndSpanishNamesAreFound() {
            assertThat(countries(tagger.tag("Die russische Armee griff an; Deutschlands Kanzler Merz reiste nach Kiew, und Kiew dankte.", "de", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1, "DE", 1, "UA", 1));
            assertThat(countries(tagger.tag("Les forces russes et l'Ukraine ; la Maison Blanche a réagi.", "fr", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1, "UA", 1, "US", 1));
            assertThat(countries(tagger.tag("El gobierno ruso y EE.UU. hablaron de Ucrania.", "es", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1, "US", 1, "UA", 1));
        }
    }

    @Nested
    class Precision {
        @Test
        void placesInsideACountryAreNotTheCountry() {
            assertThat(tagger.tag("Встреча пройдет на Аляске, в Анкоридже. Аляска готова.", "ru", SEED_DAY).countries()).isEmpty();
            assertThat(tagger.tag("The summit is in Alaska. Alaska is ready.", "en", SEED_DAY).countries()).isEmpty();
            assertThat(tagger.tag("He flew to New Mexico and New Jersey.", "en", SEED_DAY).countries()).isEmpty();
            assertThat(countries(tagger.tag("Exports from Mexico rose.", "en", SEED_DAY))).containsOnlyKeys("MX");
        }

        @Test
        void lowerCaseCommonWordsAreNotCountries() {
            assertThat(tagger.tag("Кроме того, перу и чернила мали значение.", "ru", SEED_DAY).countries()).isEmpty();
            assertThat(tagger.tag("Ми мали перу та того не бачили.", "uk", SEED_DAY).countries()).isEmpty();
            assertThat(tagger.tag("росія, сша and russian and us", "ru", SEED_DAY).countries()).isEmpty();
        }

        @Test
        void capitalisedCommonWordAtSentenceStartIsNotACountryButMidSentenceItIs() {
            assertThat(tagger.tag("Того же мнения придерживается министр.", "ru", SEED_DAY).countries()).isEmpty();
            assertThat(countries(tagger.tag("Выборы в Того и в Мали прошли спокойно.", "ru", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("TG", 1, "ML", 1));
        }

        @Test
        void abbreviationsMatchOnlyInCapitals() {
            assertThat(countries(tagger.tag("Визит в США и РФ.", "ru", SEED_DAY))).containsOnlyKeys("US", "RU");
            assertThat(countries(tagger.tag("Let us go to the UK and the USA.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("GB", 1, "US", 1));
        }

        @Test
        void koreaAloneIsNeitherKoreaButNorthKoreaIsOneMention() {
            assertThat(tagger.tag("Korea has a long history. Корея тоже.", "und", SEED_DAY).countries()).isEmpty();
            Tags tags = tagger.tag("Северной Кореи и Южной Кореи", "ru", SEED_DAY);
            assertThat(countries(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("KP", 1, "KR", 1));
        }

        @Test
        void georgiaTheUsStateAndGeorgiaAsAFirstNameAreNotTheCountry() {
            assertThat(tagger.tag("The rally in Atlanta, Georgia drew crowds; Georgia Smith spoke.", "en", SEED_DAY).countries()).isEmpty();
            assertThat(tagger.tag("Rain hit Savannah Georgia; Michael Jordan said so.", "en", SEED_DAY).countries()).isEmpty();
            assertThat(countries(tagger.tag("Protests continued in Tbilisi, Georgia.", "en", SEED_DAY))).containsOnlyKeys("GE");
            assertThat(countries(tagger.tag("In Georgia, protests continued.", "en", SEED_DAY))).containsOnlyKeys("GE");
            assertThat(countries(tagger.tag("Протесты в Грузии продолжаются.", "ru", SEED_DAY))).containsOnlyKeys("GE");
        }

        @Test
        void ambiguousSurnamesNeedAnEarlierFullMention() {
            assertThat(tagger.tag("Ким и Си провели встречу.", "ru", SEED_DAY).leaders()).isEmpty();
            Tags tags = tagger.tag("Ким Чен Ын принял Си Цзиньпина. Ким и Си провели встречу.", "ru", SEED_DAY);
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(Map.of("kim-jong-un", 2, "xi-jinping", 2));
        }

        @Test
        void firstNameRuleDoesNotHideACountryInThePossessive() {
            assertThat(countries(tagger.tag("Jordan's King Abdullah met Jordan Peterson.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("JO", 1));
        }

        @Test
        void relativesAndNamesakesOfLeadersAreNotTheLeader() {
            assertThat(tagger.tag("Melania Trump and Donald Trump Jr attended; Kim Yo Jong did not.", "en", SEED_DAY).leaders()).isEmpty();
            assertThat(tagger.tag("Дональд Трамп-младший и Ким Ир Сен. Даниил Медведев выиграл, Медведев рад.", "ru", SEED_DAY)
                    .leaders()).isEmpty();
        }

        @Test
        void distinctiveSurnamesCountAlone() {
            assertThat(leaders(tagger.tag("Putin and Zelenskyy spoke; Trump listened.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("vladimir-putin", 1, "volodymyr-zelensky", 1, "donald-trump", 1));
        }
    }

    @Nested
    class NewLanguages {
        @Test
        void polishArticleCountsCaseFormsOfNamesDemonymsAndLeaders() {
            String text = "W Niemczech i w Polsce rośnie poparcie dla Ukrainy. Polacy pamiętają, że Rosja zaatakowała. "
                    + "Premier Donald Tusk rozmawiał z Trumpem, a prezydenta Putina skrytykował polski rząd.";
            Tags tags = tagger.tag(text, "pl", SEED_DAY);
            assertThat(countries(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("DE", 1, "PL", 3, "UA", 1, "RU", 1));
            assertThat(leaders(tags)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("donald-tusk", 1, "donald-trump", 1, "vladimir-putin", 1));
        }

        @Test
        void italianAndPortugueseArticlesFindNamesDemonymsAndSeats() {
            assertThat(countries(tagger.tag("Palazzo Chigi ha ricevuto il ministro tedesco; la Germania e gli Stati Uniti "
                    + "hanno firmato con i russi.", "it", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("IT", 1, "DE", 2, "US", 1, "RU", 1));
            assertThat(countries(tagger.tag("O Itamaraty disse que o governo brasileiro e a Casa Branca falaram com a Rússia.",
                    "pt", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("BR", 2, "US", 1, "RU", 1));
        }
    }

    @Nested
    class Context {
        @Test
        void capitalAfterAPlacePrepositionIsAPlaceButAsSubjectItIsTheGovernment() {
            assertThat(countries(tagger.tag("Talks in Moscow ended. Moscow said no; flights to Paris resumed.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1));
            assertThat(countries(tagger.tag("Fans filled the streets of Madrid; the mayor of Kyiv spoke. Madrid agreed.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("ES", 1));
            assertThat(countries(tagger.tag("В Киеве прошла встреча. Киев ответил отказом.", "ru", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("UA", 1));
            assertThat(countries(tagger.tag("Spotkanie w Warszawie. Warszawa odpowiedziała, a Moskwa milczy.", "pl", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("PL", 1, "RU", 1));
        }

        @Test
        void placesCoordinatedAfterOnePrepositionAreAllPlaces() {
            assertThat(countries(tagger.tag("Merz reist nach Paris und Warschau. Paris und Berlin einigten sich.", "de", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("FR", 1, "DE", 1));
        }

        @Test
        void aDemonymAfterInIsTheLanguage() {
            assertThat(countries(tagger.tag("Ils ont lu en français ; le gouvernement français a réagi.", "fr", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("FR", 1));
            assertThat(countries(tagger.tag("Parlava in italiano con i ministri italiani.", "it", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("IT", 1));
        }

        @Test
        void placeRuleFollowsTheLanguageTagAndIsOffWithoutALanguage() {
            assertThat(countries(tagger.tag("Talks in Moscow ended.", "en-GB", SEED_DAY))).isEmpty();
            assertThat(countries(tagger.tag("Talks in Moscow ended.", null, SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1));
        }

        @Test
        void seatOfGovernmentCountsAfterAPrepositionToo() {
            assertThat(countries(tagger.tag("В Кремле заявили, что ответят.", "ru", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1));
        }

        @Test
        void surnameAfterAnUnknownFirstNameIsAnotherPersonButAfterATitleItIsTheLeader() {
            assertThat(leaders(tagger.tag("Jill Biden visited a school, and the final was watched by Anna Scholz.", "en", SEED_DAY)))
                    .isEmpty();
            assertThat(leaders(tagger.tag("Later, President Trump spoke.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("donald-trump", 1));
            assertThat(leaders(tagger.tag("Gestern sagte Bundeskanzler Scholz, US-Präsident Biden habe angerufen.", "de",
                    LocalDate.of(2024, 5, 1))))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("olaf-scholz", 1, "joe-biden", 1));
        }

        @Test
        void surnameAfterAMilitaryOrCourtesyTitleIsTheLeader() {
            assertThat(leaders(tagger.tag("On Monday, Colonel Goïta received the envoy.", "en", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("assimi-goita", 1));
            assertThat(leaders(tagger.tag("Am Montag empfing Oberst Goïta den Gesandten.", "de", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("assimi-goita", 1));
            assertThat(leaders(tagger.tag("W poniedziałek Pułkownik Goïta przyjął wysłannika.", "pl", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("assimi-goita", 1));
            // a capitalised word that is not a title still makes it someone else
            assertThat(leaders(tagger.tag("On Monday, Mariam Goïta received the envoy.", "en", SEED_DAY)))
                    .isEmpty();
        }

        @Test
        void commonSurnameFollowedByGivenNamesIsAnotherPerson() {
            String text = "Kim Jong Un met Putin. Kim said the talks went well, while defender Kim Min-jae was injured.";
            assertThat(leaders(tagger.tag(text, "en", SEED_DAY)))
                    .containsEntry("kim-jong-un", 2);
        }
    }

    @Nested
    class Roles {
        private String roleOf(String id, LocalDate day) {
            return Gazetteer.loadDefault().leaders().get(id).roleOn(day);
        }

        @Test
        void trumpIsFormerPresidentBetweenTermsAndPresidentAgainIn2025() {
            assertThat(roleOf("donald-trump", LocalDate.of(2023, 3, 1))).isEqualTo("former-president");
            assertThat(roleOf("donald-trump", LocalDate.of(2025, 8, 13))).isEqualTo("president");
            assertThat(roleOf("donald-trump", LocalDate.of(2021, 1, 20))).isEqualTo("former-president");
            assertThat(roleOf("joe-biden", LocalDate.of(2021, 1, 20))).isEqualTo("president");
        }

        @Test
        void putinWasPrimeMinisterBetweenHisPresidencies() {
            assertThat(roleOf("vladimir-putin", LocalDate.of(2005, 1, 1))).isEqualTo("president");
            assertThat(roleOf("vladimir-putin", LocalDate.of(2010, 1, 1))).isEqualTo("prime-minister");
            assertThat(roleOf("vladimir-putin", LocalDate.of(2020, 1, 1))).isEqualTo("president");
        }

        @Test
        void noDateMeansTheLatestRoleAndADateBeforeAnyTermMeansNone() {
            assertThat(roleOf("joe-biden", null)).isEqualTo("president");
            assertThat(roleOf("olaf-scholz", null)).isEqualTo("chancellor");
            assertThat(roleOf("donald-trump", LocalDate.of(2016, 1, 1))).isNull();
        }

        @Test
        void taggedLeaderCarriesTheRoleValidOnTheGivenDay() {
            Tags tags = tagger.tag("Scholz and Merz met.", "en", LocalDate.of(2025, 8, 13));
            assertThat(tags.leaders()).extracting(LeaderTag::id, LeaderTag::role, LeaderTag::country).containsExactly(
                    tuple("friedrich-merz", "chancellor", "DE"), tuple("olaf-scholz", "former-chancellor", "DE"));
        }
    }

    @Nested
    class Languages {
        @Test
        void undeterminedLanguageLooksUpEveryLanguagesNames() {
            assertThat(countries(tagger.tag("Путин, Putin и Росія", "und", SEED_DAY))).containsOnlyKeys("RU");
            assertThat(leaders(tagger.tag("Путин, Putin и Путін", "und", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("vladimir-putin", 3));
            assertThat(leaders(tagger.tag("Путин и Putin", "zz", SEED_DAY)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("vladimir-putin", 2));
        }

        @Test
        void languageTagsWithRegionOrCapitalsSelectTheLanguage() {
            assertThat(tagger.tag("Putin met Xi Jinping", "EN-gb", SEED_DAY).leaders()).hasSize(2);
            assertThat(tagger.tag("Putin met Xi Jinping", "ru_RU", SEED_DAY).leaders()).isEmpty();
        }

        @Test
        void aKnownLanguageLooksUpOnlyItsOwnNames() {
            assertThat(tagger.tag("Putin met Xi Jinping", "ru", SEED_DAY).leaders()).isEmpty();
        }

        @Test
        void emptyTextHasNoTags() {
            assertThat(tagger.tag("", "ru", SEED_DAY)).isEqualTo(Tags.NONE);
        }
    }
}
