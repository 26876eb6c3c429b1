package org.reportstats.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.reportstats.ingest.CorpusListing;

/**
 * A corpus file that could not be read, as the index remembers it: an unchanged bad file is neither read
 * again nor makes the index look out of date.
 */
public record SkippedFile(String id, long size, long lastModified, String reason) {

    Document toDocument() {
        Document doc = new Document();
        doc.add(new StringField(Fields.DOC_TYPE, Fields.TYPE_SKIPPED, Field.Store.YES));
        doc.add(new StringField(Fields.REPORT_ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.REPORT_ID, new BytesRef(id))); // same shape as on other documents
        doc.add(new StoredField(Fields.SIZE, size));
        doc.add(new StoredField(Fields.MTIME, lastModified));
        doc.add(new StoredField(Fields.REASON, reason));
        return doc;
    }

    static SkippedFile fromDocument(Document doc) {
        return new SkippedFile(doc.get(Fields.REPORT_ID), doc.getField(Fields.SIZE).numericValue().longValue(),
                doc.getField(Fields.MTIME).numericValue().longValue(), doc.get(Fields.REASON));
    }

    public CorpusListing.Notice notice() {
        return new CorpusListing.Notice(id, reason);
    }
}
