package io.newsstream.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * One inflection class of one language: the ending its lemmas carry in the citation form and the
 * endings of each grammatical slot (for Russian: nominative, genitive, dative, accusative,
 * instrumental, prepositional). A slot may allow several endings ({@code ой,ою}).
 *
 * <p>Multi-word names inflect in agreement: {@code Северная Корея} in slot "genitive" becomes
 * {@code Северной Кореи}, never {@code Северная Кореи}. A one-slot paradigm (demonym adjectives,
 * which carry every gender/case form) and indeclinable words fit any slot.
 *
 * @param language  ISO 639-1 code
 * @param name      class name used in the data files, e.g. {@code ru-a}
 * @param lemmaEnding the ending the lemma must end with; it is replaced by the slot endings
 * @param slots     per slot, the allowed endings
 */
record Paradigm(String language, String name, String lemmaEnding, List<List<String>> slots) {

    static final String INDECLINABLE = "-";

    Paradigm {
        slots = slots.stream().map(List::copyOf).toList();
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("paradigm " + name + " has no slots");
        }
    }

    /** The stem of {@code lemma} (lemma minus the lemma ending); throws if the lemma does not fit this class. */
    String stem(String lemma) {
        if (!lemma.endsWith(lemmaEnding)) {
            throw new IllegalArgumentException("'" + lemma + "' does not end with '" + lemmaEnding
                    + "' required by class " + name);
        }
        return lemma.substring(0, lemma.length() - lemmaEnding.length());
    }

    /** The forms of {@code lemma} in slot {@code slot} (the only slot when there is one). */
    List<String> forms(String lemma, int slot) {
        String stem = stem(lemma);
        List<String> endings = slots.size() == 1 ? slots.get(0) : slots.get(slot);
        List<String> out = new ArrayList<>(endings.size());
        for (String ending : endings) {
            out.add(stem + ending);
        }
        return out;
    }

    /** Every form of {@code lemma} across all slots, without duplicates, lemma first. */
    List<String> allForms(String lemma) {
        List<String> out = new ArrayList<>();
        out.add(lemma);
        for (int s = 0; s < slots.size(); s++) {
            for (String f : forms(lemma, s)) {
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
