package org.reportstats.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.reportstats.nlp.AnalyzedSentence;

/**
 * The writing side of an engine, driven by {@link CorpusSync}. Reports are analysed in parallel, so every
 * method but {@link #commit} and {@link #close} may be called from several threads at once.
 */
public interface ReportSink extends AutoCloseable {

    /** What the engine holds now: reports, remembered unreadable files, and the pipeline that built them. */
    IndexState currentState() throws IOException;

    void deleteAll() throws IOException;

    /** Removes every document of a report (or of a remembered unreadable file). */
    void deleteReport(String id) throws IOException;

    /** Adds a report's documents: its report document and one per sentence (old ones are deleted first). */
    void addReport(IndexedReport report, List<AnalyzedSentence> sentences) throws IOException;

    /** Replaces only the report document, for a file whose content did not change (new time stamp). */
    void replaceReportDocument(IndexedReport report) throws IOException;

    /** Adds the note that a file cannot be read (its old documents are deleted first). */
    void addSkipped(SkippedFile file) throws IOException;

    /** Makes everything written visible, with the pipeline fingerprint and schema version. */
    void commit(Map<String, String> commitData) throws IOException;

    /** Ends the session; what was not committed is discarded where the engine can (locally: always). */
    @Override
    void close() throws IOException;
}
