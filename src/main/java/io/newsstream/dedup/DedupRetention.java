package io.newsstream.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a fingerprint is remembered, in event time: an article is a copy of a first-seen one
 * when their event times are less than {@code retention} apart (either way round, so a copy that
 * arrives before the original's publication time is still caught). At exactly {@code retention}
 * apart or more, the later article counts as new and becomes the first seen.
 *
 * @param retention positive; {@code dedup.retention}, default {@link #DEFAULT}
 */
public record DedupRetention(Duration retention) {
    public static final Duration DEFAULT = Duration.ofDays(7);

    public DedupRetention {
        Objects.requireNonNull(retention, "retention");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("dedup retention must be positive, got " + retention);
        }
    }

    /** True when an article at {@code eventTime} falls within the retention of {@code firstSeen}. */
    public boolean covers(final FirstSeen firstSeen, final Instant eventTime) {
        final Duration apart = Duration.between(firstSeen.eventTime(), eventTime).abs();
        return apart.compareTo(retention) < 0;
    }

    /** Earliest first-seen event time that can still cover an article at {@code eventTime} (inclusive bound). */
    public Instant lookupFrom(final Instant eventTime) {
        return eventTime.minus(retention);
    }

    /** Latest first-seen event time that can still cover an article at {@code eventTime} (inclusive bound). */
    public Instant lookupTo(final Instant eventTime) {
        return eventTime.plus(retention);
    }
}
