package io.newsstream.topology;

import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearDupFingerprinter;
import io.newsstream.pipeline.EventTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;

/**
 * An article with its near-duplicate fingerprint, on its way to becoming band probes.
 *
 * @param pending   the article
 * @param candidate the article as band stores remember it, or null when its text is too short
 */
record NearFingerprinted(PendingArticle pending, NearCandidate candidate) {
    NearFingerprinted {
        Objects.requireNonNull(pending, "pending");
    }

    static NearFingerprinted of(final PendingArticle pending, final NearDupFingerprinter fingerprinter) {
        return new NearFingerprinted(pending, fingerprinter.fingerprint(pending.article().text())
                .map(fingerprint -> new NearCandidate(pending.article().id(),
                        EventTime.of(pending.article(), pending.ingestedAt()), fingerprint))
                .orElse(null));
    }

    /**
     * One probe per band, keyed by band key; band 0 carries the article to the resolver. A text
     * too short to fingerprint gets one empty probe keyed by its id.
     */
    List<KeyValue<String, NearProbe>> probes(final NearDupFingerprinter fingerprinter) {
        if (candidate == null) {
            return List.of(KeyValue.pair(pending.article().id(), new NearProbe(0, 1, null, pending)));
        }
        final List<String> bandKeys = fingerprinter.bandKeys(candidate.fingerprint());
        final List<KeyValue<String, NearProbe>> probes = new ArrayList<>(bandKeys.size());
        for (int band = 0; band < bandKeys.size(); band++) {
            probes.add(KeyValue.pair(bandKeys.get(band),
                    new NearProbe(band, bandKeys.size(), candidate, band == 0 ? pending : null)));
        }
        return probes;
    }
}
