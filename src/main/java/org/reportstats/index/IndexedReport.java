package org.reportstats.index;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.reportstats.ingest.Event;
import org.reportstats.ingest.EventDate;
import org.reportstats.ingest.ReportMetadata;

/**
 * What the index keeps about a report: its metadata and the file state used to skip unchanged files.
 *
 * @param hash SHA-256 of the file's bytes
 */
public record IndexedReport(String id, String hash, long size, long lastModified, ReportMetadata metadata,
                            int words, int sentences, List<String> warnings) {

    public IndexedReport {
        warnings = List.copyOf(warnings);
    }

    public IndexedReport withFileState(long newSize, long newLastModified) {
        return new IndexedReport(id, hash, newSize, newLastModified, metadata, words, sentences, warnings);
    }

    Document toDocument() {
        Document doc = new Document();
        doc.add(new StringField(Fields.DOC_TYPE, Fields.TYPE_REPORT, Field.Store.YES));
        doc.add(new StringField(Fields.REPORT_KEY, id, Field.Store.NO));
        doc.add(new StoredField(Fields.HASH, hash));
        doc.add(new StoredField(Fields.SIZE, size));
        doc.add(new StoredField(Fields.MTIME, lastModified));
        doc.add(new StoredField(Fields.WORDS, words));
        doc.add(new NumericDocValuesField(Fields.WORDS, words));
        doc.add(new StoredField(Fields.SENTENCE_COUNT, sentences));
        doc.add(new StoredField(Fields.GUESSED, String.join(",", new TreeSet<>(metadata.guessed()))));
        doc.add(new StoredField(Fields.WARNINGS, String.join("\n", warnings)));
        addMetadata(doc, id, metadata);
        return doc;
    }

    /** The full metadata: only on the report document; sentences name their report and carry what filters need. */
    static void addMetadata(Document doc, String id, ReportMetadata m) {
        addSentenceKeys(doc, id, m);
        doc.add(new StoredField(Fields.TITLE, m.title()));
        doc.add(new TextField(Fields.TITLE, m.title(), Field.Store.NO));
        Event e = m.event();
        doc.add(new StringField(Fields.EVENT_KEY, e.key(), Field.Store.YES));
        doc.add(new StoredField(Fields.EVENT_NAME, e.name()));
        doc.add(new StringField(Fields.SERIES, e.series(), Field.Store.YES));
        doc.add(new StoredField(Fields.DATE, m.dateText()));
        m.date().ifPresent(d -> doc.add(new StoredField(Fields.YEAR, d.year())));
        doc.add(new StoredField(Fields.LOCATION, m.location()));
        doc.add(new TextField(Fields.LOCATION, m.location(), Field.Store.NO));
        doc.add(new StoredField(Fields.AUTHOR_NAME, m.author()));
        doc.add(new TextField(Fields.AUTHOR, m.author(), Field.Store.NO));
    }

    /**
     * What every document of a report carries: the report id (term and doc values), the event (searchable, for
     * --event and event:…), and the year (for --year and year:…). Title, author and location queries reach
     * sentences through their report (see ReportQueryParser).
     */
    static void addSentenceKeys(Document doc, String id, ReportMetadata m) {
        doc.add(new StringField(Fields.REPORT_ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.REPORT_ID, new BytesRef(id)));
        doc.add(new TextField(Fields.EVENT, m.event().name() + " " + m.event().series(), Field.Store.NO));
        m.date().ifPresent(d -> doc.add(new IntPoint(Fields.YEAR, d.year())));
    }

    static IndexedReport fromDocument(Document doc) {
        return new IndexedReport(doc.get(Fields.REPORT_ID), doc.get(Fields.HASH), number(doc, Fields.SIZE),
                number(doc, Fields.MTIME), metadataOf(doc), (int) number(doc, Fields.WORDS),
                (int) number(doc, Fields.SENTENCE_COUNT), lines(doc.get(Fields.WARNINGS)));
    }

    static ReportMetadata metadataOf(Document doc) {
        Event event = new Event(doc.get(Fields.EVENT_KEY), doc.get(Fields.EVENT_NAME), doc.get(Fields.SERIES));
        Optional<EventDate> date = EventDate.parseIso(doc.get(Fields.DATE));
        String guessed = doc.get(Fields.GUESSED);
        Set<String> guessedSet = guessed == null || guessed.isEmpty() ? Set.of() : Set.of(guessed.split(","));
        return new ReportMetadata(doc.get(Fields.TITLE), event, date, doc.get(Fields.LOCATION), doc.get(Fields.AUTHOR_NAME),
                guessedSet);
    }

    private static long number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
