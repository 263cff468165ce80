package io.newsstream.dedup.near;

import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.FirstSeen;
import io.newsstream.model.DuplicateEvent;
import io.newsstream.model.DuplicateRule;
import io.newsstream.model.NormalizedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code near_content} rule over one index: a newcomer is compared with every article
 * remembered within the retention under any of its band keys; when it copies one or more
 * ({@link NearDupFingerprinter#isCopy}), it is reported as a duplicate of the earliest by
 * (event time, id), otherwise it is remembered under all its band keys. Copies are not
 * remembered, as with the exact rules. Batch mode runs it after the exact rules; the topology
 * spreads the same steps over band-keyed and id-keyed partitions.
 */
public final class NearDedup {
    private final NearDupFingerprinter fingerprinter;
    private final DedupRetention retention;
    private final NearDupIndex index;

    public NearDedup(final NearDupFingerprinter fingerprinter, final DedupRetention retention, final NearDupIndex index) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.index = Objects.requireNonNull(index, "index");
    }

    public static NearDedup inMemory(final NearDupSettings settings, final DedupRetention retention) {
        return new NearDedup(new NearDupFingerprinter(settings), retention, new InMemoryNearDupIndex());
    }

    /**
     * The duplicate event when {@code article} copies an article remembered within the retention;
     * otherwise remembers it and returns empty. Texts too short to fingerprint are never near duplicates.
     */
    public Optional<DuplicateEvent> check(final NormalizedArticle article, final Instant eventTime) {
        final Optional<NearFingerprint> fingerprint = fingerprinter.fingerprint(article.text());
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        final List<String> bandKeys = fingerprinter.bandKeys(fingerprint.get());
        final Optional<NearMatch> original = NearMatch.original(
                matches(article.id(), eventTime, fingerprint.get(), bandKeys));
        if (original.isPresent()) {
            return Optional.of(new DuplicateEvent(article.id(), original.get().id(), DuplicateRule.NEAR_CONTENT,
                    original.get().similarity()));
        }
        final NearCandidate self = new NearCandidate(article.id(), eventTime, fingerprint.get());
        for (final String bandKey : bandKeys) {
            index.remember(bandKey, self);
        }
        return Optional.empty();
    }

    private List<NearMatch> matches(final String id, final Instant eventTime, final NearFingerprint fingerprint,
                                    final List<String> bandKeys) {
        final Set<String> compared = new HashSet<>();
        final List<NearMatch> matches = new ArrayList<>();
        for (final String bandKey : bandKeys) {
            for (final NearCandidate candidate : index.candidates(bandKey,
                    retention.lookupFrom(eventTime), retention.lookupTo(eventTime))) {
                if (candidate.id().equals(id) || !compared.add(candidate.id())
                        || !retention.covers(new FirstSeen(candidate.id(), candidate.eventTime()), eventTime)) {
                    continue;
                }
                final Similarity similarity = fingerprinter.similarity(fingerprint, candidate.fingerprint());
                if (fingerprinter.isCopy(similarity)) {
                    matches.add(new NearMatch(candidate.id(), candidate.eventTime(), similarity.containment()));
                }
            }
        }
        return matches;
    }
}
