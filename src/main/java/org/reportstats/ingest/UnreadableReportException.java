package org.reportstats.ingest;

/** A file that cannot be read as a report; the message is the one-line reason shown to the user. */
public final class UnreadableReportException extends Exception {
    public UnreadableReportException(String reason) {
        super(reason);
    }
}
