package io.newsstream.dedup;

import java.time.Instant;
import java.util.List;

/**
 * Where first-seen records of one rule are kept: a state store in the topology, a map in batch mode.
 * It only stores and finds; {@link ExactDedup} decides what a duplicate is. An index may forget
 * records far behind the newest one (the window store does, by its retention), so a lookup may
 * find less than was remembered, never more.
 */
public interface FirstSeenIndex {

    /** The first-seen records of {@code fingerprint} with event time in {@code [from, to]}, earliest first. */
    List<FirstSeen> firstSeenBetween(String fingerprint, Instant from, Instant to);

    /** Remembers {@code firstSeen} under {@code fingerprint} at its event time. */
    void remember(String fingerprint, FirstSeen firstSeen);
}
