package io.newsstream.tag;

import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the leader tests read out of a {@link Tags}: mentions per leader, one leader's tag, span texts. */
final class TagViews {

    private TagViews() {
    }

    /** Leader id → number of mentions. */
    static Map<String, Integer> leaderMentions(Tags tags) {
        return tags.leaders().stream().collect(Collectors.toMap(LeaderTag::id, LeaderTag::mentions));
    }

    /** The tag of leader {@code id}; fails the test when the leader was not tagged. */
    static LeaderTag leader(Tags tags, String id, String text) {
        return tags.leaders().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not tagged in: " + text));
    }

    /** The text each span covers, in order. */
    static List<String> spanTexts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
