package org.reportstats.index;

import org.reportstats.ingest.CorpusListing;

/** What an indexing run reports while it works: for progress bars and warnings. */
public interface IndexListener {
    /** {@code toRead} files need reading (the others are unchanged). */
    default void started(int toRead) {
    }

    /** One file done (indexed, unchanged or skipped). */
    default void fileDone(String id) {
    }

    default void warning(String id, String message) {
    }

    default void skipped(CorpusListing.Notice notice) {
    }

    IndexListener SILENT = new IndexListener() {
    };
}
