package org.reportstats.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to year, month or day precision; prints as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 * Month and day are 0 when unknown.
 */
public record EventDate(int year, int month, int day) implements Comparable<EventDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public EventDate {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws DateTimeException for 2017-02-30
        }
    }

    public static EventDate ofYear(int year) {
        return new EventDate(year, 0, 0);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, optionally followed by a time.
     * Empty when the text is not such a date or names an impossible one (2017-13-45).
     */
    public static Optional<EventDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int timeAt = trimmed.indexOf('T');
        if (timeAt < 0) {
            timeAt = trimmed.indexOf(' ');
        }
        Matcher m = ISO.matcher(timeAt > 0 ? trimmed.substring(0, timeAt) : trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new EventDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(EventDate other) {
        return Integer.compare(sortKey(), other.sortKey());
    }

    /** yyyymmdd with unknown parts as 0, so a bare year sorts before its months. */
    public int sortKey() {
        return year * 10000 + month * 100 + day;
    }

    @Override
    public String toString() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
