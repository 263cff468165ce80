package io.newsstream.dedup.near;

import java.time.Instant;
import java.util.List;

/**
 * Where remembered articles are kept under their LSH band keys: per-band state stores in the
 * topology, a map in batch mode. It only stores and finds; {@link NearDedup} decides.
 */
public interface NearDupIndex {

    /** Articles remembered under {@code bandKey} with event time in {@code [from, to]}. */
    List<NearCandidate> candidates(String bandKey, Instant from, Instant to);

    /** Remembers {@code candidate} under {@code bandKey}. */
    void remember(String bandKey, NearCandidate candidate);
}
