package org.reportstats.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The reading side of an engine: the local Lucene index ({@link ReportSearcher}) or a Solr collection. Both
 * hold the same documents, built by the same analysis, and answer with the same values.
 */
public interface ReportStore extends AutoCloseable {

    SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException;

    /** Every report, with its metadata and word count. */
    List<IndexedReport> reports() throws IOException;

    /** Per report and compared key: mentions and tone statistics, plus co-mention counts. */
    Aggregates aggregate(TrendKeys keys) throws IOException;

    /**
     * The first sentence (by position) of {@code reportId} whose tone about {@code key} is exactly
     * {@code units}: the evidence quoted beside a trend.
     */
    Optional<StoredSentence> sentenceWithTone(String reportId, String key, TrendKeys keys, int units) throws IOException;

    @Override
    void close() throws IOException;

    /** A sentence's text and the report it comes from. */
    record StoredSentence(String text, String reportId) {
    }
}
