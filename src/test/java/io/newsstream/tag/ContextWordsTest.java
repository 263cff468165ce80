package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Tags;
import io.newsstream.tag.ContextWords.WordList;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The context words: the bundled file, the load errors (file and line), and the tagger reading them. */
class ContextWordsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 13);
    /** The smallest gazetteer with names in one language (ru), so that ru context words are allowed. */
    private static final String RUSSIAN_NAMES = "country\tUA\tUkraine\tsource=test; snapshot=2025-08-13\n"
            + "cname\tUA\tru\tname\tУкраина\t-\n";

    @Test
    void bundledFileHoldsEveryListWithTheWordsTheTaggerUsed() {
        ContextWords words = Gazetteer.loadDefault().contextWords();

        for (WordList list : WordList.values()) {
            assertThat(words.inAnyLanguage(list)).as(list.dataName()).isNotEmpty();
        }
        assertThat(words.inAnyLanguage(WordList.HOSTING_WORDS))
                .contains("begrüßte", "empfing", "empfangen", "eingetroffen", "received", "reçu", "принял", "прийняв");
        assertThat(words.byLanguage(WordList.PLACE_PREPOSITIONS).get("de")).containsExactlyInAnyOrder("in", "nach", "aus", "bei");
        assertThat(words.byLanguage(WordList.SEAT_PREPOSITIONS).get("de")).containsExactlyInAnyOrder("im", "ins", "am", "zum");
        assertThat(words.byLanguage(WordList.DATIVE_PREPOSITIONS)).containsOnlyKeys("fr");
        assertThat(words.byLanguage(WordList.DATIVE_HEADS).get("fr")).contains("aide", "reproche", "envoi");
        assertThat(words.byLanguage(WordList.CITY_PARTS)).containsOnlyKeys("en");
        assertThat(words.inAnyLanguage(WordList.TITLES)).contains("president", "kanzler", "прем'єр", "pułkownik");
        assertThat(words.inAnyLanguage(WordList.TITLE_SUFFIXES)).contains("kanzler", "chef");
        assertThat(words.inAnyLanguage(WordList.VENUE_WORDS)).contains("accueillera", "hosted");
    }

    @Test
    void listsThatCountInEveryLanguageAreNotReadPerLanguage() {
        ContextWords words = Gazetteer.loadDefault().contextWords();

        assertThat(WordList.HOSTING_WORDS.perLanguage()).isFalse();
        assertThatThrownBy(() -> words.byLanguage(WordList.HOSTING_WORDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hosting-words");
    }

    @Test
    void lineWithTooFewFieldsIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader("# hosting\ncontext\thosting-words\tde\n")))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("words.tsv:2")
                .hasMessageContaining("expected at least 4 tab-separated fields, got 3");
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader("context\thosting-words\tde\t\n")))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("words.tsv:1")
                .hasMessageContaining("field 4 is empty");
    }

    @Test
    void wordThatCanNeverMatchIsRejectedWithFileAndLine() {
        for (String word : new String[] {"Präsident", "prime minister", "l'aide", "ёлка", "прем’єр", "u.s."}) {
            assertThatThrownBy(() -> Gazetteer.builder()
                    .add("words.tsv", new StringReader("\ncontext\ttitles\tde\t" + word + "\n")))
                    .as(word)
                    .isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("words.tsv:2")
                    .hasMessageContaining("'" + word + "' can never match");
        }
    }

    @Test
    void unknownListIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader("context\thosting\tde\tempfing\n")))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("words.tsv:1")
                .hasMessageContaining("unknown context word list 'hosting'")
                .hasMessageContaining("hosting-words");
    }

    @Test
    void languageWithoutNamesIsRejectedWithEveryLineOfIt() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader(RUSSIAN_NAMES + "context\ttitles\tru\tпрезидент\n"
                        + "context\ttitles\txx\tfoo\n" + "context\ttitles\tmul\tbar\n"))
                .build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("2 bad context word(s)")
                .hasMessageContaining("words.tsv:4: unknown language 'xx'")
                .hasMessageContaining("words.tsv:5: unknown language 'mul'")
                .hasMessageNotContaining("words.tsv:3");
    }

    @Test
    void englishOnlyListRejectsOtherLanguages() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader("context\tcity-parts\tfr\trues\n")))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("words.tsv:1")
                .hasMessageContaining("city-parts is read only for [en]");
    }

    @Test
    void wordListedTwiceForOneLanguageIsRejectedNamingBothLines() {
        assertThatThrownBy(() -> Gazetteer.builder()
                .add("words.tsv", new StringReader("context\ttitles\tes\tpapa\ncontext\ttitles\tes\tpapa\n")))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("words.tsv:2: 'papa' is already in titles for es (words.tsv:1)");
    }

    @Test
    void sameWordInTwoLanguagesIsOneWordOfAnAnyLanguageList() {
        Gazetteer g = Gazetteer.builder()
                .add("mini.tsv", new StringReader(RUSSIAN_NAMES
                        + "cname\tUA\tuk\tname\tУкраїна\t-\n"
                        + "context\ttitles\tru\tпрезидент\ncontext\ttitles\tuk\tпрезидент\n"))
                .build();

        assertThat(g.contextWords().inAnyLanguage(WordList.TITLES)).containsExactly("президент");
        assertThat(g.contextWords().inAnyLanguage(WordList.HOSTING_WORDS)).isEmpty();
    }

    @Test
    void titleAddedInAnOverridesSourceLetsTheSurnameAfterItCount() {
        String text = "Reporters asked Ambassador Trump about the talks.";
        Gazetteer withTitle = Gazetteer.builder().addDefaults()
                .add("overrides.tsv", new StringReader("context\ttitles\ten\tambassador\n"))
                .build();

        Tags before = new Tagger(Gazetteer.loadDefault()).tag(text, "en", DAY);
        Tags after = new Tagger(withTitle).tag(text, "en", DAY);

        assertThat(before.leaders()).as("a capitalised word before the surname: someone else").isEmpty();
        assertThat(after.leaders()).extracting(LeaderTag::id).containsExactly("donald-trump");
    }

    @Test
    void placePrepositionAddedInAnOverridesSourceCountsOnlyInItsLanguage() {
        String text = "Die Gespräche fanden gegenüber Moskau statt.";
        Gazetteer withPreposition = Gazetteer.builder().addDefaults()
                .add("overrides.tsv", new StringReader("context\tplace-prepositions\tde\tgegenüber\n"))
                .build();
        Tagger tagger = new Tagger(withPreposition);

        assertThat(new Tagger(Gazetteer.loadDefault()).tag(text, "de", DAY).countries())
                .extracting(CountryTag::code).containsExactly("RU");
        assertThat(tagger.tag(text, "de", DAY).countries()).as("Moskau as a place").isEmpty();
        assertThat(tagger.tag(text, "und", DAY).countries()).as("no context rules for an unknown language")
                .extracting(CountryTag::code).containsExactly("RU");
    }

    @Test
    void contextWordPublishedAsALiveEntryAppliesAndABadOneIsLeftOutWithItsLine() {
        String text = "Reporters asked Ambassador Trump about the talks.";
        LiveGazetteer live = LiveGazetteer.load(List.of());
        TreeMap<String, String> entries = new TreeMap<>();
        entries.put("context:titles:en:ambassador", "context\ttitles\ten\tambassador\n");
        entries.put("context:titles:en:Envoy", "# capitalised: never matches\ncontext\ttitles\ten\tEnvoy\n");

        LiveGazetteer.UpdateResult result = live.update(entries);

        assertThat(result.applied()).containsExactly("context:titles:en:ambassador");
        assertThat(result.rejected()).containsOnlyKeys("context:titles:en:Envoy");
        assertThat(result.rejected().get("context:titles:en:Envoy")).contains(":2: 'Envoy' can never match");
        assertThat(live.tagger().tag(text, "en", DAY).leaders()).extracting(LeaderTag::id).containsExactly("donald-trump");
    }
}
