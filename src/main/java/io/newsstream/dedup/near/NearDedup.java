package io.newsstream.dedup.near;

import io.newsstream.dedup.DedupRetention;
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
 * remembered within the retention under any of its band keys that precedes it by (event time, id);
 * when it copies one or more ({@link NearDupFingerprinter#isCopy}), it is reported as a duplicate
 * of the earliest, and every article is remembered under all its band keys, copies included.
 *
 * <p>Both choices are what the topology can do when an article's bands are looked up on different
 * partitions at once: each band store remembers a probe as it answers it, before the verdict is
 * known, and only a candidate that precedes the newcomer can make it a copy. So of two copies
 * racing on different partitions the later one by (event time, id) can be dropped, the earlier one
 * never: in the worst case both pass, never neither. Batch mode runs the same rule in input order.
 */
public final class NearDedup {
    private final NearDupRule rule;
    private final DedupRetention retention;
    private final NearDupIndex index;

    public NearDedup(final NearDupRule rule, final NearDupIndex index) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.retention = rule.retention();
        this.index = Objects.requireNonNull(index, "index");
    }

    public static NearDedup inMemory(final NearDupSettings settings, final DedupRetention retention) {
        return new NearDedup(new NearDupRule(new NearDupFingerprinter(settings), retention), new InMemoryNearDupIndex());
    }

    /**
     * The duplicate event when {@code article} copies an earlier article remembered within the
     * retention; the article is remembered either way. Texts too short to fingerprint are never
     * near duplicates and are not remembered.
     */
    public Optional<DuplicateEvent> check(final NormalizedArticle article, final Instant eventTime) {
        final Optional<NearFingerprint> fingerprint = rule.fingerprinter().fingerprint(article.text());
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        final NearCandidate self = new NearCandidate(article.id(), eventTime, fingerprint.get());
        final List<NearMatch> matches = new ArrayList<>();
        final Set<String> compared = new HashSet<>();
        for (final String bandKey : rule.fingerprinter().bandKeys(fingerprint.get())) {
            final List<NearCandidate> fresh = index.candidates(bandKey, retention.lookupFrom(eventTime),
                    retention.lookupTo(eventTime)).stream().filter(c -> compared.add(c.id())).toList();
            matches.addAll(rule.matches(self, fresh));
            index.remember(bandKey, self);
        }
        return NearMatch.original(matches).map(original ->
                new DuplicateEvent(article.id(), original.id(), DuplicateRule.NEAR_CONTENT, original.similarity()));
    }

}
