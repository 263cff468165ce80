package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Tags;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading: defaults once, extra sources on top, and errors that name the file and line. */
class GazetteerLoadingTest {

    private static final String PARADIGM = "paradigm\tru\tru-a\tа\tа|ы|е|у|ой,ою|е\n";
    private static final String COUNTRY = "country\tUA\tUkraine\tsource=test; snapshot=2025-08-13\n";

    @Test
    void defaultGazetteerIsLoadedOnceAndCoversEveryIsoCountryAndTheLeaders() {
        Gazetteer g = Gazetteer.loadDefault();
        assertThat(Gazetteer.loadDefault()).isSameAs(g);
        assertThat(g.countries()).hasSizeGreaterThanOrEqualTo(250);
        assertThat(g.leaders()).containsKeys("vladimir-putin", "donald-trump", "joe-biden", "volodymyr-zelensky",
                "xi-jinping", "kim-jong-un", "narendra-modi", "emmanuel-macron", "olaf-scholz", "friedrich-merz",
                "keir-starmer", "rishi-sunak", "recep-tayyip-erdogan", "benjamin-netanyahu", "alexander-lukashenko");
        assertThat(g.languages()).contains("en", "ru", "uk", "de", "fr", "es");
    }

    @Test
    void anOverridesSourceAddsNamesOnTopOfTheDefaults() {
        Gazetteer g = Gazetteer.builder().addDefaults()
                .add("overrides.tsv", new StringReader("cname\tUA\tru\tmetonym\tБанковой\t-\n"))
                .build();
        Tags tags = new Tagger(g).tag("На Банковой заявили", "ru", LocalDate.of(2025, 8, 13));
        assertThat(tags.countries()).extracting(CountryTag::code).containsExactly("UA");
    }

    @Test
    void loadReadsOverrideFilesAfterTheDefaults(@TempDir Path dir) throws IOException {
        Path overrides = dir.resolve("overrides.tsv");
        Files.writeString(overrides, "# local names\ncname\tUS\ten\tmetonym\tFoggy Bottom\t-\n"
                + "block\ten\tTrump Card\t-\tgame\n", StandardCharsets.UTF_8);
        String text = "Foggy Bottom reacted to the Trump Card tournament.";
        LocalDate day = LocalDate.of(2025, 8, 13);

        Tags withDefaults = new Tagger(Gazetteer.loadDefault()).tag(text, "en", day);
        Tags withOverrides = new Tagger(Gazetteer.load(overrides)).tag(text, "en", day);

        assertThat(withDefaults.countries()).isEmpty();
        assertThat(withDefaults.leaders()).extracting(LeaderTag::id).containsExactly("donald-trump");
        assertThat(withOverrides.countries()).extracting(CountryTag::code).containsExactly("US");
        assertThat(withOverrides.leaders()).isEmpty();
    }

    @Test
    void aSmallGazetteerCanBeBuiltFromItsOwnSources() {
        Gazetteer g = Gazetteer.builder()
                .add("mini.tsv", new StringReader(PARADIGM + COUNTRY + "cname\tUA\tru\tname\tУкраина\tru-a\n"))
                .build();
        assertThat(g.countries()).containsOnlyKeys("UA");
        assertThat(g.formsOf("ru", "Украина")).contains("Украиной");
    }

    @Test
    void lemmaNotFittingItsClassIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("bad.tsv", new StringReader(PARADIGM + COUNTRY + "cname\tUA\tru\tname\tКиев\tru-a\n"))
                .build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("bad.tsv:3")
                .hasMessageContaining("Киев");
    }

    @Test
    void unknownClassUnknownCountryAndMissingProvenanceAreRejected() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("bad.tsv", new StringReader(COUNTRY + "cname\tUA\tru\tname\tУкраина\tru-nope\n")).build())
                .isInstanceOf(GazetteerException.class).hasMessageContaining("unknown class ru-nope");
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("bad.tsv", new StringReader("cname\tZZ\ten\tname\tZedland\t-\n")).build())
                .isInstanceOf(GazetteerException.class).hasMessageContaining("unknown country ZZ");
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("bad.tsv", new StringReader("leader\tx-y\tUA\tX Y\twho knows\n")).build())
                .isInstanceOf(GazetteerException.class).hasMessageContaining("bad.tsv:1").hasMessageContaining("provenance");
    }
}
