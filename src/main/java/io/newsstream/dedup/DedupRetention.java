package io.newsstream.dedup;

import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a fingerprint is remembered, in event time: an article is a copy of a first-seen one
 * when their event times are less than {@code retention} apart (either way round, so a copy that
 * arrives before the original's publication time is still caught). At exactly {@code retention}
 * apart or more, the later article counts as new and becomes the first seen.
 *
 * <p>The stores forget by their own stream time (the newest event time they have remembered), not
 * by the article being judged, so they keep fingerprints for {@link #kept()} = retention + grace:
 * an article that arrives up to {@code grace} behind the newest event time its store has seen is
 * still compared with everything within the retention of its own event time. Later than that, the
 * oldest part of its retention is already gone. The grace changes how long state is kept, never
 * which articles are copies ({@link #covers}, {@link #lookupFrom}, {@link #lookupTo}).
 *
 * @param retention positive; {@code dedup.retention}, default {@link #DEFAULT}
 * @param grace     zero or more; {@code dedup.grace}, default {@link #DEFAULT_GRACE}
 */
public record DedupRetention(Duration retention, Duration grace) {
    public static final Duration DEFAULT = Duration.ofDays(7);
    public static final Duration DEFAULT_GRACE = Duration.ofDays(1);

    public DedupRetention {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(grace, "grace");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("dedup retention must be positive, got " + retention);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("dedup grace must be zero or more, got " + grace);
        }
    }

    /** Zero grace: stores keep exactly the retention. For code that only judges (covers, lookups) and tests. */
    public DedupRetention(final Duration retention) {
        this(retention, Duration.ZERO);
    }

    /** {@code dedup.retention} and {@code dedup.grace}; a value out of range is a {@link ConfigException} naming its key. */
    public static DedupRetention fromConfig(final NewsstreamConfig config) {
        final Duration retention = config.getDuration("dedup.retention");
        if (retention.isZero() || retention.isNegative()) {
            throw new ConfigException("setting 'dedup.retention' must be a positive duration, got '"
                    + config.get("dedup.retention") + "'");
        }
        final Duration grace = config.getDuration("dedup.grace");
        if (grace.isNegative()) {
            throw new ConfigException("setting 'dedup.grace' must be zero or a positive duration, got '"
                    + config.get("dedup.grace") + "'");
        }
        return new DedupRetention(retention, grace);
    }

    /** How long the stores keep a fingerprint behind their stream time: retention + grace. */
    public Duration kept() {
        return retention.plus(grace);
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
