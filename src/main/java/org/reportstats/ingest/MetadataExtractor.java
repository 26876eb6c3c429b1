package org.reportstats.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a report's metadata from, in order of trust: front matter, HTML meta tags, then heuristics on the
 * title, the first and last lines and the file name. Fields that came from heuristics are marked guessed.
 */
final class MetadataExtractor {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(" + MONTHS + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(20[0-3]\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(20[0-3]\\d-\\d{2}(?:-\\d{2})?)\\b");
    private static final String NAME = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3})";
    private static final Pattern BY_LINE = Pattern.compile("^(?:by|author:|written by)\\s+" + NAME, Pattern.CASE_INSENSITIVE);
    /** "Jonas Berg, March 2017" as a byline. */
    private static final Pattern NAME_COMMA_DATE = Pattern.compile("^" + NAME + ",\\s+(?:" + MONTHS + ")", Pattern.CASE_INSENSITIVE);
    /** "– Maria Jensen, December 2018" or "-- Maria" as a signature. */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[-–—]{1,2}|~)\\s*" + NAME + "(?:,.*)?$");
    private static final int HEADER_LINES = 4;
    /** A first line longer than this is prose, not a title. */
    private static final int MAX_TITLE_LINE = 160;
    /** Titles are repeated on every sentence of the index: keep them bounded whatever the source says. */
    private static final int MAX_TITLE = 300;

    /** What a file offers besides its prose. */
    record Sources(String relativePath, Map<String, String> frontMatter, Optional<String> htmlTitle,
                   Optional<String> heading, Optional<String> metaAuthor, Optional<String> metaDate,
                   List<String> firstLines, List<String> lastLines) {
    }

    private MetadataExtractor() {
    }

    static ReportMetadata extract(Sources in, List<String> warnings) {
        Set<String> guessed = new HashSet<>();
        Map<String, String> fm = in.frontMatter();
        String fileStem = stem(in.relativePath());
        String header = String.join("\n", in.firstLines());

        String title = capped(firstPresent(fm.get("title"), in.htmlTitle().orElse(null), in.heading().orElse(null))
                .orElseGet(() -> {
                    guessed.add("title");
                    // a first line that reads like prose is not a title; the file name is a better one
                    boolean titleLine = !in.firstLines().isEmpty() && in.firstLines().get(0).length() <= MAX_TITLE_LINE;
                    return titleLine ? in.firstLines().get(0) : humanise(fileStem);
                }));

        Optional<EventDate> date = declaredDate(fm.get("date"), "front matter", warnings)
                .or(() -> declaredDate(in.metaDate().orElse(null), "meta tag", warnings));
        if (date.isEmpty()) {
            date = dateIn(header).or(() -> dateIn(String.join("\n", in.lastLines())));
            date.ifPresent(d -> guessed.add("date"));
        }

        String location = fm.get("location");
        if (location == null || location.isBlank()) {
            location = EventCatalog.findCity(title + "\n" + header + "\n" + fileStem.replace('-', ' ')).orElse(null);
            if (location != null) {
                guessed.add("location");
            }
        }

        Optional<Integer> yearHint = date.map(EventDate::year);
        String declaredEvent = fm.get("event");
        Event event;
        if (declaredEvent != null && !declaredEvent.isBlank()) {
            event = EventCatalog.recognise(declaredEvent, yearHint, location).orElseGet(() -> EventCatalog.verbatim(declaredEvent));
        } else {
            final String where = location;
            event = EventCatalog.recognise(title, yearHint, where)
                    .or(() -> EventCatalog.recognise(header, yearHint, where))
                    .or(() -> EventCatalog.recognise(fileStem.replace('-', ' ').replace('_', ' '), yearHint, where))
                    .orElse(Event.UNKNOWN);
            guessed.add("event");
        }
        if (date.isEmpty()) {
            date = yearOf(event);
            date.ifPresent(d -> guessed.add("date"));
        }

        String author = firstPresent(fm.get("author"), in.metaAuthor().orElse(null)).orElseGet(() -> {
            guessed.add("author");
            return authorIn(in.firstLines(), in.lastLines()).orElse(ReportMetadata.UNKNOWN);
        });
        return new ReportMetadata(title.strip(), event, date, location, author, guessed);
    }

    private static String capped(String title) {
        String flat = title.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_TITLE ? flat : flat.substring(0, MAX_TITLE - 1) + "…";
    }

    private static Optional<EventDate> declaredDate(String value, String source, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<EventDate> parsed = EventDate.parseIso(value);
        if (parsed.isEmpty()) {
            warnings.add("date '" + value + "' in " + source + " is not a valid YYYY-MM-DD date; ignored");
        }
        return parsed;
    }

    private static Optional<EventDate> dateIn(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            Optional<EventDate> d = EventDate.parseIso(iso.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(new EventDate(Integer.parseInt(m.group(2)), monthNumber(m.group(1)), 0));
        }
        return Optional.empty();
    }

    private static Optional<EventDate> yearOf(Event event) {
        Matcher m = Pattern.compile("\\b(20[0-3]\\d)\\b").matcher(event.name());
        return m.find() ? Optional.of(EventDate.ofYear(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private static int monthNumber(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }

    private static Optional<String> authorIn(List<String> firstLines, List<String> lastLines) {
        for (String line : firstLines.subList(Math.min(1, firstLines.size()), firstLines.size())) {
            for (Pattern p : List.of(BY_LINE, NAME_COMMA_DATE)) {
                Matcher m = p.matcher(line.strip());
                if (m.find()) {
                    return Optional.of(m.group(1).strip());
                }
            }
        }
        for (int i = lastLines.size() - 1; i >= 0; i--) {
            Matcher m = SIGNATURE.matcher(lastLines.get(i).strip());
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    private static String stem(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String humanise(String stem) {
        return stem.replace('-', ' ').replace('_', ' ').strip();
    }

    static int headerLineCount() {
        return HEADER_LINES;
    }
}
