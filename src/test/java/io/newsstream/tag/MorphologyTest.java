package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Case forms the bundled paradigms generate from the lemmas in the data files, per language. */
class MorphologyTest {

    private final Gazetteer gazetteer = Gazetteer.loadDefault();

    @Nested
    class Russian {
        @Test
        void feminineInAGeneratesAllSingularCases() {
            assertThat(gazetteer.formsOf("ru", "Украина"))
                    .containsExactlyInAnyOrder("Украина", "Украины", "Украине", "Украину", "Украиной", "Украиною");
        }

        @Test
        void nounsInIyaGenerateIiForms() {
            assertThat(gazetteer.formsOf("ru", "Россия")).contains("России", "Россию", "Россией");
            assertThat(gazetteer.formsOf("ru", "Индия")).contains("Индии", "Индию", "Индией");
        }

        @Test
        void masculineInYotAndSoftSignKeepTheirStems() {
            assertThat(gazetteer.formsOf("ru", "Китай")).contains("Китая", "Китаю", "Китаем", "Китае");
            assertThat(gazetteer.formsOf("ru", "Кремль")).contains("Кремля", "Кремлю", "Кремлем", "Кремле");
            assertThat(gazetteer.formsOf("ru", "Беларусь")).contains("Беларуси", "Беларусью");
            assertThat(gazetteer.formsOf("ru", "Египет")).contains("Египта", "Египте").doesNotContain("Египета");
        }

        @Test
        void surnamesInInTakeInstrumentalYm() {
            assertThat(gazetteer.formsOf("ru", "Путин"))
                    .containsExactlyInAnyOrder("Путин", "Путина", "Путину", "Путиным", "Путине");
            assertThat(gazetteer.formsOf("ru", "Трамп")).contains("Трампа", "Трампу", "Трампом", "Трампе");
        }

        @Test
        void adjectivalSurnameDeclinesLikeAnAdjective() {
            assertThat(gazetteer.formsOf("ru", "Зеленский"))
                    .containsExactlyInAnyOrder("Зеленский", "Зеленского", "Зеленскому", "Зеленским", "Зеленском");
        }

        @Test
        void demonymAdjectiveHasEveryGenderNumberAndCase() {
            assertThat(gazetteer.formsOf("ru", "российский")).contains(
                    "российский", "российского", "российскому", "российским", "российском", "российская",
                    "российской", "российскую", "российское", "российские", "российских", "российскими");
            assertThat(gazetteer.formsOf("ru", "северокорейский")).contains("северокорейское", "северокорейской");
        }

        @Test
        void multiWordNamesInflectInAgreement() {
            assertThat(gazetteer.formsOf("ru", "Северная Корея"))
                    .contains("Северной Кореи", "Северную Корею", "Северной Корее", "Северной Кореей")
                    .doesNotContain("Северная Кореи", "Северной Корея");
            assertThat(gazetteer.formsOf("ru", "Белый дом")).contains("Белого дома", "Белому дому", "Белым домом", "Белом доме");
            assertThat(gazetteer.formsOf("ru", "Соединенные Штаты"))
                    .contains("Соединенных Штатов", "Соединенным Штатам", "Соединенными Штатами");
        }

        @Test
        void koreanAndChineseFullNamesDeclineOnlyTheLastPart() {
            assertThat(gazetteer.formsOf("ru", "Ким Чен Ын")).contains("Ким Чен Ына", "Ким Чен Ыном")
                    .doesNotContain("Кима Чен Ына");
            assertThat(gazetteer.formsOf("ru", "Си Цзиньпин")).contains("Си Цзиньпина", "Си Цзиньпином");
        }

        @Test
        void generatedCountryNamesDeclineByTheirClass() {
            assertThat(gazetteer.formsOf("ru", "Израиль")).contains("Израиля", "Израилем");
            assertThat(gazetteer.formsOf("ru", "Польша")).contains("Польши", "Польше", "Польшей");
            assertThat(gazetteer.formsOf("ru", "Мексика")).contains("Мексики", "Мексикой");
            assertThat(gazetteer.formsOf("ru", "Нидерланды")).contains("Нидерландов", "Нидерландах");
            assertThat(gazetteer.formsOf("ru", "Соединённые Штаты Америки")).contains("Соединённых Штатов Америки");
            assertThat(gazetteer.formsOf("ru", "Фолклендские острова")).contains("Фолклендских островов");
        }

        @Test
        void indeclinableNamesHaveOneForm() {
            assertThat(gazetteer.formsOf("ru", "Моди")).containsExactly("Моди");
            assertThat(gazetteer.formsOf("ru", "Перу")).containsExactly("Перу");
            assertThat(gazetteer.formsOf("ru", "Токио")).containsExactly("Токио");
            assertThat(gazetteer.formsOf("ru", "США")).containsExactly("США");
        }
    }

    @Nested
    class Ukrainian {
        @Test
        void feminineInAGeneratesAllCasesIncludingVocative() {
            assertThat(gazetteer.formsOf("uk", "Україна"))
                    .containsExactlyInAnyOrder("Україна", "України", "Україні", "Україну", "Україною", "Україно");
        }

        @Test
        void nounsInIyaAndVelarStemsAlternate() {
            assertThat(gazetteer.formsOf("uk", "Росія")).contains("Росії", "Росію", "Росією");
            assertThat(gazetteer.formsOf("uk", "Америка")).contains("Америки", "Америці", "Америкою");
        }

        @Test
        void generatedCountryNamesDeclineByTheirClass() {
            assertThat(gazetteer.formsOf("uk", "Німеччина")).contains("Німеччини", "Німеччині", "Німеччиною");
            assertThat(gazetteer.formsOf("uk", "Китай")).contains("Китаю", "Китаєм", "Китаї");
            assertThat(gazetteer.formsOf("uk", "Ізраїль")).contains("Ізраїлю", "Ізраїлем");
            assertThat(gazetteer.formsOf("uk", "Єгипет")).contains("Єгипту", "Єгипті");
            assertThat(gazetteer.formsOf("uk", "Польща")).contains("Польщі", "Польщею");
            assertThat(gazetteer.formsOf("uk", "Іран")).contains("Ірану", "Іраном");
        }

        @Test
        void surnamesAndAdjectivalSurnames() {
            assertThat(gazetteer.formsOf("uk", "Путін")).contains("Путіна", "Путіну", "Путінові", "Путіним");
            assertThat(gazetteer.formsOf("uk", "Зеленський")).contains("Зеленського", "Зеленському", "Зеленським");
        }

        @Test
        void demonymAdjectiveHasEveryForm() {
            assertThat(gazetteer.formsOf("uk", "російський")).contains(
                    "російський", "російського", "російському", "російським", "російська", "російської",
                    "російській", "російську", "російською", "російське", "російські", "російських", "російськими");
        }

        @Test
        void multiWordNamesInflectInAgreement() {
            assertThat(gazetteer.formsOf("uk", "Сполучені Штати")).contains("Сполучених Штатів", "Сполученими Штатами");
            assertThat(gazetteer.formsOf("uk", "Білий дім")).contains("Білого дому", "Білим домом", "Білому домі");
            assertThat(gazetteer.formsOf("uk", "Північна Корея")).contains("Північної Кореї", "Північну Корею");
        }
    }

    @Nested
    class OtherLanguages {
        @Test
        void englishDemonymsTakeAPluralAndNamesStayAsWritten() {
            assertThat(gazetteer.formsOf("en", "Russian")).containsExactlyInAnyOrder("Russian", "Russians");
            assertThat(gazetteer.formsOf("en", "Putin")).containsExactly("Putin");
        }

        @Test
        void germanNamesTakeGenitiveSAndDemonymsAdjectiveEndings() {
            assertThat(gazetteer.formsOf("de", "Deutschland")).containsExactlyInAnyOrder("Deutschland", "Deutschlands");
            assertThat(gazetteer.formsOf("de", "russisch")).contains("russische", "russischen", "russischer", "russisches");
            assertThat(gazetteer.formsOf("de", "Putin")).contains("Putins");
        }

        @Test
        void frenchAndSpanishDemonymsAgreeInGenderAndNumber() {
            assertThat(gazetteer.formsOf("fr", "américain")).contains("américaine", "américains", "américaines");
            assertThat(gazetteer.formsOf("es", "ruso")).containsExactlyInAnyOrder("ruso", "rusa", "rusos", "rusas");
        }
    }

    @Nested
    class Polish {
        @Test
        void countryNamesDeclineByTheirEnding() {
            assertThat(gazetteer.formsOf("pl", "Polska"))
                    .containsExactlyInAnyOrder("Polska", "Polski", "Polsce", "Polskę", "Polską", "Polsko");
            assertThat(gazetteer.formsOf("pl", "Rosja")).contains("Rosji", "Rosję", "Rosją");
            assertThat(gazetteer.formsOf("pl", "Austria")).contains("Austrii", "Austrię", "Austrią");
            assertThat(gazetteer.formsOf("pl", "Ukraina")).contains("Ukrainy", "Ukrainie", "Ukrainę", "Ukrainą");
            assertThat(gazetteer.formsOf("pl", "Gwinea")).contains("Gwinei", "Gwineę", "Gwineą");
            assertThat(gazetteer.formsOf("pl", "Irak")).contains("Iraku", "Irakiem");
        }

        @Test
        void surnamesDeclineAsAnimateNounsOrAdjectives() {
            assertThat(gazetteer.formsOf("pl", "Putin")).contains("Putina", "Putinowi", "Putinem");
            assertThat(gazetteer.formsOf("pl", "Duda")).contains("Dudy", "Dudzie", "Dudę", "Dudą");
            assertThat(gazetteer.formsOf("pl", "Nawrocki")).contains("Nawrockiego", "Nawrockiemu", "Nawrockim");
            assertThat(gazetteer.formsOf("pl", "Donald Tusk")).contains("Donalda Tuska", "Donaldem Tuskiem")
                    .doesNotContain("Donald Tuska");
        }

        @Test
        void demonymsCoverEveryGenderNumberAndCase() {
            assertThat(gazetteer.formsOf("pl", "polski"))
                    .contains("polskiego", "polskiej", "polską", "polskich", "polskimi", "polscy");
            assertThat(gazetteer.formsOf("pl", "niemiecki")).contains("niemieckiego", "niemieccy");
        }
    }

    @Nested
    class ItalianAndPortuguese {
        @Test
        void demonymsTakeGenderAndNumberEndings() {
            assertThat(gazetteer.formsOf("it", "russo")).containsExactlyInAnyOrder("russo", "russa", "russi", "russe");
            assertThat(gazetteer.formsOf("it", "cinese")).containsExactlyInAnyOrder("cinese", "cinesi");
            assertThat(gazetteer.formsOf("pt", "brasileiro"))
                    .containsExactlyInAnyOrder("brasileiro", "brasileira", "brasileiros", "brasileiras");
            assertThat(gazetteer.formsOf("pt", "português"))
                    .containsExactlyInAnyOrder("português", "portuguesa", "portugueses", "portuguesas");
        }
    }
}
