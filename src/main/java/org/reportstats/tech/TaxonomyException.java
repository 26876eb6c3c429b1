package org.reportstats.tech;

/** A taxonomy file that cannot be used; the message names the file and line. */
public final class TaxonomyException extends Exception {
    public TaxonomyException(String message) {
        super(message);
    }
}
