package io.newsstream.tag;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period a leader held one role: {@code [start, end)}; {@code end} null while the term lasts.
 * The end date is exclusive, so on a hand-over day the successor holds the role.
 */
public record Term(String role, LocalDate start, LocalDate end) {
    public Term {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("term of " + role + " ends " + end + " before it starts " + start);
        }
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    boolean overlaps(Term other) {
        boolean thisEndsBefore = end != null && !end.isAfter(other.start);
        boolean otherEndsBefore = other.end != null && !other.end.isAfter(start);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
