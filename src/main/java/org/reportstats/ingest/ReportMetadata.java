package org.reportstats.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a report is about. {@code guessed} names the fields inferred by heuristics rather than declared
 * in front matter or HTML meta tags, so that {@code index} can flag them.
 */
public record ReportMetadata(String title, Event event, Optional<EventDate> date, String location,
                             String author, Set<String> guessed) {
    public static final String UNKNOWN = "";

    public ReportMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        location = location == null ? UNKNOWN : location;
        author = author == null ? UNKNOWN : author;
        guessed = Set.copyOf(guessed);
    }

    public String dateText() {
        return date.map(EventDate::toString).orElse("");
    }
}
