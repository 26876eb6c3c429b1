package org.reportstats.report;

/** The formats a command can print to standard output. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
