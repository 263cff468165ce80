package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.model.CountryTag;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
            assertThat(countries("L'Angola a convoqué un sommet à Luanda.", "fr")).containsOnlyKeys("AO");
        }

        @Test
        void aCapitalReceivingAidOrReproachIsTheGovernment() {
            assertThat(countries("L'Europe a financé l'aide à Kiev sous forme de dons.", "fr")).containsEntry("UA", 1);
            assertThat(countries("La Pologne presse Berlin d'autoriser l'envoi de ses Leopard à Kiev.", "fr"))
                    .containsEntry("UA", 1);
        }
    }
}
