package io.newsstream.tag;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Thread-safe: the gazetteer is immutable and each call keeps its state on the stack.
 */
public final class Tagger {

    private final Gazetteer gazetteer;

    public Tagger(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
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
                        if (!fits(e, tokens, i, j, fullyNamed)) {
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

    private static boolean fits(Entry e, Tokens tokens, int from, int to, Set<String> fullyNamed) {
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
        if (e.noStart() && tokens.sentenceStart[from]) {
            return false;
        }
        if (e.noName() && (followedByCapitalisedWord(tokens, to) || precededByCapitalisedWord(tokens, from))) {
            return false; // "Georgia Smith", "Michael Jordan": a person's name, not the country
        }
        return !e.isAfterFull() || fullyNamed.contains(e.targetId());
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
