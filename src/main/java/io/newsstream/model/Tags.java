package io.newsstream.model;

import java.util.List;

/** What the tagger found in one text: countries and leaders, each ordered by mentions, then code/id. */
public record Tags(List<CountryTag> countries, List<LeaderTag> leaders) {
    public static final Tags NONE = new Tags(List.of(), List.of());

    public Tags {
        countries = List.copyOf(countries);
        leaders = List.copyOf(leaders);
    }
}
