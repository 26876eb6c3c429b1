package org.reportstats.index;

import java.util.List;
import org.reportstats.ingest.CorpusListing;

/**
 * The outcome of bringing the index up to date with the corpus.
 *
 * @param processed reports read and analysed in this run (new or changed), for the metadata table
 * @param unchanged reports whose content was already indexed
 * @param removed   reports whose files are gone
 * @param skipped   files passed over, with reasons
 * @param rebuilt   true when the whole index was rebuilt (asked for, or the pipeline changed)
 */
public record IndexSummary(List<IndexedReport> processed, int added, int updated, int unchanged, int removed,
                           List<CorpusListing.Notice> skipped, int sentences, int totalReports, boolean rebuilt,
                           long millis) {
    public IndexSummary {
        processed = List.copyOf(processed);
        skipped = List.copyOf(skipped);
    }

}
