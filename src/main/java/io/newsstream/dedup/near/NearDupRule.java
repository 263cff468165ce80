package io.newsstream.dedup.near;

import io.newsstream.dedup.DedupRetention;
import io.newsstream.dedup.FirstSeen;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which remembered articles a newcomer copies: the part of the {@code near_content} rule that
 * batch mode ({@link NearDedup}) and the topology's band stores share.
 */
public final class NearDupRule {
    private final NearDupFingerprinter fingerprinter;
    private final DedupRetention retention;

    public NearDupRule(final NearDupFingerprinter fingerprinter, final DedupRetention retention) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    public NearDupFingerprinter fingerprinter() {
        return fingerprinter;
    }

    public DedupRetention retention() {
        return retention;
    }

    /**
     * The candidates {@code newcomer} copies: those that precede it by (event time, id), lie
     * within the retention of it and pass the verdict rule.
     */
    public List<NearMatch> matches(final NearCandidate newcomer, final Collection<NearCandidate> candidates) {
        final List<NearMatch> matches = new ArrayList<>();
        for (final NearCandidate candidate : candidates) {
            if (!precedes(candidate, newcomer)
                    || !retention.covers(new FirstSeen(candidate.id(), candidate.eventTime()), newcomer.eventTime())) {
                continue;
            }
            final Similarity similarity = fingerprinter.similarity(newcomer.fingerprint(), candidate.fingerprint());
            if (fingerprinter.isCopy(similarity)) {
                matches.add(new NearMatch(candidate.id(), candidate.eventTime(), similarity.containment()));
            }
        }
        return matches;
    }

    /**
     * The match naming {@code newcomer} as the original of {@code remembered}, when {@code remembered}
     * was remembered before {@code newcomer} arrived but is its copy: {@code newcomer} precedes it by
     * (event time, id), lies within its retention, and the verdict rule holds. In a stream this is a
     * copy processed before its original; whether its verdict can still change is the caller's business.
     */
    public Optional<NearMatch> asOriginalOf(final NearCandidate newcomer, final NearCandidate remembered) {
        return precedes(newcomer, remembered)
                ? matches(remembered, List.of(newcomer)).stream().findFirst()
                : Optional.empty();
    }

    /** True when {@code a} comes before {@code b} by (event time, id). */
    public static boolean precedes(final NearCandidate a, final NearCandidate b) {
        final int byTime = a.eventTime().compareTo(b.eventTime());
        return byTime < 0 || byTime == 0 && a.id().compareTo(b.id()) < 0;
    }
}
