package org.reportstats.analysis;

import java.util.Locale;

/** What a trend row groups by. */
public enum Period {
    EVENT, YEAR, AUTHOR, REPORT;

    /** The CSV column naming the period; {@code event} also has {@code event_date}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
