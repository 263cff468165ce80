package io.newsstream.tag;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A political leader from the gazetteer.
 *
 * @param id         stable id, e.g. {@code vladimir-putin}
 * @param name       English name
 * @param country    ISO 3166-1 alpha-2 code of the country led
 * @param terms      the roles held, ordered by start
 * @param provenance where the facts come from and the snapshot date
 */
public record Leader(String id, String name, String country, List<Term> terms, String provenance) {

    private static final String FORMER = "former-";

    public Leader {
        terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
    }

    /**
     * The role held on {@code day}: the role whose term covers the day (the latest-started if
     * several); else {@code former-<role>} of the last term that ended before the day; null when
     * the day precedes every term. With a null day, the role of the latest term.
     */
    public String roleOn(LocalDate day) {
        if (terms.isEmpty()) {
            return null;
        }
        if (day == null) {
            return terms.get(terms.size() - 1).role();
        }
        Term current = null;
        Term ended = null;
        for (Term t : terms) {
            if (t.covers(day)) {
                current = t;
            } else if (t.end() != null && !t.end().isAfter(day)
                    && (ended == null || t.end().isAfter(ended.end()))) {
                ended = t;
            }
        }
        if (current != null) {
            return current.role();
        }
        return ended == null ? null : FORMER + ended.role();
    }
}
