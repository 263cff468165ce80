package io.newsstream.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The countries, leaders and names the {@link Tagger} looks for, and the {@link ContextWords} its
 * context rules read, loaded from tab-separated UTF-8 data files (format:
 * {@code src/main/resources/gazetteer/README.md}) into immutable lookup structures. Every inflected form is generated here, once, from a lemma and its inflection class.
 *
 * <p>{@link #loadDefault()} reads the bundled files once per JVM. {@link #builder()} loads the
 * bundled files and/or other sources (an overrides file appended after the defaults adds names).
 */
public final class Gazetteer {

    /** The bundled data files, in load order. */
    public static final List<String> DEFAULT_FILES = List.of(
            "morphology.tsv", "countries.tsv", "country-aliases.tsv", "leaders.tsv", "leaders-former.tsv",
            "leaders-africa-nw.tsv", "leaders-africa-sce.tsv", "leaders-americas-oceania.tsv", "leaders-europe.tsv",
            "leaders-asia.tsv", "blocks.tsv", "context-words.tsv");

    /** Languages with their own names in the bundled data. */
    public static final String MULTILINGUAL = "mul";

    private static final String RESOURCE_DIR = "/gazetteer/";

    private final Map<String, String> countries;
    private final Map<String, String> countryProvenance;
    private final Map<String, Leader> leaders;
    private final Map<String, PhraseTrie> trieByLanguage;
    private final PhraseTrie anyLanguage;
    private final Map<String, Map<String, List<String>>> formsByLanguage;
    private final int nameCount;
    private final ContextWords contextWords;

    private Gazetteer(Builder b, Map<String, PhraseTrie> tries, PhraseTrie any,
                      Map<String, Map<String, List<String>>> forms, int nameCount, ContextWords contextWords) {
        this.countries = Collections.unmodifiableMap(new TreeMap<>(b.countries));
        this.countryProvenance = Map.copyOf(b.countryProvenance);
        Map<String, Leader> ls = new TreeMap<>();
        for (Map.Entry<String, LeaderDraft> e : b.leaders.entrySet()) {
            LeaderDraft d = e.getValue();
            ls.put(e.getKey(), new Leader(d.id, d.name, d.country, d.terms, d.provenance));
        }
        this.leaders = Collections.unmodifiableMap(ls);
        this.trieByLanguage = Map.copyOf(tries);
        this.anyLanguage = any;
        this.formsByLanguage = forms;
        this.nameCount = nameCount;
        this.contextWords = contextWords;
    }

    private static final class DefaultHolder {
        static final Gazetteer INSTANCE = builder().addDefaults().build();
    }

    /** The bundled gazetteer, loaded on first use and shared (it is immutable). */
    public static Gazetteer loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * The bundled files plus {@code overrideFiles}, read after them in order (e.g. a deployment's
     * extra names, blocks or leaders). Not cached: callers keep the instance.
     */
    public static Gazetteer load(Path... overrideFiles) {
        Builder b = builder().addDefaults();
        for (Path p : overrideFiles) {
            b.add(p);
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Country code → English short name, sorted by code. */
    public Map<String, String> countries() {
        return countries;
    }

    /** Provenance note of a country's record. */
    public String countryProvenance(String code) {
        return countryProvenance.get(code);
    }

    /** Leader id → leader, sorted by id. */
    public Map<String, Leader> leaders() {
        return leaders;
    }

    /** Languages that have names of their own (besides {@value #MULTILINGUAL}). */
    public Set<String> languages() {
        return trieByLanguage.keySet();
    }

    /** Number of name records (lemmas) loaded, before inflection. */
    public int nameCount() {
        return nameCount;
    }

    /**
     * Every form the data generates for the name whose lemma is {@code lemma} in {@code language}
     * (the lemma itself first), or an empty list if there is no such name.
     */
    public List<String> formsOf(String language, String lemma) {
        return formsByLanguage.getOrDefault(language, Map.of()).getOrDefault(lemma, List.of());
    }

    /**
     * The trie for a language tag ({@code ru}, {@code RU}, {@code ru-RU}); for null, "und" or a
     * language without data: the trie of all languages.
     */
    PhraseTrie trieFor(String language) {
        if (language == null) {
            return anyLanguage;
        }
        String primary = language.toLowerCase(Locale.ROOT);
        int sep = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        if (sep > 0) {
            primary = primary.substring(0, sep);
        }
        PhraseTrie t = trieByLanguage.get(primary);
        return t == null ? anyLanguage : t;
    }

    /** The words around a name that the tagger's context rules read. */
    ContextWords contextWords() {
        return contextWords;
    }

    /** Distinct entry groups, for integrity checks. */
    List<Entry[]> allEntryGroups() {
        return anyLanguage.allEntries();
    }

    private static final class LeaderDraft {
        final String id;
        final String name;
        final String country;
        final String provenance;
        final List<Term> terms = new ArrayList<>();

        LeaderDraft(String id, String name, String country, String provenance) {
            this.id = id;
            this.name = name;
            this.country = country;
            this.provenance = provenance;
        }
    }

    private record NameRecord(Entry.Target target, String targetId, String language, String kind,
                              String form, String classes, String flags, String where) {
    }

    /** Collects data lines from any number of sources, then builds an immutable {@link Gazetteer}. */
    public static final class Builder {
        private final Map<String, Paradigm> paradigms = new HashMap<>();
        private final Map<String, String> countries = new LinkedHashMap<>();
        private final Map<String, String> countryProvenance = new HashMap<>();
        private final Map<String, LeaderDraft> leaders = new LinkedHashMap<>();
        private final List<NameRecord> names = new ArrayList<>();
        private final List<String[]> pendingRoles = new ArrayList<>();
        private final ContextWords.Builder contextWords = new ContextWords.Builder();

        private Builder() {
        }

        /** Adds the bundled files of {@link #DEFAULT_FILES}. */
        public Builder addDefaults() {
            for (String file : DEFAULT_FILES) {
                InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file);
                if (in == null) {
                    throw new GazetteerException("missing bundled gazetteer file " + RESOURCE_DIR + file);
                }
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    add(file, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Adds a data file from disk. */
        public Builder add(Path file) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(file.toString(), r);
            } catch (IOException e) {
                throw new GazetteerException("cannot read gazetteer file " + file, e);
            }
        }

        /** Adds data lines from a reader; {@code sourceName} appears in error messages. */
        public Builder add(String sourceName, Reader reader) {
            BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
            try {
                String line;
                int no = 0;
                while ((line = in.readLine()) != null) {
                    no++;
                    if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    parseLine(line.split("\t", -1), sourceName + ":" + no);
                }
            } catch (IOException e) {
                throw new GazetteerException("cannot read gazetteer source " + sourceName, e);
            }
            return this;
        }

        private void parseLine(String[] f, String where) {
            switch (f[0]) {
                case "paradigm" -> {
                    need(f, 5, where);
                    List<List<String>> slots = new ArrayList<>();
                    for (String slot : f[4].split("\\|", -1)) {
                        List<String> alts = new ArrayList<>();
                        for (String a : slot.split(",")) {
                            alts.add(a.strip().equals("0") ? "" : a.strip());
                        }
                        slots.add(alts);
                    }
                    String ending = f[3].equals("0") ? "" : f[3];
                    paradigms.put(f[1] + "/" + f[2], new Paradigm(f[1], f[2], ending, slots));
                }
                case "country" -> {
                    need(f, 4, where);
                    requireProvenance(f[3], where);
                    countries.put(f[1], f[2]);
                    countryProvenance.put(f[1], f[3]);
                }
                case "cname" -> {
                    need(f, 6, where);
                    names.add(new NameRecord(Entry.Target.COUNTRY, f[1], f[2], f[3], f[4], f[5],
                            f.length > 6 ? f[6] : "", where));
                }
                case "leader" -> {
                    need(f, 5, where);
                    requireProvenance(f[4], where);
                    leaders.put(f[1], new LeaderDraft(f[1], f[3], f[2], f[4]));
                }
                case "role" -> {
                    need(f, 5, where);
                    pendingRoles.add(new String[] {f[1], f[2], f[3], f[4], where});
                }
                case "lname" -> {
                    need(f, 6, where);
                    names.add(new NameRecord(Entry.Target.LEADER, f[1], f[2], f[3], f[4], f[5],
                            f.length > 6 ? f[6] : "", where));
                }
                case "block" -> {
                    need(f, 4, where);
                    names.add(new NameRecord(Entry.Target.BLOCK, null, f[1], "block", f[2], f[3], "", where));
                }
                case "context" -> {
                    need(f, 4, where);
                    contextWords.add(f[1], f[2], f[3], where);
                }
                default -> throw new GazetteerException(where + ": unknown record type '" + f[0] + "'");
            }
        }

        private static void need(String[] f, int n, String where) {
            if (f.length < n) {
                throw new GazetteerException(where + ": expected at least " + n + " tab-separated fields, got " + f.length);
            }
            for (int i = 0; i < n; i++) {
                if (f[i].isBlank()) {
                    throw new GazetteerException(where + ": field " + (i + 1) + " is empty");
                }
            }
        }

        private static void requireProvenance(String p, String where) {
            if (!p.contains("source=") || !p.contains("snapshot=")) {
                throw new GazetteerException(where + ": provenance must say source=... and snapshot=...");
            }
        }

        public Gazetteer build() {
            for (String[] r : pendingRoles) {
                LeaderDraft d = leaders.get(r[0]);
                if (d == null) {
                    throw new GazetteerException(r[4] + ": role for unknown leader " + r[0]);
                }
                try {
                    LocalDate start = LocalDate.parse(r[2]);
                    LocalDate end = r[3].equals("-") ? null : LocalDate.parse(r[3]);
                    d.terms.add(new Term(r[1], start, end));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new GazetteerException(r[4] + ": bad term: " + e.getMessage(), e);
                }
            }
            Map<String, PhraseTrie> tries = new HashMap<>();
            PhraseTrie any = new PhraseTrie();
            Map<String, Map<String, List<String>>> forms = new HashMap<>();
            Set<String> languages = new LinkedHashSet<>();
            for (NameRecord n : names) {
                if (!n.language.equals(MULTILINGUAL)) {
                    languages.add(n.language);
                }
            }
            for (String lang : languages) {
                tries.put(lang, new PhraseTrie());
            }
            List<String> errors = new ArrayList<>();
            for (NameRecord n : names) {
                Generated g;
                try {
                    checkTarget(n);
                    g = generate(n);
                } catch (GazetteerException e) {
                    errors.add(e.getMessage());
                    continue;
                }
                Map<String, List<String>> langForms = forms.computeIfAbsent(n.language, k -> new HashMap<>());
                langForms.putIfAbsent(n.form, g.surfaces);
                for (int i = 0; i < g.keys.size(); i++) {
                    List<String> keys = g.keys.get(i);
                    any.add(keys, g.gaps, g.entry);
                    if (n.language.equals(MULTILINGUAL)) {
                        for (PhraseTrie t : tries.values()) {
                            t.add(keys, g.gaps, g.entry);
                        }
                    } else {
                        tries.get(n.language).add(keys, g.gaps, g.entry);
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new GazetteerException(errors.size() + " bad gazetteer name(s):\n  " + String.join("\n  ", errors));
            }
            Map<String, Map<String, List<String>>> frozen = new HashMap<>();
            forms.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
            return new Gazetteer(this, tries, any, Map.copyOf(frozen), names.size(), contextWords.build(languages));
        }

        private void checkTarget(NameRecord n) {
            if (n.target == Entry.Target.COUNTRY && !countries.containsKey(n.targetId)) {
                throw new GazetteerException(n.where + ": name for unknown country " + n.targetId);
            }
            if (n.target == Entry.Target.LEADER && !leaders.containsKey(n.targetId)) {
                throw new GazetteerException(n.where + ": name for unknown leader " + n.targetId);
            }
        }

        private record Generated(Entry entry, List<Character> gaps, List<List<String>> keys, List<String> surfaces) {
        }

        /** Inflects a name: for each slot, the product of each token's forms in that slot. */
        private Generated generate(NameRecord n) {
            // a form is cut into words exactly like article text, so both give the same keys and gaps
            Tokens tokens = Tokens.of(n.form);
            if (tokens.size == 0) {
                throw new GazetteerException(n.where + ": name has no word in '" + n.form + "'");
            }
            String[] classes = n.classes.isBlank() ? new String[] {Paradigm.INDECLINABLE} : n.classes.strip().split(" +");
            if (classes.length != 1 && classes.length != tokens.size) {
                throw new GazetteerException(n.where + ": " + classes.length + " classes for "
                        + tokens.size + " words in '" + n.form + "'");
            }
            Paradigm[] ps = new Paradigm[tokens.size];
            int slots = 1;
            for (int t = 0; t < tokens.size; t++) {
                String c = classes.length == 1 ? classes[0] : classes[t];
                if (c.equals(Paradigm.INDECLINABLE)) {
                    continue;
                }
                Paradigm p = paradigms.get(n.language + "/" + c);
                if (p == null) {
                    throw new GazetteerException(n.where + ": unknown class " + c + " for language " + n.language);
                }
                ps[t] = p;
                if (p.slots().size() > 1) {
                    if (slots > 1 && slots != p.slots().size()) {
                        throw new GazetteerException(n.where + ": classes with different slot counts in '" + n.form + "'");
                    }
                    slots = p.slots().size();
                }
            }
            Entry.Casing[] casing = new Entry.Casing[tokens.size];
            List<Character> gaps = new ArrayList<>();
            for (int t = 0; t < tokens.size; t++) {
                casing[t] = Entry.Casing.of(tokens.surface(t));
                char gap = t == 0 ? Tokens.GAP_SPACE : tokens.gapBefore[t];
                if (gap == Tokens.GAP_BREAK) {
                    throw new GazetteerException(n.where + ": unsupported punctuation inside '" + n.form + "'");
                }
                gaps.add(gap);
            }
            Set<String> flags = new LinkedHashSet<>();
            for (String fl : n.flags.split(",")) {
                if (!fl.isBlank() && !fl.strip().equals("-")) {
                    flags.add(fl.strip());
                }
            }
            for (String fl : flags) {
                if (!fl.equals("nostart") && !fl.equals("noname")) {
                    throw new GazetteerException(n.where + ": unknown flag " + fl);
                }
            }
            Entry entry = new Entry(n.target, n.targetId, n.language, n.kind, casing,
                    flags.contains("nostart"), flags.contains("noname"));
            Set<List<String>> keys = new LinkedHashSet<>();
            Set<String> surfaces = new LinkedHashSet<>();
            for (int s = 0; s < slots; s++) {
                List<List<String>> perToken = new ArrayList<>();
                for (int t = 0; t < tokens.size; t++) {
                    String word = tokens.surface(t);
                    try {
                        perToken.add(ps[t] == null ? List.of(word) : ps[t].forms(word, s));
                    } catch (IllegalArgumentException e) {
                        throw new GazetteerException(n.where + ": " + e.getMessage(), e);
                    }
                }
                for (List<String> combo : product(perToken)) {
                    List<String> k = new ArrayList<>(combo.size());
                    StringBuilder surface = new StringBuilder();
                    for (int t = 0; t < combo.size(); t++) {
                        k.add(Tokens.key(combo.get(t), 0, combo.get(t).length()));
                        if (t > 0) {
                            surface.append(gaps.get(t) == Tokens.GAP_SPACE ? " " : gaps.get(t) + " ");
                        }
                        surface.append(combo.get(t));
                    }
                    keys.add(List.copyOf(k));
                    surfaces.add(surface.toString());
                }
            }
            return new Generated(entry, List.copyOf(gaps), List.copyOf(keys), List.copyOf(surfaces));
        }

        private static List<List<String>> product(List<List<String>> lists) {
            List<List<String>> out = new ArrayList<>();
            out.add(List.of());
            for (List<String> options : lists) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : out) {
                    for (String o : options) {
                        List<String> l = new ArrayList<>(prefix);
                        l.add(o);
                        next.add(l);
                    }
                }
                out = next;
            }
            return out;
        }
    }
}
