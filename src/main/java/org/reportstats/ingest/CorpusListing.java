package org.reportstats.ingest;

import java.util.List;

/** The reports a corpus walk found, and the files it passed over with the reason for each. */
public record CorpusListing(List<CorpusFile> files, List<Notice> skipped) {
    public CorpusListing {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** A file or folder that was not read, with a one-line reason. */
    public record Notice(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }
}
