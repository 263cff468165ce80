package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.CountryTag;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Country aliases in real sentences, per language: former names still in use, abbreviations,
 * government-seat metonyms and demonyms, next to the traps that look like them (newsstream issue 3).
 */
class CountryAliasesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    private final Tagger tagger = new Tagger(Gazetteer.loadDefault());

    private Map<String, Integer> countries(String text, String language) {
        Tags tags = tagger.tag(text, language, DAY);
        return tags.countries().stream().collect(Collectors.toMap(CountryTag::code, CountryTag::mentions));
    }

    /**
     * One sentence per case: language, text, and every country it mentions with its count
     * ({@code "AE=1 CN=1"}; empty = none). Former names, abbreviations, seats, demonyms and their traps.
     */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("en", "Riyadh and Baghdad restored ties, while Tbilisi protested.", "SA=1 IQ=1 GE=1"),
                Arguments.of("en", "Riyad Mahrez scored twice.", ""),
                Arguments.of("ru", "Багдад отверг обвинения, а делегация прибыла в Эр-Рияд.", "IQ=1"),
                Arguments.of("pl", "Kair i Hawana potępiły atak.", "EG=1 CU=1"),
                Arguments.of("en", "Diplomats blamed the Havana syndrome on a sonic weapon.", ""),
                Arguments.of("ru", "Партия «Грузинская мечта» победила, заявили в Тбилиси.", ""),
                Arguments.of("ru", "Грузинская делегация прибыла в Баку.", "GE=1"),
                Arguments.of("en", "Baku hosted the climate summit in November.", ""),
                Arguments.of("en", "Baku accused Yerevan of shelling the border.", "AZ=1 AM=1"),
                Arguments.of("uk", "У Білому домі цього тижня приймали делегацію правозахисників.", ""),
                Arguments.of("pl", "W Białym Domu przyjęto delegację parlamentarzystów.", ""),
                Arguments.of("fr", "Séoul accueillera un prochain rendez-vous.", ""),
                Arguments.of("fr", "Séoul a convoqué l'ambassadeur.", "KR=1"),
                Arguments.of("uk", "На Банковій подякували Абу-Дабі за допомогу.", "UA=1 AE=1"),
                Arguments.of("de", "Samet Akaydin hatte die Türken in Führung gebracht.", "TR=1"),
                Arguments.of("pl", "Seul wezwał ambasadora, a wojska Pjongjangu są w Rosji.", "KR=1 KP=1 RU=1"),
                Arguments.of("en", "Ivorian fans danced until dawn.", "CI=1"),
                Arguments.of("en", "Turks and Britons queued at the border.", "TR=1 GB=1"),
                Arguments.of("en", "A cruise ship docked in the Turks and Caicos on Monday.", ""),
                Arguments.of("pl", "Szwedzcy żołnierze dołączyli do szwedzkiej brygady.", "SE=2"),
                Arguments.of("it", "Le compagnie saudite e qatariote hanno investito.", "SA=1 QA=1"),
                Arguments.of("en", "Myanmar's junta, which the opposition still calls Burma, freed 300 prisoners.", "MM=2"),
                Arguments.of("ru", "Бирма, ныне Мьянма, объявила амнистию.", "MM=2"),
                Arguments.of("uk", "У Бірмі військові оголосили амністію.", "MM=1"),
                Arguments.of("de", "Die Militärjunta in Birma ließ 300 Gefangene frei.", "MM=1"),
                Arguments.of("fr", "La junte de Birmanie a libéré 300 prisonniers.", "MM=1"),
                Arguments.of("es", "Suazilandia, hoy Esuatini, celebró elecciones.", "SZ=2"),
                Arguments.of("ru", "Король Свазиленда распустил парламент.", "SZ=1"),
                Arguments.of("uk", "Король Свазіленду розпустив парламент.", "SZ=1"),
                Arguments.of("de", "In Swasiland wurde gewählt.", "SZ=1"),
                Arguments.of("de", "Die Türkei, die sich nun Türkiye nennt, schloss den Bosporus.", "TR=2"),
                Arguments.of("fr", "La Türkiye a fermé le Bosphore.", "TR=1"),
                Arguments.of("uk", "Делегація Чеської Республіки прибула до Словаччини.", "CZ=1 SK=1"),
                Arguments.of("es", "La República Checa y Polonia firmaron el acuerdo.", "CZ=1 PL=1"),
                Arguments.of("pl", "Prezydent Republiki Czeskiej spotkał się z premierem Słowacji.", "CZ=1 SK=1"),
                Arguments.of("ru", "Македония сменила название в 2019 году.", "MK=1"),
                Arguments.of("ru", "Посол Берега Слоновой Кости вручил верительные грамоты.", "CI=1"),
                Arguments.of("de", "Die Elfenbeinküste gewann den Afrika-Cup.", "CI=1"),
                Arguments.of("es", "Costa de Marfil ganó la Copa Africana.", "CI=1"),
                Arguments.of("ru", "Президент Островов Зелёного Мыса прибыл с визитом.", "CV=1"),
                Arguments.of("uk", "Східний Тимор став членом АСЕАН.", "TL=1"),
                Arguments.of("es", "Holanda venció a Francia en la final.", "NL=1 FR=1"),
                Arguments.of("de", "Die Niederlande, oft Holland genannt, stimmten dagegen.", "NL=2"),
                Arguments.of("en", "Holland beat England 2-1 in the semi-final.", "NL=1"),
                Arguments.of("en", "The film stars Tom Holland as a young spy.", ""),
                Arguments.of("fr", "Hollande a critiqué la réforme des retraites.", ""),
                Arguments.of("en", "Greek Macedonia and North Macedonia settled the name dispute.", "MK=1"),
                Arguments.of("en", "Turkey prices rose before Thanksgiving.", ""),
                Arguments.of("en", "Turkey and Greece signed a deal.", "TR=1 GR=1"),
                Arguments.of("en", "The UAE and KSA pledged $10bn to a PRC-backed fund.", "AE=1 SA=1 CN=1"),
                Arguments.of("en", "HELP US NOW, the banner read.", ""),
                Arguments.of("en", "US forces left the base.", "US=1"),
                Arguments.of("fr", "Les EAU ont signé un accord avec la RPC.", "AE=1 CN=1"),
                Arguments.of("fr", "EAU POTABLE : la ville coupe l'alimentation.", ""),
                Arguments.of("fr", "La RPDC a tiré un missile, selon Séoul.", "KP=1 KR=1"),
                Arguments.of("es", "Los EAU y la RPC firmaron un acuerdo.", "AE=1 CN=1"),
                Arguments.of("it", "Gli EAU e la RPC hanno firmato un accordo con la RDC.", "AE=1 CN=1 CD=1"),
                Arguments.of("pl", "Przedstawiciele KRLD i Wlk. Brytanii spotkali się w Genewie.", "KP=1 GB=1"),
                Arguments.of("pt", "Os EAU e a RPC assinaram um acordo com a RDC.", "AE=1 CN=1 CD=1"),
                Arguments.of("uk", "ДРК звинуватила Руанду в підтримці повстанців.", "CD=1 RW=1"),
                Arguments.of("de", "Die VAE und die VR China unterzeichneten ein Abkommen.", "AE=1 CN=1"),
                Arguments.of("ru", "КНДР и РФ подписали договор.", "KP=1 RU=1"),
                Arguments.of("ru", "В РК прошли выборы.", ""),
                Arguments.of("en", "Zhongnanhai signalled its displeasure, and Whitehall said it would review the deal.", "CN=1 GB=1"),
                Arguments.of("en", "The Élysée said the president would travel to Kyiv.", "FR=1"),
                Arguments.of("en", "Bankova rejected the proposal.", "UA=1"),
                Arguments.of("de", "Downing Street und der Élysée-Palast reagierten zurückhaltend.", "GB=1 FR=1"),
                Arguments.of("fr", "Le Quai d'Orsay a convoqué l'ambassadeur d'Iran.", "FR=1 IR=1"),
                Arguments.of("fr", "Downing Street a démenti.", "GB=1"),
                Arguments.of("es", "Downing Street y el Elíseo rechazaron la propuesta.", "GB=1 FR=1"),
                Arguments.of("it", "La Farnesina ha convocato l'ambasciatore russo.", "IT=1 RU=1"),
                Arguments.of("pl", "Pałac Elizejski poinformował o wizycie.", "FR=1"),
                Arguments.of("uk", "Єлисейський палац заявив про підтримку.", "FR=1"),
                Arguments.of("ru", "В Чжуннаньхае выразили недовольство.", "CN=1"),
                Arguments.of("de", "Kyjiw lehnt den Vorschlag ab.", "UA=1"),
                Arguments.of("es", "Los ministros finlandeses y libaneses se reunieron.", "FI=1 LB=1"),
                Arguments.of("pl", "Emiracki fundusz kupił udziały w jemeńskiej firmie.", "AE=1 YE=1"),
                Arguments.of("fr", "Le président libanais a reçu le ministre irakien.", "LB=1 IQ=1"),
                Arguments.of("ru", "Американцы и россияне обменялись пленными.", "US=1 RU=1"),
                Arguments.of("uk", "Американці та росіяни провели переговори.", "US=1 RU=1"),
                Arguments.of("pt", "O governo paquistanês condenou o ataque iemenita.", "PK=1 YE=1"),
                Arguments.of("ru", "Он выступил на украинском языке.", ""),
                Arguments.of("uk", "Міністр говорив польською мовою.", ""),
                Arguments.of("es", "La Autoridad Palestina pidió el reconocimiento del Estado de Palestina.", "PS=1")
        );
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @MethodSource("sentences")
    void tagsExactlyTheCountriesOfTheSentence(String language, String text, String expected) {
        Map<String, Integer> want = Arrays.stream(expected.split(" "))
                .filter(s -> !s.isEmpty())
                .map(s -> s.split("="))
                .collect(Collectors.toMap(kv -> kv[0], kv -> Integer.parseInt(kv[1])));
        assertThat(countries(text, language)).containsExactlyInAnyOrderEntriesOf(want);
    }

    @Test
    void multiWordFormerNamesDeclineInAgreement() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        assertThat(gazetteer.formsOf("ru", "Берег Слоновой Кости"))
                .contains("Берега Слоновой Кости", "Берегу Слоновой Кости", "Берегом Слоновой Кости");
        assertThat(gazetteer.formsOf("ru", "Острова Зелёного Мыса"))
                .contains("Островов Зелёного Мыса", "Островах Зелёного Мыса");
        assertThat(gazetteer.formsOf("uk", "Чеська Республіка"))
                .contains("Чеської Республіки", "Чеській Республіці", "Чеською Республікою")
                .doesNotContain("Чеська Республіки");
        assertThat(gazetteer.formsOf("uk", "Східний Тимор")).contains("Східного Тимору", "Східним Тимором");
        assertThat(gazetteer.formsOf("ru", "Свазиленд")).contains("Свазиленда", "Свазилендом");
        assertThat(gazetteer.formsOf("es", "finlandés")).contains("finlandesa", "finlandeses", "finlandesas");
        assertThat(gazetteer.formsOf("pl", "Macedonia")).contains("Macedonii", "Macedonię", "Macedonią");
    }

    @Nested
    class SeatsAsBuildings {
        @Test
        void aSeatWhereSomeoneIsReceivedIsTheBuilding() {
            assertThat(countries("Emmanuel Macron a été reçu lundi à la Maison Blanche par Donald Trump.", "fr"))
                    .doesNotContainKey("US");
            assertThat(countries("Putin begrüßte den »lieben Freund« im Kreml.", "de")).doesNotContainKey("RU");
            assertThat(countries("Sánchez felicitó a las jugadoras y las invitó a la Moncloa.", "es"))
                    .doesNotContainKey("ES");
            assertThat(countries("Trump przyjął Nawrockiego w Białym Domu.", "pl")).doesNotContainKey("US");
            assertThat(countries("Biden welcomed Rishi Sunak to the White House on Thursday.", "en"))
                    .doesNotContainKey("US");
        }

        @Test
        void aSeatSpeakingFromThereStillCounts() {
            assertThat(countries("À l'Élysée, on insiste sur une ambiguïté stratégique.", "fr"))
                    .containsEntry("FR", 1);
            assertThat(countries("В Кремле заявили, что Путин принял решение.", "ru")).containsEntry("RU", 1);
            assertThat(countries("Biden received the report, and the White House said it would respond.", "en"))
                    .containsEntry("US", 1);
        }
    }

    @Nested
    class FrenchCapitalAfterA {
        @Test
        void aCapitalAfterAIsThePlace() {
            assertThat(countries("Keir Starmer est attendu à Washington jeudi.", "fr")).doesNotContainKey("US");
            assertThat(countries("Le prochain sommet se tiendra à Pékin en mai.", "fr")).isEmpty();
        }

        @Test
        void aCapitalReceivingAidOrReproachIsTheGovernment() {
            assertThat(countries("L'Europe a financé l'aide à Kiev sous forme de dons.", "fr")).containsEntry("UA", 1);
            assertThat(countries("La Pologne presse Berlin d'autoriser l'envoi de ses Leopard à Kiev.", "fr"))
                    .containsEntry("UA", 1);
        }

        @Test
        void aWordOfGivingInThePreviousSentenceDoesNotMakeTheCityTheGovernment() {
            assertThat(countries("Il discutera des livraisons de munitions. À Paris, l'Élysée a confirmé l'envoi.", "fr"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("FR", 1));
        }
    }
}
