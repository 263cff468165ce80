package io.newsstream.tag;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gazetteer in force and its {@link Tagger}, replaceable while the service runs.
 *
 * <p>The base is the bundled data plus the overrides files given at start-up (read once; a missing
 * or bad file fails the start with {@code file:line}). {@link #update(SortedMap)} rebuilds the
 * gazetteer from the base plus a set of <em>entries</em> (key → data lines in the bundled format,
 * applied in key order), and swaps the new tagger in atomically: a caller of {@link #current()}
 * sees either the old gazetteer or the new one, never a half-built one. A bad entry is left out
 * with its reason; it never stops the others or the base from loading.
 *
 * <p>A rebuild re-reads every data line and regenerates every inflected form (about 0.3 s on one
 * core): fine for corrections that arrive a few times a day, not for a stream of them.
 * Thread-safe; updates are serialized.
 */
public final class LiveGazetteer {

    /** A gazetteer and the tagger over it, swapped together. */
    public record Snapshot(Gazetteer gazetteer, Tagger tagger, SortedMap<String, String> entries) {
        public Snapshot {
            Objects.requireNonNull(gazetteer, "gazetteer");
            Objects.requireNonNull(tagger, "tagger");
            entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        }
    }

    /**
     * What one update did: whether the gazetteer was rebuilt (false when the valid entries were
     * already in force), the entries now in force, the entries left out (key → reason, in key
     * order), and which of those were not already left out by the previous update.
     */
    public record UpdateResult(boolean rebuilt, Set<String> applied, Map<String, String> rejected,
                               Set<String> newlyRejected) {
        public UpdateResult {
            applied = Collections.unmodifiableSet(new LinkedHashSet<>(applied));
            rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
            newlyRejected = Collections.unmodifiableSet(new LinkedHashSet<>(newlyRejected));
        }
    }

    private record Source(String name, String text) {
    }

    private final List<Source> overrides;
    private final AtomicReference<Snapshot> current;
    private Set<String> lastRejected = Set.of();

    private LiveGazetteer(final List<Source> overrides, final Gazetteer initial) {
        this.overrides = List.copyOf(overrides);
        this.current = new AtomicReference<>(new Snapshot(initial, new Tagger(initial), new TreeMap<>()));
    }

    /**
     * The bundled gazetteer plus {@code overrideFiles} (same format, read in order after the bundled
     * files). With no overrides the shared {@link Gazetteer#loadDefault()} instance is used.
     *
     * @throws GazetteerException naming the file (and line) when a file is missing, not UTF-8 or wrong
     */
    public static LiveGazetteer load(final List<Path> overrideFiles) {
        final List<Source> sources = new ArrayList<>();
        for (final Path file : overrideFiles) {
            sources.add(new Source(file.toString(), read(file)));
        }
        final Gazetteer initial = sources.isEmpty() ? Gazetteer.loadDefault() : build(sources, Map.of());
        return new LiveGazetteer(sources, initial);
    }

    /** The gazetteer and tagger in force now. */
    public Snapshot current() {
        return current.get();
    }

    /** The tagger in force now. */
    public Tagger tagger() {
        return current.get().tagger();
    }

    /**
     * Makes the base plus {@code entries} the gazetteer in force. Entries that do not parse, or that
     * make the gazetteer fail to build (a name for an unknown leader, a bad date, an unknown class),
     * are left out and reported; the others apply. Unchanged entries cost nothing.
     */
    public synchronized UpdateResult update(final SortedMap<String, String> entries) {
        final Snapshot before = current.get();
        final Map<String, String> rejected = new TreeMap<>();
        final SortedMap<String, String> candidates = new TreeMap<>();
        for (final Map.Entry<String, String> e : entries.entrySet()) {
            final String problem = syntaxProblem(e.getKey(), e.getValue());
            if (problem == null) {
                candidates.put(e.getKey(), e.getValue());
            } else {
                rejected.put(e.getKey(), problem);
            }
        }
        final boolean rebuild = !candidates.equals(before.entries());
        if (rebuild) {
            final Gazetteer rebuilt = buildLeavingOutBadEntries(candidates, rejected);
            current.set(new Snapshot(rebuilt, new Tagger(rebuilt), candidates));
        }
        final Set<String> newly = new LinkedHashSet<>(rejected.keySet());
        newly.removeAll(lastRejected);
        lastRejected = Set.copyOf(rejected.keySet());
        return new UpdateResult(rebuild, current.get().entries().keySet(), rejected, newly);
    }

    /** Builds base + candidates; removes from {@code candidates} (into {@code rejected}) what breaks the build. */
    private Gazetteer buildLeavingOutBadEntries(final SortedMap<String, String> candidates,
                                                final Map<String, String> rejected) {
        while (true) {
            try {
                return build(overrides, candidates);
            } catch (final GazetteerException e) {
                // the message names the failing lines' sources; drop those entries and try again
                final List<String> named = candidates.keySet().stream()
                        .filter(key -> e.getMessage().contains(sourceName(key) + ":"))
                        .toList();
                if (named.isEmpty()) {
                    return buildOneByOne(candidates, rejected);
                }
                for (final String key : named) {
                    rejected.put(key, e.getMessage());
                    candidates.remove(key);
                }
            }
        }
    }

    /** Slow path for a failure no entry is named in (e.g. an entry redefining a class the bundled names use). */
    private Gazetteer buildOneByOne(final SortedMap<String, String> candidates, final Map<String, String> rejected) {
        final SortedMap<String, String> accepted = new TreeMap<>();
        Gazetteer last = build(overrides, accepted);
        for (final Map.Entry<String, String> e : candidates.entrySet()) {
            accepted.put(e.getKey(), e.getValue());
            try {
                last = build(overrides, accepted);
            } catch (final GazetteerException failure) {
                accepted.remove(e.getKey());
                rejected.put(e.getKey(), failure.getMessage());
            }
        }
        candidates.keySet().retainAll(accepted.keySet());
        return last;
    }

    private static Gazetteer build(final List<Source> overrides, final Map<String, String> entries) {
        final Gazetteer.Builder builder = Gazetteer.builder().addDefaults();
        for (final Source source : overrides) {
            builder.add(source.name(), new StringReader(source.text()));
        }
        entries.forEach((key, text) -> builder.add(sourceName(key), new StringReader(text)));
        return builder.build();
    }

    /** Null when the entry's lines parse on their own, else why not. */
    private static String syntaxProblem(final String key, final String text) {
        if (key == null || key.isBlank()) {
            return "entry without a key";
        }
        if (text == null || text.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
            return sourceName(key) + ": no data lines";
        }
        try {
            Gazetteer.builder().add(sourceName(key), new StringReader(text));
            return null;
        } catch (final GazetteerException e) {
            return e.getMessage();
        }
    }

    /** How an entry appears in error messages: {@code entry 'leader:jane-doe':3: ...}. */
    static String sourceName(final String key) {
        return "entry '" + key + "'";
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (final NoSuchFileException e) {
            throw new GazetteerException("gazetteer overrides file " + file + " does not exist", e);
        } catch (final MalformedInputException e) {
            throw new GazetteerException("gazetteer overrides file " + file + " is not UTF-8", e);
        } catch (final IOException e) {
            throw new GazetteerException("cannot read gazetteer overrides file " + file + ": " + e.getMessage(), e);
        }
    }
}
