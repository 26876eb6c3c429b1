package org.reportstats.index.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.reportstats.index.Fields;
import org.reportstats.index.IndexState;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.ReportSink;
import org.reportstats.index.SkippedFile;
import org.reportstats.nlp.AnalyzedSentence;

/**
 * Writes reports into a Solr collection in batches of {@value #BATCH} documents, so memory stays bounded
 * however big the corpus. A report's sentences go before its report document, and the state document with
 * the pipeline fingerprint goes last, so that an interrupted run is redone by the next one; nothing is
 * visible to searches before the final commit.
 */
public final class SolrSink implements ReportSink {
    static final int BATCH = 1000;
    private static final int PAGE = 1000;

    private final SolrEngine engine;
    private final SolrDocuments documents;
    private final List<SolrInputDocument> pending = new ArrayList<>();

    SolrSink(SolrEngine engine, SolrDocuments documents) {
        this.engine = engine;
        this.documents = documents;
    }

    @Override
    public IndexState currentState() throws SolrEngineException {
        Map<String, String> commitData = new HashMap<>();
        SolrDocument state = engine.call(() -> engine.client().getById(SolrFields.STATE_ID));
        if (state != null) {
            commitData.put(Fields.COMMIT_PIPELINE, SolrDocuments.text(state, SolrFields.PIPELINE));
            commitData.put(Fields.COMMIT_SCHEMA, SolrDocuments.text(state, SolrFields.SCHEMA));
        }
        Map<String, IndexedReport> reports = new HashMap<>();
        forEachDocument(engine, Fields.TYPE_REPORT, doc -> {
            IndexedReport r = SolrDocuments.reportOf(doc);
            reports.put(r.id(), r);
        });
        Map<String, SkippedFile> skipped = new HashMap<>();
        forEachDocument(engine, Fields.TYPE_SKIPPED, doc -> {
            SkippedFile f = SolrDocuments.skippedOf(doc);
            skipped.put(f.id(), f);
        });
        return new IndexState(reports, skipped, commitData);
    }

    /** Pages through every document of a type with a cursor (deep paging that stays cheap). */
    static void forEachDocument(SolrEngine engine, String type, java.util.function.Consumer<SolrDocument> visitor)
            throws SolrEngineException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(Fields.DOC_TYPE + ":" + type).setRows(PAGE)
                    .setSort(SolrFields.ID, SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = engine.call(() -> engine.client().query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
            page.getResults().forEach(visitor);
            String next = page.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    @Override
    public void deleteAll() throws SolrEngineException {
        flush();
        engine.call(() -> engine.client().deleteByQuery("*:*"));
    }

    @Override
    public void deleteReport(String id) throws SolrEngineException {
        flush();
        engine.call(() -> engine.client().deleteByQuery("{!term f=" + Fields.REPORT_ID + "}" + id));
    }

    @Override
    public void addReport(IndexedReport report, List<AnalyzedSentence> sentences) throws SolrEngineException {
        for (AnalyzedSentence s : sentences) {
            add(documents.sentence(report, s));
        }
        add(documents.report(report));
    }

    @Override
    public void replaceReportDocument(IndexedReport report) throws SolrEngineException {
        add(documents.report(report));
    }

    @Override
    public void addSkipped(SkippedFile file) throws SolrEngineException {
        add(documents.skipped(file));
    }

    @Override
    public void commit(Map<String, String> commitData) throws SolrEngineException {
        flush();
        engine.call(() -> engine.client().add(SolrDocuments.state(commitData)));
        engine.call(() -> engine.client().commit(true, true));
    }

    private void add(SolrInputDocument doc) throws SolrEngineException {
        List<SolrInputDocument> batch = null;
        synchronized (pending) {
            pending.add(doc);
            if (pending.size() >= BATCH) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (batch != null) {
            send(batch);
        }
    }

    private void flush() throws SolrEngineException {
        List<SolrInputDocument> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
    }

    private void send(List<SolrInputDocument> batch) throws SolrEngineException {
        engine.call(() -> engine.client().add(batch));
    }

    /** Uncommitted batches stay invisible; the next run redoes what this one did not finish. */
    @Override
    public void close() {
        synchronized (pending) {
            pending.clear();
        }
    }
}
