package org.reportstats.index;

/** A query the parser cannot read; the message says what and where, on one line. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
