package io.newsstream.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words around a name that decide whether the {@link Tagger} counts it: prepositions that make
 * a capital a place, words of hosting that make a seat a building, titles before a surname, and
 * the other lists of {@link WordList}. Read from the {@code context} records of the gazetteer data
 * (bundled: {@code context-words.tsv}; format and the meaning of each list in
 * {@code src/main/resources/gazetteer/README.md}) by {@link Gazetteer.Builder}, and immutable.
 */
final class ContextWords {

    /** The lists the tagger's context rules read, each with its name in the data. */
    enum WordList {
        PLACE_PREPOSITIONS("place-prepositions", true),
        DATIVE_PREPOSITIONS("dative-prepositions", true),
        DATIVE_HEADS("dative-heads", true),
        SEAT_PREPOSITIONS("seat-prepositions", true),
        ARTICLES("articles", false),
        HOSTING_WORDS("hosting-words", false),
        VENUE_WORDS("venue-words", false),
        // the rule is English grammar ("the streets of Madrid"), so other languages' words would do nothing
        CITY_PARTS("city-parts", true, "en"),
        CONJUNCTIONS("conjunctions", false),
        TITLES("titles", false),
        TITLE_SUFFIXES("title-suffixes", false);

        private final String dataName;
        private final boolean perLanguage;
        private final Set<String> onlyLanguages;

        WordList(final String dataName, final boolean perLanguage, final String... onlyLanguages) {
            this.dataName = dataName;
            this.perLanguage = perLanguage;
            this.onlyLanguages = Set.of(onlyLanguages);
        }

        /** The list's name in the data files ({@code hosting-words}). */
        String dataName() {
            return dataName;
        }

        /**
         * True when a word counts only in articles of its own language; false when it counts in
         * articles of every language (the language column then only says where the word comes from).
         */
        boolean perLanguage() {
            return perLanguage;
        }

        static WordList byDataName(final String name) {
            for (final WordList list : values()) {
                if (list.dataName.equals(name)) {
                    return list;
                }
            }
            return null;
        }
    }

    private final Map<WordList, Map<String, Set<String>>> byLanguage;
    private final Map<WordList, Set<String>> anyLanguage;

    private ContextWords(final Map<WordList, Map<String, Set<String>>> byLanguage,
                         final Map<WordList, Set<String>> anyLanguage) {
        this.byLanguage = byLanguage;
        this.anyLanguage = anyLanguage;
    }

    /**
     * Language code → the list's words of that language (languages without words are absent).
     *
     * @throws IllegalArgumentException for a list whose words count in every language
     */
    Map<String, Set<String>> byLanguage(final WordList list) {
        if (!list.perLanguage) {
            throw new IllegalArgumentException(list.dataName + " counts in articles of any language: use inAnyLanguage");
        }
        return byLanguage.get(list);
    }

    /** The list's words of every language together. */
    Set<String> inAnyLanguage(final WordList list) {
        return anyLanguage.get(list);
    }

    /**
     * True when {@code word} is written the way the tagger compares it with a word of a text: one
     * token whose matching key is the word itself (lower case, {@code '} for every apostrophe,
     * {@code е} for {@code ё}, no elided article in front). Any other word could never match.
     */
    static boolean isMatchingKey(final String word) {
        final Tokens tokens = Tokens.of(word);
        return tokens.size == 1 && tokens.start[0] == 0 && tokens.end[0] == word.length()
                && tokens.key(0).equals(word);
    }

    /** Collects {@code context} records in load order; {@link #build(Set)} checks their languages. */
    static final class Builder {
        /** list → language → word → where it was read ({@code file:line}), in load order. */
        private final Map<WordList, Map<String, Map<String, String>>> words = new EnumMap<>(WordList.class);

        /**
         * Adds one word; {@code where} ({@code file:line}) names the record in errors.
         *
         * @throws GazetteerException for an unknown list, a language the list is not read in, a word
         *                            that can never match, or a word already in the list
         */
        void add(final String listName, final String language, final String word, final String where) {
            final WordList list = WordList.byDataName(listName);
            if (list == null) {
                throw new GazetteerException(where + ": unknown context word list '" + listName + "' (known: "
                        + Arrays.stream(WordList.values()).map(WordList::dataName).collect(Collectors.joining(", ")) + ")");
            }
            if (!list.onlyLanguages.isEmpty() && !list.onlyLanguages.contains(language)) {
                throw new GazetteerException(where + ": list " + listName + " is read only for " + list.onlyLanguages
                        + ", not for '" + language + "'");
            }
            if (!isMatchingKey(word)) {
                throw new GazetteerException(where + ": '" + word + "' can never match a word of a text: write one word"
                        + " in lower case, with ' for an apostrophe and е for ё");
            }
            final String first = words.computeIfAbsent(list, k -> new LinkedHashMap<>())
                    .computeIfAbsent(language, k -> new LinkedHashMap<>())
                    .putIfAbsent(word, where);
            if (first != null) {
                throw new GazetteerException(where + ": '" + word + "' is already in " + listName + " for " + language
                        + " (" + first + ")");
            }
        }

        /**
         * The immutable lists.
         *
         * @param languages the languages the gazetteer has names in; a word of any other language is
         *                  an error (a typo like {@code ed}, or {@code mul})
         * @throws GazetteerException naming every record whose language is not one of {@code languages}
         */
        ContextWords build(final Set<String> languages) {
            final List<String> errors = new ArrayList<>();
            final Map<WordList, Map<String, Set<String>>> byLanguage = new EnumMap<>(WordList.class);
            final Map<WordList, Set<String>> anyLanguage = new EnumMap<>(WordList.class);
            for (final WordList list : WordList.values()) {
                final Map<String, Set<String>> perLanguage = new HashMap<>();
                final Set<String> all = new HashSet<>();
                words.getOrDefault(list, Map.of()).forEach((language, forms) -> {
                    if (!languages.contains(language)) {
                        forms.values().forEach(where -> errors.add(where + ": unknown language '" + language
                                + "' (the gazetteer has names in " + languages.stream().sorted().toList() + ")"));
                        return;
                    }
                    perLanguage.put(language, Set.copyOf(forms.keySet()));
                    all.addAll(forms.keySet());
                });
                byLanguage.put(list, Map.copyOf(perLanguage));
                anyLanguage.put(list, Set.copyOf(all));
            }
            if (!errors.isEmpty()) {
                throw new GazetteerException(errors.size() + " bad context word(s):\n  " + String.join("\n  ", errors));
            }
            return new ContextWords(Map.copyOf(byLanguage), Map.copyOf(anyLanguage));
        }
    }
}
