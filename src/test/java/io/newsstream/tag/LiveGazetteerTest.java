package io.newsstream.tag;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_KEY;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsstream.model.LeaderTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveGazetteerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    @TempDir
    Path dir;

    private static List<LeaderTag> leaders(final LiveGazetteer gazetteer, final String text) {
        return gazetteer.tagger().tag(text, "en", DAY).leaders();
    }

    private static SortedMap<String, String> entries(final String... keysAndValues) {
        final SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void overridesFileAddsALeaderWithHerRole() throws IOException {
        final Path file = Files.writeString(dir.resolve("extra.tsv"), NEW_PM_LINES, StandardCharsets.UTF_8);
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of(file));
        assertThat(leaders(gazetteer, ARTICLE_TEXT))
                .extracting(LeaderTag::id, LeaderTag::country, LeaderTag::role, LeaderTag::mentions)
                .containsExactly(tuple(NEW_PM_ID, "GB", "prime-minister", 2));
        assertThat(gazetteer.tagger().tag("Премьер-министр Александра Уиткомб прибыла в Берлин.", "ru", DAY).leaders())
                .extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
    }

    @Test
    void withoutOverridesTheBundledGazetteerIsShared() {
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of());
        assertThat(gazetteer.current().gazetteer()).isSameAs(Gazetteer.loadDefault());
        assertThat(leaders(gazetteer, ARTICLE_TEXT)).isEmpty();
    }

    @Test
    void missingOverridesFileNamesTheFile() {
        final Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> LiveGazetteer.load(List.of(missing)))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void badOverridesLineNamesFileAndLine() throws IOException {
        final Path file = Files.writeString(dir.resolve("bad.tsv"),
                "# comment\nleader\tjohn-roe\tGB\tJohn Roe\tno provenance here\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LiveGazetteer.load(List.of(file)))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(file + ":2:").hasMessageContaining("provenance");
    }

    @Test
    void overridesNameForAnUnknownLeaderNamesFileAndLine() throws IOException {
        final Path file = Files.writeString(dir.resolve("bad.tsv"),
                "lname\tjohn-roe\ten\tfull\tJohn Roe\t-\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LiveGazetteer.load(List.of(file)))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(file + ":1:").hasMessageContaining("unknown leader john-roe");
    }

    @Test
    void updateAddsAnEntryAndRemovingItTakesItAway() {
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of());
        final Tagger before = gazetteer.tagger();

        final LiveGazetteer.UpdateResult added = gazetteer.update(entries(NEW_PM_KEY, NEW_PM_LINES));
        assertThat(added.applied()).containsExactly(NEW_PM_KEY);
        assertThat(added.rejected()).isEmpty();
        assertThat(gazetteer.tagger()).isNotSameAs(before);
        assertThat(leaders(gazetteer, ARTICLE_TEXT)).extracting(LeaderTag::id, LeaderTag::role)
                .containsExactly(tuple(NEW_PM_ID, "prime-minister"));
        assertThat(before.tag(ARTICLE_TEXT, "en", DAY).leaders()).as("a tagger already handed out is unchanged").isEmpty();

        gazetteer.update(entries());
        assertThat(leaders(gazetteer, ARTICLE_TEXT)).isEmpty();
    }

    @Test
    void sameEntriesAgainKeepTheTagger() {
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of());
        assertThat(gazetteer.update(entries(NEW_PM_KEY, NEW_PM_LINES)).rebuilt()).isTrue();
        final Tagger tagger = gazetteer.tagger();
        assertThat(gazetteer.update(entries(NEW_PM_KEY, NEW_PM_LINES)).rebuilt()).isFalse();
        assertThat(gazetteer.tagger()).isSameAs(tagger);
    }

    @Test
    void badEntriesAreLeftOutAndTheRestApplies() {
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of());
        final LiveGazetteer.UpdateResult result = gazetteer.update(entries(
                NEW_PM_KEY, NEW_PM_LINES,
                "name:en:john-roe", "lname\tjohn-roe\ten\tfull\tJohn Roe\t-",
                "garbage", "this is not a gazetteer line",
                "empty", "# only a comment\n"));
        assertThat(result.applied()).containsExactly(NEW_PM_KEY);
        assertThat(result.rejected()).containsOnlyKeys("name:en:john-roe", "garbage", "empty");
        assertThat(result.rejected().get("name:en:john-roe"))
                .contains("entry 'name:en:john-roe':1").contains("unknown leader john-roe");
        assertThat(result.rejected().get("garbage")).contains("entry 'garbage':1").contains("unknown record type");
        assertThat(result.newlyRejected()).containsExactlyInAnyOrder("name:en:john-roe", "garbage", "empty");
        assertThat(leaders(gazetteer, ARTICLE_TEXT)).extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
    }

    @Test
    void anEntryRejectedBeforeIsNotNewlyRejectedAgain() {
        final LiveGazetteer gazetteer = LiveGazetteer.load(List.of());
        final String orphanName = "lname\t" + NEW_PM_ID + "\tuk\tfull\tОлександра Віткомб\t-";
        assertThat(gazetteer.update(entries("name:uk:" + NEW_PM_ID, orphanName)).newlyRejected())
                .containsExactly("name:uk:" + NEW_PM_ID);
        // the leader arrives: the name that waited for her now applies
        final LiveGazetteer.UpdateResult withLeader =
                gazetteer.update(entries("name:uk:" + NEW_PM_ID, orphanName, NEW_PM_KEY, NEW_PM_LINES));
        assertThat(withLeader.rejected()).isEmpty();
        assertThat(gazetteer.tagger().tag("Олександра Віткомб прибула до Києва.", "uk", DAY).leaders())
                .extracting(LeaderTag::id).containsExactly(NEW_PM_ID);
        // the leader is removed again: the name is rejected, and that is news
        final LiveGazetteer.UpdateResult orphaned = gazetteer.update(entries("name:uk:" + NEW_PM_ID, orphanName));
        assertThat(orphaned.newlyRejected()).containsExactly("name:uk:" + NEW_PM_ID);
        assertThat(gazetteer.update(entries("name:uk:" + NEW_PM_ID, orphanName, "x", "garbage")).newlyRejected())
                .containsExactly("x");
    }
}
