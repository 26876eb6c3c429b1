package org.reportstats.index;

/** The index files cannot be read; rebuilding fixes it. */
public final class IndexDamagedException extends Exception {
    public IndexDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
