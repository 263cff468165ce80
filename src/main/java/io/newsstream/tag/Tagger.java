package io.newsstream.tag;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import io.newsstream.tag.ContextWords.WordList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the countries and political leaders a text mentions.
 *
 * <p>The text is cut into word tokens; at each token the longest gazetteer phrase that starts
 * there, fits the capitalisation rules and is allowed in context wins, and scanning resumes after
 * it, so every mention is counted once ("Владимир Путин" is one Putin mention, "Северной Кореи"
 * one North Korea mention). Surnames marked {@code after-full} ("Ким", "Си") only count after the
 * leader's full name appeared earlier in the same text. A phrase that several countries or
 * leaders share, or a blocking phrase ("New Mexico", "Atlanta, Georgia"), consumes its words and
 * tags nothing.
 *
 * <p>Language: names of the given language plus language-neutral ones are looked up; for
 * {@code und}, null or a language without data, the names of every language are (recall over
 * precision only where the language is unknown).
 *
 * <p>Whether a capital, a seat or a surname counts also depends on the words around it (place
 * prepositions, words of hosting, titles...): those lists are gazetteer data too
 * ({@code context-words.tsv}, see {@link ContextWords}); the rules that read them are here.
 *
 * <p>Thread-safe: the gazetteer is immutable and each call keeps its state on the stack.
 */
public final class Tagger {

    /** How many words before a dative preposition a dative head may stand ("l'envoi de ses Leopard à Kiev": 4). */
    private static final int DATIVE_HEAD_WINDOW = 4;
    /** How many words before the preposition a hosting word may stand. */
    private static final int HOSTING_WINDOW = 6;
    /** How many words after the seat, without punctuation between, a hosting word may stand. */
    private static final int HOSTING_AFTER_WINDOW = 4;

    private final Gazetteer gazetteer;
    // the gazetteer's context words, one field per ContextWords.WordList; what each list means is
    // written in src/main/resources/gazetteer/context-words.tsv and README.md
    private final Map<String, Set<String>> placePrepositions;
    private final Map<String, Set<String>> dativePrepositions;
    private final Map<String, Set<String>> dativeHeads;
    private final Map<String, Set<String>> seatPrepositions;
    private final Set<String> articles;
    private final Set<String> hostingWords;
    private final Set<String> venueWords;
    private final Set<String> cityParts;
    private final Set<String> conjunctions;
    private final Set<String> titles;
    private final List<String> titleSuffixes;

    /** A tagger over {@code gazetteer}'s names and context words. */
    public Tagger(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        ContextWords words = gazetteer.contextWords();
        this.placePrepositions = words.byLanguage(WordList.PLACE_PREPOSITIONS);
        this.dativePrepositions = words.byLanguage(WordList.DATIVE_PREPOSITIONS);
        this.dativeHeads = words.byLanguage(WordList.DATIVE_HEADS);
        this.seatPrepositions = words.byLanguage(WordList.SEAT_PREPOSITIONS);
        this.articles = words.inAnyLanguage(WordList.ARTICLES);
        this.hostingWords = words.inAnyLanguage(WordList.HOSTING_WORDS);
        this.venueWords = words.inAnyLanguage(WordList.VENUE_WORDS);
        this.cityParts = words.byLanguage(WordList.CITY_PARTS).getOrDefault("en", Set.of());
        this.conjunctions = words.inAnyLanguage(WordList.CONJUNCTIONS);
        this.titles = words.inAnyLanguage(WordList.TITLES);
        this.titleSuffixes = List.copyOf(words.inAnyLanguage(WordList.TITLE_SUFFIXES));
    }

    /**
     * Tags {@code text}.
     *
     * @param text     the normalized article text; spans point into it
     * @param language ISO 639-1 code, or {@code und}
     * @param asOf     the day the leaders' roles are taken on (publication date); null = latest role
     */
    public Tags tag(String text, String language, LocalDate asOf) {
        if (text == null || text.isEmpty()) {
            return Tags.NONE;
        }
        Tokens tokens = Tokens.of(text);
        PhraseTrie trie = gazetteer.trieFor(language);
        final String primary = primaryLanguage(language);
        Map<String, List<Span>> countrySpans = new LinkedHashMap<>();
        Map<String, List<Span>> leaderSpans = new LinkedHashMap<>();
        Set<String> fullyNamed = new HashSet<>();

        int i = 0;
        while (i < tokens.size) {
            if (!trie.mayStartAt(tokens, i)) {
                i++;
                continue;
            }
            PhraseTrie.Node node = trie.root(tokens.key(i));
            Entry best = null;
            int bestEnd = -1;
            boolean bestBlocked = false;
            int j = i;
            while (node != null) {
                Entry[] candidates = node.entries();
                if (candidates.length > 0) {
                    Entry chosen = null;
                    boolean blocked = false;
                    for (Entry e : candidates) {
                        if (!fits(e, tokens, i, j, fullyNamed, primary)) {
                            continue;
                        }
                        if (e.target() == Entry.Target.BLOCK) {
                            blocked = true;
                        } else if (chosen == null) {
                            chosen = e;
                        } else if (!chosen.targetId().equals(e.targetId())) {
                            blocked = true; // shared by two countries/leaders: ambiguous, tag nothing
                        }
                    }
                    if (blocked || chosen != null) {
                        best = chosen;
                        bestBlocked = blocked;
                        bestEnd = j;
                    }
                }
                if (j + 1 >= tokens.size || tokens.gapBefore[j + 1] == Tokens.GAP_BREAK) {
                    break;
                }
                node = node.child(tokens.gapBefore[j + 1], tokens.key(j + 1));
                j++;
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            if (!bestBlocked && best != null) {
                Span span = new Span(tokens.start[i], tokens.end[bestEnd]);
                if (best.target() == Entry.Target.COUNTRY) {
                    countrySpans.computeIfAbsent(best.targetId(), k -> new ArrayList<>()).add(span);
                } else {
                    leaderSpans.computeIfAbsent(best.targetId(), k -> new ArrayList<>()).add(span);
                    if (best.isFull()) {
                        fullyNamed.add(best.targetId());
                    }
                }
            }
            i = bestEnd + 1;
        }
        if (countrySpans.isEmpty() && leaderSpans.isEmpty()) {
            return Tags.NONE;
        }
        return new Tags(countryTags(countrySpans), leaderTags(leaderSpans, asOf));
    }

    private boolean fits(Entry e, Tokens tokens, int from, int to, Set<String> fullyNamed, String language) {
        Entry.Casing[] casing = e.casing();
        for (int t = from; t <= to; t++) {
            switch (casing[t - from]) {
                case ALL_CAPS -> {
                    if (!tokens.isAllCaps(t)) {
                        return false;
                    }
                }
                case INITIAL -> {
                    if (!tokens.startsUpper(t)) {
                        return false;
                    }
                }
                case ANY -> { }
                default -> throw new IllegalStateException();
            }
        }
        if (casing[0] == Entry.Casing.ALL_CAPS && inCapitalisedRun(tokens, from, to)) {
            return false; // "HELP US", "EAU POTABLE": a word of a text in capitals, not the abbreviation
        }
        if (e.noStart() && tokens.sentenceStart[from]) {
            return false;
        }
        if (e.noName() && (followedByCapitalisedWord(tokens, to) || precededByCapitalisedWord(tokens, from))) {
            return false; // "Georgia Smith", "Michael Jordan": a person's name, not the country
        }
        if (e.isCapital() && afterPlacePreposition(tokens, from, language)) {
            return false; // "talks in Moscow", "в Киеве": the city as a place, not its government
        }
        if (e.isCapital() && hostsAnEvent(tokens, to)) {
            return false; // "Séoul accueillera le sommet": the city as the venue
        }
        if (e.isSeat() && hostedAtSeat(tokens, from, to, language)) {
            return false; // "received him at the White House": the building, not the office
        }
        if (e.isSurnameOnly() && (anotherPersonsFirstName(tokens, from)
                || e.isAfterFull() && anotherPersonsGivenNames(tokens, to, language))) {
            return false; // "Melania Trump", "Kim Min-jae": someone else with the leader's surname
        }
        return !e.isAfterFull() || fullyNamed.contains(e.targetId());
    }

    /** "pt-BR" → "pt", "EN" → "en"; null stays null (unknown: no language-specific context rules). */
    private static String primaryLanguage(String language) {
        if (language == null) {
            return null;
        }
        String primary = language.toLowerCase(Locale.ROOT);
        int sep = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        return sep > 0 ? primary.substring(0, sep) : primary;
    }

    /** True when the word right before {@code t} is a preposition of place or direction in {@code language}. */
    boolean afterPlacePreposition(Tokens tokens, int t, String language) {
        if (t == 0 || tokens.gapBefore[t] != Tokens.GAP_SPACE) {
            return false;
        }
        Set<String> prepositions = language == null ? null : placePrepositions.get(language);
        if (prepositions == null) {
            return false;
        }
        if (prepositions.contains(tokens.key(t - 1))) {
            return true;
        }
        if (dativePrepositions.getOrDefault(language, Set.of()).contains(tokens.key(t - 1))) {
            return !dativeHeadBefore(tokens, t - 1, language); // "attendu à Washington", but "l'aide à Kiev"
        }
        // "the streets of Madrid", "the outskirts of Kyiv": a part of the city, so the city as a place
        if ("en".equals(language) && t >= 2 && "of".equals(tokens.key(t - 1))
                && tokens.gapBefore[t - 1] == Tokens.GAP_SPACE && cityParts.contains(tokens.key(t - 2))) {
            return true;
        }
        // coordinated places share the preposition: "nach Paris und Warschau", "to Paris and Berlin"
        return t >= 3 && conjunctions.contains(tokens.key(t - 1)) && tokens.gapBefore[t - 1] == Tokens.GAP_SPACE
                && tokens.startsUpper(t - 2) && tokens.gapBefore[t - 2] == Tokens.GAP_SPACE
                && prepositions.contains(tokens.key(t - 3));
    }

    /**
     * True when the word right before or after {@code [from, to]} in the same sentence is written in
     * capitals too (three letters or more): a headline or a shout, where an abbreviation like US, EAU
     * or USA cannot be told from the common word written in capitals.
     */
    private static boolean inCapitalisedRun(Tokens tokens, int from, int to) {
        boolean before = from > 0 && !tokens.sentenceStart[from] && tokens.gapBefore[from] == Tokens.GAP_SPACE
                && tokens.length(from - 1) >= 3 && tokens.isAllCaps(from - 1);
        boolean after = to + 1 < tokens.size && !tokens.sentenceStart[to + 1]
                && tokens.gapBefore[to + 1] == Tokens.GAP_SPACE && tokens.length(to + 1) >= 3
                && tokens.isAllCaps(to + 1);
        return before || after;
    }

    /** True when a word of giving or addressing stands within a few words before {@code t}, in its sentence. */
    private boolean dativeHeadBefore(Tokens tokens, int t, String language) {
        Set<String> heads = dativeHeads.getOrDefault(language, Set.of());
        for (int k = t - 1; k >= 0 && k >= t - DATIVE_HEAD_WINDOW && !tokens.sentenceStart[k + 1]; k--) {
            if (heads.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the seat at {@code t} stands after a place preposition (and an optional article)
     * with a word of hosting or arriving shortly before, in the same sentence.
     */
    boolean hostedAtSeat(Tokens tokens, int t, int to, String language) {
        if (language == null || t == 0 || tokens.sentenceStart[t]) {
            return false;
        }
        int p = t - 1;
        if (articles.contains(tokens.key(p)) && !tokens.sentenceStart[p] && p > 0) {
            p--;
        }
        String preposition = tokens.key(p);
        if (!placePrepositions.getOrDefault(language, Set.of()).contains(preposition)
                && !seatPrepositions.getOrDefault(language, Set.of()).contains(preposition)) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - HOSTING_WINDOW && !tokens.sentenceStart[k + 1]; k--) {
            if (hostingWords.contains(tokens.key(k))) {
                return true;
            }
        }
        // "У Білому домі цього тижня приймали делегацію": the hosting word follows, in the same clause
        for (int k = to + 1; k < tokens.size && k <= to + HOSTING_AFTER_WINDOW
                && tokens.gapBefore[k] == Tokens.GAP_SPACE && !tokens.sentenceStart[k]; k++) {
            if (hostingWords.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of hosting an event follows the capital at {@code to} within two words:
     * "Séoul accueillera un prochain rendez-vous", "Baku hosted the summit" — the city as the venue.
     */
    boolean hostsAnEvent(Tokens tokens, int to) {
        for (int k = to + 1; k < tokens.size && k <= to + 2
                && tokens.gapBefore[k] == Tokens.GAP_SPACE && !tokens.sentenceStart[k]; k++) {
            if (venueWords.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a surname at {@code t} follows a capitalised word inside the sentence that is not a
     * title: a first name the gazetteer does not know ("Jill Biden"), so another person.
     */
    private boolean anotherPersonsFirstName(Tokens tokens, int t) {
        if (!precededByCapitalisedWord(tokens, t) || tokens.isAllCaps(t - 1)) {
            return false;
        }
        String previous = tokens.key(t - 1);
        if (titles.contains(previous)) {
            return false;
        }
        for (String suffix : titleSuffixes) {
            if (previous.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a common surname at {@code t} ({@code after-full}: Kim, Li, Duda) is followed by a
     * capitalised word, as in names written surname first ("Kim Min-jae", "Li Wei"). Not in German,
     * where every noun is capitalised.
     */
    private static boolean anotherPersonsGivenNames(Tokens tokens, int t, String language) {
        return !"de".equals(language) && followedByCapitalisedWord(tokens, t) && !tokens.isAllCaps(t + 1);
    }

    private static boolean followedByCapitalisedWord(Tokens tokens, int t) {
        return t + 1 < tokens.size && tokens.gapBefore[t + 1] == Tokens.GAP_SPACE
                && tokens.startsUpper(t + 1) && !tokens.isPossessive(t);
    }

    private static boolean precededByCapitalisedWord(Tokens tokens, int t) {
        return t > 0 && tokens.gapBefore[t] == Tokens.GAP_SPACE && !tokens.sentenceStart[t - 1]
                && tokens.startsUpper(t - 1);
    }

    private List<CountryTag> countryTags(Map<String, List<Span>> spans) {
        List<CountryTag> out = new ArrayList<>(spans.size());
        spans.forEach((code, s) -> out.add(new CountryTag(code, gazetteer.countries().get(code), s.size(), s)));
        out.sort(Comparator.comparingInt(CountryTag::mentions).reversed().thenComparing(CountryTag::code));
        return out;
    }

    private List<LeaderTag> leaderTags(Map<String, List<Span>> spans, LocalDate asOf) {
        List<LeaderTag> out = new ArrayList<>(spans.size());
        spans.forEach((id, s) -> {
            Leader l = gazetteer.leaders().get(id);
            out.add(new LeaderTag(id, l.name(), l.country(), l.roleOn(asOf), s.size(), s));
        });
        out.sort(Comparator.comparingInt(LeaderTag::mentions).reversed().thenComparing(LeaderTag::id));
        return out;
    }
}
