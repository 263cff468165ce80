package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled data files are consistent: valid codes, existing targets, sane terms, provenance, no clashes. */
class GazetteerIntegrityTest {

    private final Gazetteer gazetteer = Gazetteer.loadDefault();

    @Test
    void everyCountryCodeIsAnIsoAlpha2CodeOrKosovo() {
        Set<String> valid = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        valid.add("XK");
        assertThat(gazetteer.countries().keySet()).allSatisfy(code -> assertThat(valid).contains(code));
    }

    @Test
    void everyIsoCountryIsInTheGazetteerWithAnEnglishName() {
        assertThat(gazetteer.countries().keySet()).containsAll(Arrays.asList(Locale.getISOCountries()));
        assertThat(gazetteer.countries().values()).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void everyCountryAndLeaderCarriesProvenanceWithASnapshotDate() {
        assertThat(gazetteer.countries().keySet()).allSatisfy(code ->
                assertThat(gazetteer.countryProvenance(code)).contains("source=").containsPattern("snapshot=\\d{4}-\\d{2}-\\d{2}"));
        assertThat(gazetteer.leaders().values()).allSatisfy(l ->
                assertThat(l.provenance()).contains("source=").containsPattern("snapshot=\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void everyLeadersCountryExistsAndEveryLeaderHasATerm() {
        assertThat(gazetteer.leaders().values()).allSatisfy(l -> {
            assertThat(gazetteer.countries()).containsKey(l.country());
            assertThat(l.terms()).isNotEmpty();
            assertThat(l.id()).matches("[a-z]+(-[a-z]+)*");
        });
    }

    @Test
    void noLeaderHasOverlappingTermsInTheSameRole() {
        for (Leader l : gazetteer.leaders().values()) {
            List<Term> terms = l.terms();
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    Term a = terms.get(i);
                    Term b = terms.get(j);
                    if (a.role().equals(b.role())) {
                        assertThat(a.overlaps(b)).as("%s: %s overlaps %s", l.id(), a, b).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyLeaderHasNamesInEnglishRussianAndUkrainian() {
        for (Leader l : gazetteer.leaders().values()) {
            assertThat(languagesNaming(l.id())).as(l.id()).contains("en", "ru", "uk");
        }
    }

    @Test
    void noSurfaceFormIsClaimedByTwoCountriesOrLeadersInOneLanguage() {
        List<String> clashes = new ArrayList<>();
        for (Entry[] group : gazetteer.allEntryGroups()) {
            Map<String, Set<String>> targetsByLanguage = Arrays.stream(group)
                    .filter(e -> e.target() != Entry.Target.BLOCK)
                    .collect(Collectors.groupingBy(Entry::language,
                            Collectors.mapping(e -> e.targetId() + "/" + Arrays.toString(e.casing()), Collectors.toCollection(TreeSet::new))));
            targetsByLanguage.forEach((lang, targets) -> {
                Set<String> ids = targets.stream().map(t -> t.substring(0, t.indexOf('/'))).collect(Collectors.toSet());
                if (ids.size() > 1) {
                    clashes.add(lang + " " + targets);
                }
            });
        }
        assertThat(clashes).isEmpty();
    }

    private Set<String> languagesNaming(String id) {
        Set<String> langs = new TreeSet<>();
        for (Entry[] group : gazetteer.allEntryGroups()) {
            for (Entry e : group) {
                if (id.equals(e.targetId())) {
                    langs.add(e.language());
                }
            }
        }
        return langs;
    }
}
