package org.reportstats.index;

/** Another process is writing to the index. */
public final class IndexLockedException extends Exception {
    public IndexLockedException(String message) {
        super(message);
    }
}
