package org.reportstats.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.reportstats.index.Aggregates;
import org.reportstats.index.Fields;
import org.reportstats.index.Hit;
import org.reportstats.index.Hits;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.KeyStats;
import org.reportstats.index.QuerySyntaxException;
import org.reportstats.index.ReportQueryParser;
import org.reportstats.index.ReportStore;
import org.reportstats.index.SearchRequest;
import org.reportstats.index.SearchResult;
import org.reportstats.index.TrendKeys;

/**
 * Reads a Solr collection: searches with Solr's unified highlighter and a JSON terms facet per event, and
 * aggregates trends with JSON facets (exact: every bucket is returned and refined across shards).
 */
public final class SolrStore implements ReportStore {
    private final SolrEngine engine;
    private Map<String, IndexedReport> reports;

    SolrStore(SolrEngine engine) {
        this.engine = engine;
    }

    /** The pipeline fingerprint the collection was built with, or empty for an empty collection. */
    public Optional<String> pipeline() throws SolrEngineException {
        SolrDocument state = engine.call(() -> engine.client().getById(SolrFields.STATE_ID));
        return state == null ? Optional.empty() : Optional.of(SolrDocuments.text(state, SolrFields.PIPELINE));
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
        ReportQueryParser.parseUserQuery(request.query()); // the same syntax errors as locally, before any round trip
        String q = request.query().strip();
        SolrQuery query = new SolrQuery(q.isEmpty() || q.equals("*") ? "*:*" : q);
        query.set("defType", "lucene");
        query.set("q.op", "OR");
        query.set("sow", true);
        query.set("df", Fields.TEXT);
        query.addFilterQuery(Fields.DOC_TYPE + ":" + Fields.TYPE_SENTENCE);
        request.event().ifPresent(e -> query.addFilterQuery("{!field f=" + Fields.EVENT + "}" + e));
        request.year().ifPresent(y -> query.addFilterQuery(Fields.YEAR + ":" + y));
        request.tech().ifPresent(t -> query.addFilterQuery(term(request.families() ? Fields.FAMILY : Fields.TECH, t)));
        request.sentiment().ifPresent(label -> query.addFilterQuery(request.tech().isPresent() && !request.families()
                ? term(Fields.TARGET, request.tech().get() + "=" + label) : term(Fields.LABEL, label)));
        query.setRows(request.limit());
        query.set("sort", "score desc," + Fields.REPORT_ID + " asc," + Fields.POSITION + " asc");
        query.setFields(Fields.REPORT_ID, Fields.POSITION, Fields.TEXT, Fields.MENTIONS, Fields.SENTIMENT, Fields.LABEL, "score");
        query.set("hl", true);
        query.set("hl.method", "unified");
        query.set("hl.fl", Fields.TEXT);
        query.set("hl.bs.type", "WHOLE");
        query.set("hl.fragsize", 0);
        query.set("hl.tag.pre", Hits.MARK_START);
        query.set("hl.tag.post", Hits.MARK_END);
        query.set("hl.defaultSummary", false);
        query.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
        query.set("hl.usePhraseHighlighter", true);
        query.set("hl.requireFieldMatch", true); // as locally: author:jensen never marks "Jensen" in a sentence
        query.set("json.facet", "{events:{type:terms,field:" + Fields.EVENT_NAME + ",limit:-1,refine:true}}");
        QueryResponse response;
        try {
            response = engine.client().query(query, SolrRequest.METHOD.POST); // long queries and facets do not fit in a URL
        } catch (org.apache.solr.common.SolrException e) {
            if (e.code() == 400) {
                throw new QuerySyntaxException("cannot parse query: " + SolrEngine.reason(e).replaceFirst("^org\\.apache\\.solr\\.search\\.SyntaxError: ", ""));
            }
            throw engine.failure(e);
        } catch (Exception e) {
            throw engine.failure(e);
        }
        Map<String, IndexedReport> byId = reportsById();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String reportId = SolrDocuments.text(doc, Fields.REPORT_ID);
            int position = (int) SolrDocuments.number(doc, Fields.POSITION);
            List<String> marked = highlighting == null ? null
                    : highlighting.getOrDefault(SolrFields.sentenceDocId(reportId, position), Map.of()).get(Fields.TEXT);
            hits.add(Hits.hit(byId.get(reportId), ((Number) doc.getFieldValue("score")).floatValue(), position,
                    SolrDocuments.text(doc, Fields.TEXT), SolrDocuments.text(doc, Fields.MENTIONS),
                    marked == null || marked.isEmpty() ? null : marked.get(0),
                    ((Number) doc.getFirstValue(Fields.SENTIMENT)).doubleValue(), SolrDocuments.text(doc, Fields.LABEL), request));
        }
        Map<String, Integer> events = new LinkedHashMap<>();
        for (NamedList<Object> bucket : buckets(response.getResponse().get("facets"), "events")) {
            events.put(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).intValue());
        }
        return new SearchResult(request.query(), response.getResults().getNumFound(), hits, Hits.byCount(events));
    }

    @Override
    public List<IndexedReport> reports() throws IOException {
        return List.copyOf(reportsById().values());
    }

    private Map<String, IndexedReport> reportsById() throws SolrEngineException {
        if (reports == null) {
            Map<String, IndexedReport> byId = new LinkedHashMap<>();
            SolrSink.forEachDocument(engine, Fields.TYPE_REPORT, doc -> {
                IndexedReport r = SolrDocuments.reportOf(doc);
                byId.put(r.id(), r);
            });
            reports = byId;
        }
        return reports;
    }

    /**
     * One request: per compared key, a query facet over the sentences naming it, split by report (every
     * report, refined across shards), with the sums that trends needs; per pair of keys, the co-mentions.
     */
    @Override
    public Aggregates aggregate(TrendKeys keys) throws IOException {
        List<String> names = keys.keys();
        boolean family = keys.families();
        StringBuilder facet = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            String k = names.get(i);
            String units = SolrFields.units(k, family);
            String label = SolrFields.label(k, family);
            facet.append("k").append(i).append(":{type:query,q:\"").append(exists(k, family)).append("\",facet:{r:{")
                    .append(BY_REPORT).append(",facet:{m:\"sum(").append(SolrFields.mentions(k, family)).append(")\",")
                    .append("s:\"sum(").append(units).append(")\",ss:\"sumsq(").append(units).append(")\",")
                    .append("mx:\"max(").append(units).append(")\",mn:\"min(").append(units).append(")\",")
                    .append("pos:{type:query,q:\"").append(label).append(":positive\"},")
                    .append("neg:{type:query,q:\"").append(label).append(":negative\"}}}}},");
            for (int j = i + 1; keys.coMentions() && j < names.size(); j++) {
                facet.append("p").append(i).append('_').append(j).append(":{type:query,q:\"").append(exists(k, family))
                        .append(" AND ").append(exists(names.get(j), family)).append("\",facet:{r:{").append(BY_REPORT)
                        .append("}}},");
            }
        }
        facet.setLength(facet.length() - 1);
        facet.append('}');
        SolrQuery query = new SolrQuery("*:*").addFilterQuery(Fields.DOC_TYPE + ":" + Fields.TYPE_SENTENCE).setRows(0);
        query.set("json.facet", facet.toString());
        QueryResponse response = engine.call(() -> engine.client().query(query, SolrRequest.METHOD.POST));
        Object facets = response.getResponse().get("facets");

        Map<String, Map<String, KeyStats>> byReport = new HashMap<>();
        Map<String, long[][]> co = new HashMap<>();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            for (NamedList<Object> b : buckets(child(facets, "k" + i), "r")) {
                String report = String.valueOf(b.get("val"));
                long count = number(b.get("count"));
                long positive = number(child(b, "pos").get("count"));
                long negative = number(child(b, "neg").get("count"));
                byReport.computeIfAbsent(report, r -> new HashMap<>()).put(names.get(i), new KeyStats(number(b.get("m")), count,
                        number(b.get("s")), number(b.get("ss")), positive, count - positive - negative, negative,
                        (int) number(b.get("mx")), (int) number(b.get("mn"))));
                if (keys.coMentions()) {
                    co.computeIfAbsent(report, r -> new long[n][n])[i][i] = count;
                }
            }
            for (int j = i + 1; keys.coMentions() && j < n; j++) {
                for (NamedList<Object> b : buckets(child(facets, "p" + i + "_" + j), "r")) {
                    long[][] pairs = co.computeIfAbsent(String.valueOf(b.get("val")), r -> new long[n][n]);
                    pairs[i][j] = number(b.get("count"));
                    pairs[j][i] = pairs[i][j];
                }
            }
        }
        return new Aggregates(byReport, co);
    }

    /** Every report's bucket: no limit, so nothing is approximated; refine for good measure across shards. */
    private static final String BY_REPORT = "type:terms,field:" + Fields.REPORT_ID + ",limit:-1,refine:true";

    private static String exists(String key, boolean family) {
        return SolrFields.mentions(key, family) + ":[* TO *]";
    }

    @Override
    public Optional<StoredSentence> sentenceWithTone(String reportId, String key, TrendKeys keys, int units) throws IOException {
        SolrQuery query = new SolrQuery(term(Fields.REPORT_ID, reportId))
                .addFilterQuery(Fields.DOC_TYPE + ":" + Fields.TYPE_SENTENCE)
                .addFilterQuery(term(SolrFields.units(key, keys.families()), Integer.toString(units)))
                .setRows(1).setFields(Fields.TEXT, Fields.REPORT_ID);
        query.set("sort", Fields.POSITION + " asc");
        QueryResponse response = engine.call(() -> engine.client().query(query, SolrRequest.METHOD.POST));
        if (response.getResults().isEmpty()) {
            return Optional.empty();
        }
        SolrDocument doc = response.getResults().get(0);
        return Optional.of(new StoredSentence(SolrDocuments.text(doc, Fields.TEXT), SolrDocuments.text(doc, Fields.REPORT_ID)));
    }

    /** A query for exactly this value of a string field, whatever characters it holds. */
    private static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    @SuppressWarnings("unchecked")
    private static NamedList<Object> child(Object facets, String name) {
        Object value = facets == null ? null : ((NamedList<Object>) facets).get(name);
        return value == null ? new NamedList<>() : (NamedList<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<NamedList<Object>> buckets(Object facets, String name) {
        Object buckets = child(facets, name).get("buckets");
        return buckets == null ? List.of() : (List<NamedList<Object>>) buckets;
    }

    private static long number(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue());
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
