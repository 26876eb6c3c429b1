package org.reportstats.index.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.reportstats.index.Fields;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.Observation;
import org.reportstats.index.SentenceDocuments;
import org.reportstats.index.SentenceFacts;
import org.reportstats.index.SkippedFile;
import org.reportstats.index.TechCounts;
import org.reportstats.ingest.Event;
import org.reportstats.ingest.EventDate;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.SentenceSentiment;
import org.reportstats.tech.Taxonomy;

/** The Solr documents of a report: the same fields as the local index's (see SentenceDocuments). */
final class SolrDocuments {
    private final Taxonomy taxonomy;

    SolrDocuments(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    SolrInputDocument report(IndexedReport r) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(SolrFields.ID, SolrFields.reportDocId(r.id()));
        doc.addField(Fields.DOC_TYPE, Fields.TYPE_REPORT);
        addKeys(doc, r);
        doc.addField(Fields.HASH, r.hash());
        doc.addField(Fields.SIZE, r.size());
        doc.addField(Fields.MTIME, r.lastModified());
        doc.addField(Fields.WORDS, r.words());
        doc.addField(Fields.SENTENCE_COUNT, r.sentences());
        ReportMetadata m = r.metadata();
        doc.addField(Fields.GUESSED, String.join(",", new TreeSet<>(m.guessed())));
        doc.addField(Fields.WARNINGS, String.join("\n", r.warnings()));
        doc.addField(SolrFields.REPORT_TITLE, m.title());
        doc.addField(SolrFields.REPORT_LOCATION, m.location());
        doc.addField(Fields.AUTHOR_NAME, m.author());
        doc.addField(Fields.EVENT_KEY, m.event().key());
        doc.addField(Fields.SERIES, m.event().series());
        doc.addField(Fields.DATE, m.dateText());
        return doc;
    }

    SolrInputDocument skipped(SkippedFile f) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(SolrFields.ID, SolrFields.skippedDocId(f.id()));
        doc.addField(Fields.DOC_TYPE, Fields.TYPE_SKIPPED);
        doc.addField(Fields.REPORT_ID, f.id());
        doc.addField(Fields.SIZE, f.size());
        doc.addField(Fields.MTIME, f.lastModified());
        doc.addField(Fields.REASON, f.reason());
        return doc;
    }

    static SolrInputDocument state(Map<String, String> commitData) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(SolrFields.ID, SolrFields.STATE_ID);
        doc.addField(Fields.DOC_TYPE, SolrFields.TYPE_STATE);
        doc.addField(SolrFields.PIPELINE, commitData.get(Fields.COMMIT_PIPELINE));
        doc.addField(SolrFields.SCHEMA, commitData.get(Fields.COMMIT_SCHEMA));
        return doc;
    }

    SolrInputDocument sentence(IndexedReport report, AnalyzedSentence s) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(SolrFields.ID, SolrFields.sentenceDocId(report.id(), s.position()));
        doc.addField(Fields.DOC_TYPE, Fields.TYPE_SENTENCE);
        addKeys(doc, report);
        ReportMetadata m = report.metadata();
        // searched here, scored as a constant match (see the schema): locally they are reached through the report
        doc.addField(Fields.TITLE, m.title());
        doc.addField(Fields.AUTHOR, m.author());
        doc.addField(Fields.LOCATION, m.location());
        doc.addField(Fields.POSITION, s.position());
        doc.addField(Fields.OFFSET, s.start());
        doc.addField(Fields.TEXT, s.text());
        SentenceFacts facts = SentenceFacts.of(s, taxonomy);
        Map<String, Integer> counts = facts.counts();
        Map<String, Double> targets = facts.targets();
        counts.keySet().forEach(t -> doc.addField(Fields.TECH, t));
        facts.families().forEach(f -> doc.addField(Fields.FAMILY, f));
        if (!counts.isEmpty()) {
            doc.addField(Fields.TECH_COUNTS, TechCounts.encode(counts));
        }
        doc.addField(Fields.MENTIONS, SentenceDocuments.toJson(s.mentions()));
        SentenceSentiment sentiment = s.sentiment();
        doc.addField(Fields.SENTIMENT, sentiment.score());
        doc.addField(Fields.LABEL, sentiment.label().key());
        facts.targetTerms().forEach(t -> doc.addField(Fields.TARGET, t));
        if (!targets.isEmpty()) {
            doc.addField(Fields.TARGET_SCORES, TechCounts.encode(targets));
        }
        addObservations(doc, Observation.of(counts, targets, t -> t), false);
        addObservations(doc, Observation.of(counts, targets, taxonomy::familyOf), true);
        return doc;
    }

    private static void addObservations(SolrInputDocument doc, Map<String, Observation> observed, boolean family) {
        observed.forEach((key, o) -> {
            doc.addField(SolrFields.mentions(key, family), o.mentions());
            doc.addField(SolrFields.units(key, family), o.units());
            doc.addField(SolrFields.label(key, family), o.label().key());
        });
    }

    /** What reports and sentences share: report id, event (searchable and as a facet), year. */
    private static void addKeys(SolrInputDocument doc, IndexedReport report) {
        ReportMetadata m = report.metadata();
        doc.addField(Fields.REPORT_ID, report.id());
        doc.addField(Fields.EVENT, m.event().name() + " " + m.event().series());
        doc.addField(Fields.EVENT_NAME, m.event().name());
        m.date().ifPresent(d -> doc.addField(Fields.YEAR, d.year()));
    }

    static IndexedReport reportOf(SolrDocument doc) {
        Event event = new Event(text(doc, Fields.EVENT_KEY), text(doc, Fields.EVENT_NAME), text(doc, Fields.SERIES));
        Optional<EventDate> date = EventDate.parseIso(text(doc, Fields.DATE));
        String guessed = text(doc, Fields.GUESSED);
        Set<String> guessedSet = guessed.isEmpty() ? Set.of() : Set.of(guessed.split(","));
        ReportMetadata m = new ReportMetadata(text(doc, SolrFields.REPORT_TITLE), event, date, text(doc, SolrFields.REPORT_LOCATION),
                text(doc, Fields.AUTHOR_NAME), guessedSet);
        String warnings = text(doc, Fields.WARNINGS);
        return new IndexedReport(text(doc, Fields.REPORT_ID), text(doc, Fields.HASH), number(doc, Fields.SIZE),
                number(doc, Fields.MTIME), m, (int) number(doc, Fields.WORDS), (int) number(doc, Fields.SENTENCE_COUNT),
                warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")));
    }

    static SkippedFile skippedOf(SolrDocument doc) {
        return new SkippedFile(text(doc, Fields.REPORT_ID), number(doc, Fields.SIZE), number(doc, Fields.MTIME),
                text(doc, Fields.REASON));
    }

    static String text(SolrDocument doc, String field) {
        Object v = doc.getFirstValue(field);
        return v == null ? "" : v.toString();
    }

    static long number(SolrDocument doc, String field) {
        Object v = doc.getFirstValue(field);
        return v instanceof Number n ? n.longValue() : 0;
    }
}
