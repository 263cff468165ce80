package io.newsstream.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The detector with its default settings over the labelled set meets the targets. */
class NearDuplicateQualityTest {
    private static List<LabelledSet.Item> items;
    private static List<NearDuplicateEvaluation.Verdict> verdicts;

    @BeforeAll
    static void runDetectorOverTheLabelledSet() {
        items = LabelledSet.load();
        verdicts = new NearDuplicateEvaluation(items).run(NearDupSettings.DEFAULTS);
    }

    @Test
    void labelledSetHasAtLeast300ArticlesInAtLeast5Languages() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(300);
        assertThat(items.stream().map(LabelledSet.Item::language).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(items.stream().map(LabelledSet.Item::negativeKind).collect(Collectors.toSet()))
                .contains("same_event", "follow_up", "translation", "live_update");
    }

    @Test
    void precisionAtLeast099AndRecallAtLeast095() {
        final NearDuplicateEvaluation.Scores scores = NearDuplicateEvaluation.Scores.of(verdicts);
        assertThat(scores.precision()).as(NearDuplicateEvaluation.table(verdicts)).isGreaterThanOrEqualTo(0.99);
        assertThat(scores.recall()).as(NearDuplicateEvaluation.table(verdicts)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void noHardNegativeIsMarkedDuplicate() {
        assertThat(verdicts).filteredOn(v -> v.item().negativeKind() != null)
                .filteredOn(NearDuplicateEvaluation.Verdict::flagged)
                .isEmpty();
    }

    @Test
    void everyOriginalIsLetThrough() {
        assertThat(verdicts).filteredOn(v -> "original".equals(v.item().editKind()))
                .allSatisfy(v -> assertThat(v.flagged()).as(v.item().id()).isFalse());
    }

    @Test
    void nearContentCatchesEveryEditKind() {
        final Set<String> caughtByNear = verdicts.stream()
                .filter(v -> v.flagged() && v.correct() && v.duplicate().similarity() != null)
                .map(v -> v.item().editKind()).collect(Collectors.toSet());
        assertThat(caughtByNear).contains("headline", "boilerplate_lines", "closing_paragraph", "paragraph_dropped",
                "paragraph_added", "lead_reworded", "typography", "teaser", "combined");
    }
}
