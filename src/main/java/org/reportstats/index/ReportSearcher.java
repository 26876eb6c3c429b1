package org.reportstats.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.ingest.Span;
import org.reportstats.tech.Mention;
import org.reportstats.text.Tokens;

/** Answers searches over the sentence documents of a committed index. */
public final class ReportSearcher implements ReportStore {
    private static final int MAX_EVENTS = 1000;
    /** Best first; equal scores in report and sentence order, so that every engine lists hits alike. */
    private static final Sort HIT_ORDER = new Sort(SortField.FIELD_SCORE, new SortField(Fields.REPORT_ID, SortField.Type.STRING),
            new SortField(Fields.POSITION, SortField.Type.INT));

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private Map<String, IndexedReport> reportCache;

    private ReportSearcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the last commit of the index; a concurrent writer's uncommitted work is not seen. */
    public static ReportSearcher open(Path indexDir) throws IOException, IndexDamagedException {
        IndexLocation.checkUsable(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        try {
            return new ReportSearcher(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw IndexLocation.damaged(indexDir, e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
        Query userQuery = ReportQueryParser.parseUserQuery(request.query(), this::sentencesOfReportsMatching);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(userQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_SENTENCE)), BooleanClause.Occur.FILTER);
        request.event().ifPresent(e -> b.add(eventQuery(e), BooleanClause.Occur.FILTER));
        request.year().ifPresent(y -> b.add(IntPoint.newExactQuery(Fields.YEAR, y), BooleanClause.Occur.FILTER));
        request.tech().ifPresent(t -> b.add(new TermQuery(new Term(request.families() ? Fields.FAMILY : Fields.TECH, t)),
                BooleanClause.Occur.FILTER));
        request.sentiment().ifPresent(label -> b.add(request.tech().isPresent() && !request.families()
                ? new TermQuery(new Term(Fields.TARGET, request.tech().get() + "=" + label))
                : new TermQuery(new Term(Fields.LABEL, label)), BooleanClause.Occur.FILTER));
        Query query = b.build();

        FacetsCollectorManager.FacetsResult result;
        try {
            result = FacetsCollectorManager.search(searcher, query, Math.max(1, request.limit()), HIT_ORDER, true,
                    new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many terms (a short wildcard?); make it more specific");
        }
        TopDocs top = result.topDocs();
        long total = searcher.count(query);
        List<ScoreDoc> shown = List.of(top.scoreDocs).subList(0, Math.min(request.limit(), top.scoreDocs.length));
        String[] snippets = highlight(userQuery, shown);
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        Map<String, IndexedReport> reports = reportsById();
        for (int i = 0; i < shown.size(); i++) {
            Document doc = stored.document(shown.get(i).doc);
            hits.add(Hits.hit(reports.get(doc.get(Fields.REPORT_ID)), shown.get(i).score,
                    doc.getField(Fields.POSITION).numericValue().intValue(), doc.get(Fields.TEXT), doc.get(Fields.MENTIONS),
                    snippets[i], doc.getField(Fields.SENTIMENT).numericValue().doubleValue(), doc.get(Fields.LABEL), request));
        }
        return new SearchResult(request.query(), total, hits, Hits.byCount(eventCounts(result.facetsCollector())));
    }

    @Override
    public Aggregates aggregate(TrendKeys keys) throws IOException {
        Map<String, Map<String, KeyStats>> byReport = new java.util.HashMap<>();
        Map<String, long[][]> co = new java.util.HashMap<>();
        int k = keys.keys().size();
        forEachSentence(techFilter(keys), row -> {
            Map<String, Observation> observed = Observation.of(row.mentions(), row.targets(), keys.countsTo()::get);
            if (observed.isEmpty()) {
                return;
            }
            Map<String, KeyStats> stats = byReport.computeIfAbsent(row.reportId(), r -> new java.util.HashMap<>());
            observed.forEach((key, o) -> stats.computeIfAbsent(key, x -> new KeyStats()).add(o));
            if (!keys.coMentions()) {
                return;
            }
            long[][] pairs = co.computeIfAbsent(row.reportId(), r -> new long[k][k]);
            for (String a : observed.keySet()) {
                for (String b : observed.keySet()) {
                    pairs[keys.keys().indexOf(a)][keys.keys().indexOf(b)]++;
                }
            }
        });
        return new Aggregates(byReport, co);
    }

    @Override
    public java.util.Optional<StoredSentence> sentenceWithTone(String reportId, String key, TrendKeys keys, int units)
            throws IOException {
        Query inReport = new BooleanQuery.Builder().add(techFilter(keys), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.REPORT_ID, reportId)), BooleanClause.Occur.FILTER).build();
        int[] first = {-1, Integer.MAX_VALUE}; // doc, position
        StoredFields stored = reader.storedFields();
        forEachSentence(inReport, row -> {
            Observation o = Observation.of(row.mentions(), row.targets(), keys.countsTo()::get).get(key);
            if (o != null && o.units() == units) {
                try {
                    int position = stored.document(row.doc(), java.util.Set.of(Fields.POSITION)).getField(Fields.POSITION)
                            .numericValue().intValue();
                    if (position < first[1]) {
                        first[0] = row.doc();
                        first[1] = position;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        if (first[0] < 0) {
            return java.util.Optional.empty();
        }
        Document d = stored.document(first[0], java.util.Set.of(Fields.TEXT, Fields.REPORT_ID));
        return java.util.Optional.of(new StoredSentence(d.get(Fields.TEXT), d.get(Fields.REPORT_ID)));
    }

    private static Query techFilter(TrendKeys keys) {
        return new org.apache.lucene.search.TermInSetQuery(Fields.TECH, keys.countsTo().keySet().stream().map(BytesRef::new).toList());
    }

    /**
     * How often each indexed word occurs in each group of reports: one pass over the postings of the text
     * field. Words seen fewer than {@code minCount} times in all are dropped.
     *
     * @param groupOf the group index of a report id, or -1 to leave the report out
     * @param totals  receives the number of words per group
     */
    public Map<String, long[]> termCounts(java.util.function.ToIntFunction<String> groupOf, long[] totals, int minCount)
            throws IOException {
        Map<String, long[]> counts = new java.util.HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            org.apache.lucene.index.Terms terms = r.terms(Fields.TEXT);
            if (terms == null) {
                continue;
            }
            SortedDocValues reportIds = DocValues.getSorted(r, Fields.REPORT_ID);
            int[] groupOfDoc = new int[r.maxDoc()];
            java.util.Arrays.fill(groupOfDoc, -1);
            Map<Integer, Integer> groupOfOrd = new java.util.HashMap<>();
            for (int doc = reportIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reportIds.nextDoc()) {
                int ord = reportIds.ordValue();
                Integer g = groupOfOrd.get(ord);
                if (g == null) {
                    g = groupOf.applyAsInt(reportIds.lookupOrd(ord).utf8ToString());
                    groupOfOrd.put(ord, g);
                }
                groupOfDoc[doc] = g;
            }
            Bits live = r.getLiveDocs();
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            org.apache.lucene.index.PostingsEnum postings = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.FREQS);
                long[] perGroup = null;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int g = groupOfDoc[doc];
                    if (g < 0 || (live != null && !live.get(doc))) {
                        continue;
                    }
                    if (perGroup == null) {
                        perGroup = counts.computeIfAbsent(term.utf8ToString(), k -> new long[totals.length]);
                    }
                    perGroup[g] += postings.freq();
                    totals[g] += postings.freq();
                }
            }
        }
        counts.values().removeIf(c -> java.util.Arrays.stream(c).sum() < minCount);
        return counts;
    }

    @Override
    public List<IndexedReport> reports() throws IOException {
        return List.copyOf(reportsById().values());
    }

    /** The report documents, read once per searcher: hits and aggregations take report metadata from here. */
    private Map<String, IndexedReport> reportsById() throws IOException {
        if (reportCache == null) {
            reportCache = IndexState.read(reader).reports();
        }
        return reportCache;
    }

    /**
     * Visits every sentence matching {@code filter} (null: all), reading only doc values, so that aggregation
     * over a large index touches neither stored text nor the reports on disk.
     */
    public void forEachSentence(Query filter, Consumer<SentenceRow> visitor) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_SENTENCE)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            b.add(filter, BooleanClause.Occur.FILTER);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(b.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            SortedDocValues report = DocValues.getSorted(r, Fields.REPORT_ID);
            BinaryDocValues counts = DocValues.getBinary(r, Fields.TECH_COUNTS);
            BinaryDocValues targets = DocValues.getBinary(r, Fields.TARGET_SCORES);
            NumericDocValues sentiment = DocValues.getNumeric(r, Fields.SENTIMENT);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                visitor.accept(new SentenceRow(leaf.docBase + doc, text(report, doc),
                        counts.advanceExact(doc) ? TechCounts.decodeInts(counts.binaryValue().utf8ToString()) : Map.of(),
                        sentiment.advanceExact(doc) ? Double.longBitsToDouble(sentiment.longValue()) : 0,
                        targets.advanceExact(doc) ? TechCounts.decodeDoubles(targets.binaryValue().utf8ToString()) : Map.of()));
            }
        }
    }

    private static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** The sentences of the reports a query on report fields (title, author, location) matches. */
    private Query sentencesOfReportsMatching(Query reportQuery) {
        try {
            Query reports = new BooleanQuery.Builder().add(reportQuery, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_REPORT)), BooleanClause.Occur.FILTER).build();
            List<BytesRef> ids = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : searcher.search(reports, Math.max(1, reader.maxDoc())).scoreDocs) {
                ids.add(new BytesRef(stored.document(sd.doc, java.util.Set.of(Fields.REPORT_ID)).get(Fields.REPORT_ID)));
            }
            return new org.apache.lucene.search.TermInSetQuery(Fields.REPORT_ID, ids);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Query eventQuery(String event) {
        List<String> terms = Tokens.terms(event);
        if (terms.size() == 1) {
            return new TermQuery(new Term(Fields.EVENT, terms.get(0)));
        }
        return new PhraseQuery(Fields.EVENT, terms.toArray(String[]::new));
    }

    private String[] highlight(Query userQuery, List<ScoreDoc> docs) throws IOException {
        if (docs.isEmpty()) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Tokens.analyzer())
                .withFormatter(new DefaultPassageFormatter(Hits.MARK_START, Hits.MARK_END, "", false))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHighlightPhrasesStrictly(true)
                .build();
        TopDocs asTopDocs = new TopDocs(new org.apache.lucene.search.TotalHits(docs.size(),
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), docs.toArray(ScoreDoc[]::new));
        return highlighter.highlight(Fields.TEXT, userQuery, asTopDocs, 1);
    }

    private Map<String, Integer> eventCounts(FacetsCollector collector) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            return counts; // empty index: no facet field yet
        }
        FacetResult top = new SortedSetDocValuesFacetCounts(state, collector).getTopChildren(MAX_EVENTS, Fields.FACET_EVENT);
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                counts.put(lv.label, lv.value.intValue());
            }
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
