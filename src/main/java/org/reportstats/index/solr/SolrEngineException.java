package org.reportstats.index.solr;

/**
 * A problem with the Solr cluster, said in the user's words (unreachable, no collection, not allowed): an
 * IOException, so that it travels through the engine-neutral interfaces, and is printed as one line.
 */
public final class SolrEngineException extends java.io.IOException {
    public SolrEngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public SolrEngineException(String message) {
        super(message);
    }
}
