package io.newsstream.normalize;

import io.newsstream.model.InvalidArticleException;
import io.newsstream.model.RawArticle;
import io.newsstream.model.RejectReason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalized body of an article and the date its leading {@code date YYYY-MM-DD} marker gave, if any.
 * The text is {@code text} (or {@code html} converted to text when there is no text), cleaned by
 * {@link TextCleaner}, without the marker and without {@link Boilerplate} lines, paragraphs separated by
 * one blank line.
 */
public record ArticleBody(String text, Optional<LocalDate> markerDate) {
    /** {@code date 2025-08-13} (optionally {@code date: }) at the very start, then space, a line end or the end. */
    private static final Pattern DATE_MARKER = Pattern.compile(
            "^(?i:date)(?:\\s*:\\s*|\\s+)(\\d{4})-(\\d{2})-(\\d{2})(?: |$)");

    /** Throws {@link RejectReason#MISSING_TEXT} when nothing is left after clean-up. */
    public static ArticleBody of(final RawArticle raw) throws InvalidArticleException {
        final String source = raw.text() != null && !raw.text().isBlank() ? raw.text()
                : raw.html() != null ? HtmlText.toText(raw.html()) : "";
        final List<String> lines = new ArrayList<>(TextCleaner.lines(source));
        final Optional<LocalDate> markerDate = removeDateMarker(lines);
        final Boilerplate boilerplate = Boilerplate.standard();
        lines.removeIf(boilerplate::isBoilerplate);
        final String text = TextCleaner.joinParagraphs(lines);
        if (text.isEmpty()) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "the article has no text left after "
                    + "clean-up (markup, invisible characters and boilerplate lines removed)");
        }
        return new ArticleBody(text, markerDate);
    }

    /** Removes the marker from the first non-empty line and returns its date; a marker with an impossible date is kept as text. */
    private static Optional<LocalDate> removeDateMarker(final List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            final Matcher m = DATE_MARKER.matcher(line);
            if (!m.find()) {
                return Optional.empty();
            }
            final LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (final DateTimeException e) {
                return Optional.empty();
            }
            lines.set(i, line.substring(m.end()).strip());
            return Optional.of(date);
        }
        return Optional.empty();
    }
}
