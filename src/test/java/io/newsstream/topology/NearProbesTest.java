package io.newsstream.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dedup.near.LabelledSet;
import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.dedup.near.NearDupSettings;
import io.newsstream.dedup.near.NearMatch;
import io.newsstream.json.Json;
import io.newsstream.model.NormalizedArticle;
import io.newsstream.topology.serde.NearSerdes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Probes per partition, their routing and the binary formats of the near-duplicate stage. */
class NearProbesTest {
    private static final NearDupFingerprinter FINGERPRINTER = new NearDupFingerprinter(NearDupSettings.DEFAULTS);
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final IntakeRef REF = new IntakeRef(2, 41);

    private static PendingArticle pending(final String id, final String text) {
        return new PendingArticle(new NormalizedArticle(id, null, null, null, text, "en", T, "hash"), T);
    }

    private static String longText() {
        try {
            return Json.mapper().readTree(LabelledSet.load().get(0).input()).get("text").asText();
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void groupsBandsIntoOneProbePerPartitionThatOwnsAnyOfThem() {
        for (final int partitions : List.of(1, 3, 7, 64)) {
            final NearFingerprinted fingerprinted =
                    NearFingerprinted.of(pending("a", longText()), REF, FINGERPRINTER, partitions);
            final List<String> keys = FINGERPRINTER.bandKeys(fingerprinted.probes().get(0).candidate().fingerprint());

            assertThat(fingerprinted.probes()).hasSizeLessThanOrEqualTo(Math.min(keys.size(), partitions))
                    .extracting(NearProbe::partition).doesNotHaveDuplicates().isSorted();
            final List<NearBand> all = new ArrayList<>();
            for (final NearProbe probe : fingerprinted.probes()) {
                assertThat(probe.ref()).isEqualTo(REF);
                for (final NearBand band : probe.bands()) {
                    assertThat(NearFingerprinted.partitionOf(band.key(), partitions)).isEqualTo(probe.partition());
                    assertThat(band.key()).isEqualTo(keys.get(band.index()));
                }
                all.addAll(probe.bands());
            }
            assertThat(all).extracting(NearBand::index).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
            assertThat(fingerprinted.article().bands()).isEqualTo(keys.size());
        }
    }

    @Test
    void shortTextSendsNoProbeAndAnArticleWithoutBands() {
        final NearFingerprinted fingerprinted = NearFingerprinted.of(pending("s", "Too short."), REF, FINGERPRINTER, 3);
        assertThat(fingerprinted.probes()).isEmpty();
        assertThat(fingerprinted.article().bands()).isZero();
    }

    @Test
    void bandKeyPartitionIsStableAcrossRuns() {
        // komihash 5.0 is specified, so these values hold on every JVM and release (pinned from a
        // run of this code); a change would move remembered band keys to other partitions
        assertThat(NearFingerprinted.partitionOf("0:0000ffff", 1_000_003)).isEqualTo(468_061);
        assertThat(NearFingerprinted.partitionOf("19:abcd1234", 1_000_003)).isEqualTo(673_699);
        final int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            counts[NearFingerprinted.partitionOf(i % 20 + ":" + Integer.toHexString(i * 7919), 3)]++;
        }
        for (final int count : counts) {
            assertThat(count).as("band keys per partition").isBetween(850, 1150);
        }
    }

    @Test
    void partitionerSendsEachProbeToTheNamedPartition() {
        final NearProbe probe = NearFingerprinted.of(pending("a", longText()), REF, FINGERPRINTER, 3).probes().get(0);
        assertThat(NearProbe.PARTITIONER.partitions("t", "a", probe, null, 3)).contains(java.util.Set.of(probe.partition()));
    }

    @Test
    void answersAndLateOriginalsGoBackToThePartitionTheirArticleWasReadFrom() {
        final NearAnswer answer = new NearAnswer("a", new IntakeRef(2, 7), 1L, null);
        final NearLateOriginal late = new NearLateOriginal("a", new IntakeRef(1, 7), new NearMatch("o", T, 0.9));
        assertThat(NearVerdictInput.TO_ARTICLE_PARTITION.partitions("t", "a", answer, null, 3)).contains(java.util.Set.of(2));
        assertThat(NearVerdictInput.TO_ARTICLE_PARTITION.partitions("t", "a", late, null, 3)).contains(java.util.Set.of(1));
        assertThat(NearVerdictInput.TO_ARTICLE_PARTITION.partitions("t", "a", answer, null, 1))
                .as("folded under TopologyTestDriver").contains(java.util.Set.of(0));
    }

    @Test
    void probeAnswerLateOriginalAndVerdictStateSurviveTheirBinaryFormatAndTheArticleNeverTravels() {
        final NearFingerprinted fingerprinted = NearFingerprinted.of(pending("a-1", longText()), REF, FINGERPRINTER, 3);
        final NearProbe probe = fingerprinted.probes().get(0);
        assertThat(NearSerdes.NEAR_PROBE.deserializer().deserialize("t",
                NearSerdes.NEAR_PROBE.serializer().serialize("t", probe))).isEqualTo(probe);

        final NearAnswer answer = new NearAnswer("a-1", REF, probe.bandMask(), new NearMatch("o", T, 0.875));
        final NearAnswer none = new NearAnswer("a-1", REF, 1L, null);
        final NearLateOriginal late = new NearLateOriginal("a-1", REF, new NearMatch("o", T, 0.9));
        for (final NearVerdictInput input : List.of(answer, none, late)) {
            assertThat(NearSerdes.NEAR_REPLY.deserializer().deserialize("t",
                    NearSerdes.NEAR_REPLY.serializer().serialize("t", input))).isEqualTo(input);
        }
        assertThatThrownBy(() -> NearSerdes.NEAR_REPLY.serializer().serialize("t", fingerprinted.article()))
                .hasMessageContaining("only answers and late originals travel");
        final NearVerdictState state = NearVerdictState.EMPTY.with(answer).with(fingerprinted.article())
                .heldUntil(1_764_000_000_000L);
        assertThat(NearSerdes.NEAR_VERDICT_STATE.deserializer().deserialize("t",
                NearSerdes.NEAR_VERDICT_STATE.serializer().serialize("t", state))).isEqualTo(state);
        assertThat(NearSerdes.NEAR_VERDICT_STATE.serializer().serialize("t", state))
                .as("the article waits in a store of its own, so each answer rewrites only a few bytes").hasSizeLessThan(64);
        assertThat(NearSerdes.NEAR_VERDICT_STATE.deserializer().deserialize("t",
                NearSerdes.NEAR_VERDICT_STATE.serializer().serialize("t", NearVerdictState.EMPTY)))
                .isEqualTo(NearVerdictState.EMPTY);
    }

    @Test
    void rememberedSignatureIsSmallAndUnreadableBytesNameTheType() {
        final NearCandidate candidate = NearFingerprinted.of(pending("abcdefghijklmnopqrstuvwx", longText()), REF,
                FINGERPRINTER, 3).probes().get(0).candidate();
        final NearRemembered remembered = new NearRemembered(new IntakeRef(2, 1_000_000L), candidate);
        final byte[] bytes = NearSerdes.NEAR_REMEMBERED.serializer().serialize("t", remembered);
        // version 1 + intake partition 1 + offset 8 + id 1+24 + event time 8
        // + shingles (varint, 2 for 128..16383) + signature 2+256
        assertThat(bytes).hasSize(1 + 1 + 8 + 25 + 8 + 2 + 2 + FINGERPRINTER.signatureBytes());
        assertThat(NearSerdes.NEAR_REMEMBERED.deserializer().deserialize("t", bytes)).isEqualTo(remembered);
        assertThatThrownBy(() -> NearSerdes.NEAR_REMEMBERED.deserializer().deserialize("t", new byte[] {9, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("NearRemembered");
    }
}
