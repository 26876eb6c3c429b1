package org.reportstats.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.SentenceSentiment;
import org.reportstats.tech.Mention;
import org.reportstats.tech.Taxonomy;

/** Builds the documents of one report: the report document and one document per sentence. */
public final class SentenceDocuments {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Taxonomy taxonomy;
    private final FacetsConfig facets = Fields.facetsConfig();

    SentenceDocuments(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The report's documents, built one at a time as the IndexWriter consumes them, so that a long report never
     * holds all its documents in memory at once.
     */
    Iterable<Document> build(IndexedReport report, List<AnalyzedSentence> sentences) throws IOException {
        Document first = reportOnly(report);
        return () -> new java.util.Iterator<>() {
            private int next = -1;

            @Override
            public boolean hasNext() {
                return next < sentences.size();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                try {
                    return next++ < 0 ? first : facets.build(sentence(report, sentences.get(next - 1)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Only the report document, for a file whose content did not change. */
    Document reportOnly(IndexedReport report) throws IOException {
        return facets.build(withEventFacet(report.toDocument(), report));
    }

    private Document sentence(IndexedReport report, AnalyzedSentence s) {
        Document doc = new Document();
        doc.add(new StringField(Fields.DOC_TYPE, Fields.TYPE_SENTENCE, Field.Store.YES));
        IndexedReport.addSentenceKeys(doc, report.id(), report.metadata());
        doc.add(new StoredField(Fields.POSITION, s.position()));
        doc.add(new NumericDocValuesField(Fields.POSITION, s.position())); // orders hits with equal scores
        doc.add(new StoredField(Fields.OFFSET, s.start()));
        doc.add(new Field(Fields.TEXT, s.text(), TEXT_WITH_OFFSETS));
        SentenceFacts facts = SentenceFacts.of(s, taxonomy);
        if (!facts.counts().isEmpty()) {
            doc.add(new BinaryDocValuesField(Fields.TECH_COUNTS, new BytesRef(TechCounts.encode(facts.counts()))));
        }
        for (String t : facts.counts().keySet()) {
            doc.add(new StringField(Fields.TECH, t, Field.Store.NO));
        }
        for (String f : facts.families()) {
            doc.add(new StringField(Fields.FAMILY, f, Field.Store.NO));
        }
        doc.add(new StoredField(Fields.MENTIONS, toJson(s.mentions())));
        SentenceSentiment sentiment = s.sentiment();
        doc.add(new StoredField(Fields.SENTIMENT, sentiment.score()));
        doc.add(new DoubleDocValuesField(Fields.SENTIMENT, sentiment.score()));
        doc.add(new StringField(Fields.LABEL, sentiment.label().key(), Field.Store.YES));
        for (String term : facts.targetTerms()) {
            doc.add(new StringField(Fields.TARGET, term, Field.Store.NO));
        }
        if (!facts.targets().isEmpty()) {
            doc.add(new BinaryDocValuesField(Fields.TARGET_SCORES, new BytesRef(TechCounts.encode(facts.targets()))));
        }
        return withEventFacet(doc, report);
    }

    private static Document withEventFacet(Document doc, IndexedReport report) {
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_EVENT, report.metadata().event().name()));
        return doc;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Mention> mentionsOf(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, Mention[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("damaged mention data in the index", e);
        }
    }
}
