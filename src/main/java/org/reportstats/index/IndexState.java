package org.reportstats.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.reportstats.ingest.CorpusFile;
import org.reportstats.ingest.CorpusListing;

/** The reports a committed index holds and the pipeline that built it; tells whether the corpus moved on. */
public record IndexState(Map<String, IndexedReport> reports, Map<String, SkippedFile> skipped,
                         Map<String, String> commitData) {
    public static final IndexState EMPTY = new IndexState(Map.of(), Map.of(), Map.of());

    public IndexState {
        reports = Map.copyOf(reports);
        skipped = Map.copyOf(skipped);
        commitData = Map.copyOf(commitData);
    }

    static IndexState read(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_REPORT)), Math.max(1, reader.maxDoc()));
        StoredFields stored = reader.storedFields();
        Map<String, IndexedReport> reports = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            IndexedReport r = IndexedReport.fromDocument(doc);
            reports.put(r.id(), r);
        }
        Map<String, SkippedFile> skipped = new HashMap<>();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_SKIPPED)),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            SkippedFile f = SkippedFile.fromDocument(stored.document(sd.doc));
            skipped.put(f.id(), f);
        }
        return new IndexState(reports, skipped, reader.getIndexCommit().getUserData());
    }

    /** True when the index was built by this pipeline from exactly these files as they are now. */
    public boolean isCurrentFor(CorpusListing listing, String pipelineFingerprint) {
        if (!pipelineFingerprint.equals(commitData.get(Fields.COMMIT_PIPELINE))) {
            return false;
        }
        if (listing.files().size() != reports.size() + skipped.size()) {
            return false;
        }
        for (CorpusFile f : listing.files()) {
            if (!unchanged(f)) {
                return false;
            }
        }
        return true;
    }

    /** The file is indexed, or known to be unreadable, in exactly its current size and time. */
    boolean unchanged(CorpusFile f) {
        IndexedReport r = reports.get(f.id());
        if (r != null) {
            return r.size() == f.size() && r.lastModified() == f.lastModified();
        }
        SkippedFile s = skipped.get(f.id());
        return s != null && s.size() == f.size() && s.lastModified() == f.lastModified();
    }
}
